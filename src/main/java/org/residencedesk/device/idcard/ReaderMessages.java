package org.residencedesk.device.idcard;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * Chinese texts for reader failures and statuses: general texts from the {@code i18n.device}
 * bundle, SW3 meanings from the code table {@code forms/codes/card-reader-status.csv} so that the
 * table stays the single source for them.
 */
public final class ReaderMessages {
    static final String STATUS_TABLE = "forms/codes/card-reader-status.csv";

    private static final ReaderMessages INSTANCE = new ReaderMessages();

    private final ResourceBundle bundle = ResourceBundle.getBundle("i18n.device");
    private final Map<String, String> sw3Meanings = loadSw3Meanings();

    public static ReaderMessages get() {
        return INSTANCE;
    }

    public String text(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : MessageFormat.format(pattern, args);
    }

    public ReadFailure failure(ReadErrorCode code) {
        return new ReadFailure(code, text("error." + code.name()));
    }

    /** A reply carried an unexpected SW3: its meaning from the table (or the hex value if unknown). */
    public ReadFailure readerStatus(byte sw3) {
        String hex = String.format("%02X", sw3 & 0xFF);
        String meaning = sw3Meanings.getOrDefault(hex, text("sw3.unknown"));
        return new ReadFailure(ReadErrorCode.READER_STATUS, text("error.READER_STATUS", meaning, hex));
    }

    /** Meaning of one SW3 value from the code table, e.g. {@code 80 → 寻找证/卡失败}. */
    public String sw3Meaning(Sw3 sw3) {
        return sw3Meanings.getOrDefault(sw3.hex(), text("sw3.unknown"));
    }

    private static Map<String, String> loadSw3Meanings() {
        Map<String, String> meanings = new HashMap<>();
        InputStream in = ReaderMessages.class.getClassLoader().getResourceAsStream(STATUS_TABLE);
        if (in == null) {
            throw new IllegalStateException("missing resource " + STATUS_TABLE);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine(); // header: sw3_hex,meaning
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int comma = line.indexOf(',');
                if (comma > 0) {
                    meanings.put(line.substring(0, comma).trim().toUpperCase(), line.substring(comma + 1).trim());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(meanings);
    }
}

package org.residencedesk.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.residencedesk.domain.policy.HolidayTable;
import org.residencedesk.domain.policy.PolicyKey;
import org.residencedesk.domain.policy.PolicyMessages;
import org.residencedesk.domain.policy.PolicyProblem;
import org.residencedesk.domain.policy.StationPolicy;
import org.residencedesk.port.StationPolicyStore;

/**
 * {@code station-policy.properties} and {@code holidays.csv} in the data folder (docs/station-policy.md). The policy
 * file is {@code key = value} lines in UTF-8 with {@code #} comments and a {@code version = 1} line; unknown
 * or repeated keys and bad values refuse the whole file with the line and the key. Written through a new
 * owner-only file moved atomically over the old one.
 */
public final class FileStationPolicyStore implements StationPolicyStore {
    public static final String POLICY_FILE = "station-policy.properties";
    public static final String HOLIDAY_FILE = HolidayTable.STATION_FILE;
    static final String PACKAGED_HOLIDAYS = "/policy/holidays.csv";
    private static final String VERSION_KEY = "version";

    private final Path policyFile;
    private final Path holidayFile;

    public FileStationPolicyStore(Path dataDir) {
        this.policyFile = dataDir.resolve(POLICY_FILE);
        this.holidayFile = dataDir.resolve(HOLIDAY_FILE);
    }

    @Override
    public boolean exists() {
        return Files.exists(policyFile);
    }

    @Override
    public StationPolicy load() {
        if (!exists()) {
            return StationPolicy.hubeiDefaults();
        }
        List<String> lines = readLines(policyFile);
        Map<PolicyKey, String> given = new EnumMap<>(PolicyKey.class);
        Map<PolicyKey, Integer> lineOf = new EnumMap<>(PolicyKey.class);
        boolean versionSeen = false;
        for (int i = 0; i < lines.size(); i++) {
            int line = i + 1;
            String text = lines.get(i).strip();
            if (i == 0 && text.startsWith("\uFEFF")) {
                text = text.substring(1).strip();
            }
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            int eq = text.indexOf('=');
            if (eq < 1) {
                throw refused(policyFile, line, "policy.file.notKeyValue", text);
            }
            String key = text.substring(0, eq).strip();
            String value = text.substring(eq + 1).strip();
            if (key.equals(VERSION_KEY)) {
                if (versionSeen) {
                    throw refused(policyFile, line, "policy.file.duplicateKey", key);
                }
                versionSeen = true;
                if (!value.equals(Integer.toString(StationPolicy.VERSION))) {
                    throw refused(policyFile, line, "policy.file.unsupportedVersion", value, StationPolicy.VERSION);
                }
                continue;
            }
            PolicyKey k = PolicyKey.byFileKey(key)
                    .orElseThrow(() -> refused(policyFile, line, "policy.file.unknownKey", key));
            if (given.putIfAbsent(k, value) != null) {
                throw refused(policyFile, line, "policy.file.duplicateKey", key);
            }
            lineOf.put(k, line);
        }
        if (!versionSeen) {
            throw refused(policyFile, 1, "policy.file.versionMissing", StationPolicy.VERSION, VERSION_KEY);
        }
        StationPolicy.Reading reading = StationPolicy.read(StationPolicy.hubeiDefaults(), given);
        if (reading.accepted().isEmpty()) {
            // the first bad key in file order: one clear message, the log and the screen name the same line
            Map.Entry<PolicyKey, PolicyProblem> first = reading.problems().entrySet().stream()
                    .min((a, b) -> Integer.compare(lineOf.get(a.getKey()), lineOf.get(b.getKey()))).orElseThrow();
            PolicyKey k = first.getKey();
            throw refused(policyFile, lineOf.get(k), "policy.file.badValue", k.fileKey(),
                    first.getValue().message(k));
        }
        return reading.policy();
    }

    @Override
    public void save(StationPolicy policy) {
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(PolicyMessages.text("policy.file.header", StationPolicy.VERSION,
                "docs/station-policy.md")).append('\n');
        sb.append(VERSION_KEY).append(" = ").append(StationPolicy.VERSION).append('\n');
        for (PolicyKey k : PolicyKey.values()) {
            sb.append('\n').append("# ").append(PolicyMessages.text(k.labelKey())).append('\n');
            sb.append(k.fileKey()).append(" = ").append(policy.text(k)).append('\n');
        }
        try {
            PrivateFiles.createDirectories(policyFile.getParent());
            PrivateFiles.writeAtomically(policyFile, sb.toString().getBytes(StandardCharsets.UTF_8), true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the station policy file", e);
        }
    }

    @Override
    public HolidayTable holidays() {
        if (Files.exists(holidayFile)) {
            return parseHolidays(holidayFile.getFileName().toString(), readLines(holidayFile), true);
        }
        try (InputStream in = FileStationPolicyStore.class.getResourceAsStream(PACKAGED_HOLIDAYS)) {
            if (in == null) {
                throw new IllegalStateException("packaged holiday table missing: " + PACKAGED_HOLIDAYS);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return parseHolidays(PACKAGED_HOLIDAYS, text.lines().toList(), false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code date,kind,note} per line: kind {@code 休} (a day off) or {@code 班} (a weekend day worked);
     * a header line starting with {@code date} and {@code #} comments are skipped.
     */
    static HolidayTable parseHolidays(String source, List<String> lines, boolean stationFile) {
        Set<LocalDate> off = new HashSet<>();
        Set<LocalDate> worked = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            int line = i + 1;
            String text = lines.get(i).strip();
            if (i == 0 && text.startsWith("\uFEFF")) {
                text = text.substring(1).strip();
            }
            if (text.isEmpty() || text.startsWith("#") || text.startsWith("date,")) {
                continue;
            }
            String[] cells = text.split(",", -1);
            if (cells.length < 2) {
                throw refused(source, line, "policy.holidays.badLine", text);
            }
            LocalDate date;
            try {
                date = LocalDate.parse(cells[0].strip());
            } catch (DateTimeParseException e) {
                throw refused(source, line, "policy.holidays.badDate", cells[0].strip());
            }
            String kind = cells[1].strip();
            if (!kind.equals("休") && !kind.equals("班")) {
                throw refused(source, line, "policy.holidays.badKind", kind);
            }
            if (off.contains(date) || worked.contains(date)) {
                throw refused(source, line, "policy.holidays.duplicateDate", cells[0].strip());
            }
            (kind.equals("休") ? off : worked).add(date);
        }
        return new HolidayTable(off, worked, stationFile);
    }

    private static List<String> readLines(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            return text.lines().toList();
        } catch (CharacterCodingException e) {
            throw new PolicyFileRefused(PolicyMessages.text("policy.file.notUtf8", file.getFileName(), "UTF-8"), e);
        } catch (IOException e) {
            throw new PolicyFileRefused(PolicyMessages.text("policy.file.unreadable", file.getFileName()), e);
        }
    }

    private static PolicyFileRefused refused(Path file, int line, String key, Object... args) {
        return refused(file.getFileName().toString(), line, key, args);
    }

    private static PolicyFileRefused refused(String source, int line, String key, Object... args) {
        return new PolicyFileRefused(PolicyMessages.text("policy.file.refused", source, line,
                PolicyMessages.text(key, args)));
    }
}

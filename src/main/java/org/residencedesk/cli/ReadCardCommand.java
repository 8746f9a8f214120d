package org.residencedesk.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.residencedesk.device.idcard.CardReadOutcome;
import org.residencedesk.device.idcard.CardReadSequence;
import org.residencedesk.device.idcard.ReadErrorCode;
import org.residencedesk.device.idcard.ReadFailure;
import org.residencedesk.device.idcard.ReaderLink;
import org.residencedesk.device.idcard.ReaderMessages;
import org.residencedesk.device.idcard.SerialSettings;
import org.residencedesk.device.idcard.SerialTransport;
import org.residencedesk.device.idcard.TransportException;
import org.residencedesk.domain.card.IdCardData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Diagnostic: reads one card from a reader on a serial port and prints it as one JSON object, or
 * {@code {"error": CODE, "message": 中文说明}} with a non-zero exit code.
 */
@Command(name = "read-card", mixinStandardHelpOptions = true, resourceBundle = CliMessages.BUNDLE_NAME,
        versionProvider = CliVersion.class, description = "${bundle:cli.readCard.description}",
        footer = "${bundle:cli.readCard.footer}")
public final class ReadCardCommand implements Callable<Integer> {
    static final int EXIT_READ_FAILED = 1;
    static final int EXIT_NO_CARD = 2;
    static final int EXIT_PORT = 3;
    private static final int MAX_COMMAND_TIMEOUT_MILLIS = 1000;
    private static final int RETRY_PAUSE_MILLIS = 200;

    @Spec
    CommandSpec spec;

    @Option(names = "--port", required = true, paramLabel = "PATH",
            descriptionKey = "cli.readCard.port")
    String port;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "5",
            descriptionKey = "cli.readCard.timeout")
    double timeoutSeconds;

    @Option(names = "--baud", paramLabel = "BAUD", defaultValue = "115200", descriptionKey = "cli.readCard.baud")
    int baudRate;

    private final ObjectMapper json = new ObjectMapper();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        long timeoutMillis = Math.max(1, Math.round(timeoutSeconds * 1000));
        SerialTransport transport;
        try {
            transport = SerialTransport.open(port, SerialSettings.DEFAULT.withBaudRate(baudRate));
        } catch (TransportException e) {
            return fail(out, ReaderMessages.get().failure(e.code()));
        }
        try (ReaderLink link = new ReaderLink(transport, (int) Math.min(MAX_COMMAND_TIMEOUT_MILLIS, timeoutMillis))) {
            return readUntilCard(out, new CardReadSequence(link), System.nanoTime() + timeoutMillis * 1_000_000L);
        }
    }

    private int readUntilCard(PrintWriter out, CardReadSequence sequence, long deadline) {
        while (true) {
            CardReadOutcome outcome = sequence.readOnce();
            if (outcome instanceof CardReadOutcome.CardRead read) {
                print(out, cardJson(read.card()));
                return 0;
            }
            if (outcome instanceof CardReadOutcome.Failure failure) {
                return fail(out, failure.failure());
            }
            if (System.nanoTime() >= deadline) {
                return fail(out, ReaderMessages.get().failure(ReadErrorCode.NO_CARD));
            }
            try {
                Thread.sleep(RETRY_PAUSE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return fail(out, ReaderMessages.get().failure(ReadErrorCode.NO_CARD));
            }
        }
    }

    static Map<String, Object> cardJson(IdCardData card) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cardType", card.cardType().name());
        m.put("name", card.name());
        m.put("englishName", card.englishName());
        m.put("sex", card.sex());
        m.put("ethnicCode", card.ethnicCode());
        m.put("birthDate", date(card.birthDate()));
        m.put("address", card.address());
        m.put("idNumber", card.idNumber());
        m.put("issuingAuthority", card.issuingAuthority());
        m.put("validFrom", date(card.validFrom()));
        m.put("validUntil", date(card.validUntil()));
        m.put("longTerm", card.longTerm());
        m.put("passNumber", card.passNumber());
        m.put("issueCount", card.issueCount());
        m.put("nationality", card.nationality());
        m.put("photoBytes", card.photo().length());
        return m;
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private int fail(PrintWriter out, ReadFailure failure) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("error", failure.code().name());
        m.put("message", failure.message());
        print(out, m);
        return switch (failure.code()) {
            case NO_CARD -> EXIT_NO_CARD;
            case PORT_MISSING, PORT_UNAVAILABLE, NO_READER_FOUND -> EXIT_PORT;
            default -> EXIT_READ_FAILED;
        };
    }

    private void print(PrintWriter out, Map<String, Object> value) {
        try {
            out.println(json.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            // maps of strings, numbers and booleans always serialise; this is unreachable in practice
            throw new IllegalStateException(e);
        }
        out.flush();
    }
}

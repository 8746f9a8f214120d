package org.residencedesk.device.idcard;

import java.nio.file.Path;
import java.util.List;
import org.residencedesk.device.DevicesFile;
import org.residencedesk.port.CardReaderSetup;

/**
 * {@link CardReaderSetup} over {@code <data-dir>/devices.properties} ({@code cardReader.port}, the file the window's
 * reader is opened from) and jSerialComm: lists the ports, saves the chosen one (0600, atomic replace, other keys
 * kept) and reads one card within {@link #TEST_MILLIS}.
 */
public final class SerialReaderSetup implements CardReaderSetup {
    public static final String FILE_NAME = DevicesFile.FILE_NAME;
    public static final String PORT_KEY = "cardReader.port";
    static final long TEST_MILLIS = 5_000;
    private static final long RETRY_PAUSE_MILLIS = 200;

    private final DevicesFile devices;

    public SerialReaderSetup(Path dataDir) {
        this(new DevicesFile(dataDir));
    }

    /** Over the counter's one {@link DevicesFile}, shared with the camera so two saves never lose each other's key. */
    public SerialReaderSetup(DevicesFile devices) {
        this.devices = devices;
    }

    @Override
    public String configuredPort() {
        return devices.get(PORT_KEY);
    }

    @Override
    public List<String> detectedPorts() {
        return SerialReaderConnector.listedPorts();
    }

    @Override
    public void save(String port) {
        devices.set(PORT_KEY, port);
    }

    @Override
    public TestRead testRead(String port) {
        ReaderMessages messages = ReaderMessages.get();
        ReaderTransport transport;
        try {
            transport = new SerialReaderConnector("auto".equals(port) ? null : port, SerialSettings.DEFAULT, 500)
                    .connect();
        } catch (TransportException e) {
            return new TestRead(false, messages.failure(e.code()).message());
        }
        long deadline = System.nanoTime() + TEST_MILLIS * 1_000_000L;
        try (ReaderLink link = new ReaderLink(transport, 1000)) {
            CardReadSequence sequence = new CardReadSequence(link);
            while (true) {
                CardReadOutcome outcome = sequence.readOnce();
                if (outcome instanceof CardReadOutcome.CardRead read) {
                    return new TestRead(true, messages.text("setup.testRead.ok", kind(messages, read)));
                }
                if (outcome instanceof CardReadOutcome.Failure failure) {
                    return new TestRead(false, failure.failure().message());
                }
                if (System.nanoTime() >= deadline) {
                    return new TestRead(false, messages.failure(ReadErrorCode.NO_CARD).message());
                }
                Thread.sleep(RETRY_PAUSE_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new TestRead(false, messages.failure(ReadErrorCode.NO_CARD).message());
        }
    }

    private static String kind(ReaderMessages messages, CardReadOutcome.CardRead read) {
        return switch (read.card().cardType()) {
            case ID_CARD -> messages.text("setup.cardType.idCard");
            case HK_MO_TW_PERMIT -> messages.text("setup.cardType.hkMoTwPermit");
            case FOREIGN_PR_2017 -> messages.text("setup.cardType.foreignPr2017");
            case FOREIGN_PR_2023 -> messages.text("setup.cardType.foreignPr2023");
        };
    }
}

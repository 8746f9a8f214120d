package org.residencedesk.device.idcard;

import com.fazecast.jSerialComm.SerialPort;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Connects to the configured serial path, or when none is configured probes every listed port with
 * a SAM-status command and keeps the first that answers 90. jSerialComm does not list
 * pseudo-terminals, so a pty (tests, simulator) must be configured explicitly.
 */
public final class SerialReaderConnector implements ReaderConnector {
    private static final Logger LOG = LoggerFactory.getLogger(SerialReaderConnector.class);

    private final String configuredPath;
    private final SerialSettings settings;
    private final int probeTimeoutMillis;

    /** @param configuredPath explicit port (e.g. /dev/ttyUSB0, COM3), or null/blank to auto-detect */
    public SerialReaderConnector(String configuredPath, SerialSettings settings, int probeTimeoutMillis) {
        this.configuredPath = configuredPath == null || configuredPath.isBlank() ? null : configuredPath.trim();
        this.settings = settings;
        this.probeTimeoutMillis = probeTimeoutMillis;
    }

    @Override
    public ReaderTransport connect() throws TransportException {
        if (configuredPath != null) {
            return SerialTransport.open(configuredPath, settings);
        }
        for (String candidate : listedPorts()) {
            SerialTransport transport;
            try {
                transport = SerialTransport.open(candidate, settings);
            } catch (TransportException e) {
                continue;
            }
            ReaderLink probe = new ReaderLink(transport, probeTimeoutMillis);
            if (new CardReadSequence(probe).samResponds()) {
                LOG.info("ID-card reader detected on {}", candidate);
                return transport;
            }
            transport.close();
        }
        throw new TransportException(ReadErrorCode.NO_READER_FOUND, "no port answered the SAM status command");
    }

    static List<String> listedPorts() {
        List<String> paths = new ArrayList<>();
        for (SerialPort port : SerialPort.getCommPorts()) {
            paths.add(port.getSystemPortPath());
        }
        return paths;
    }
}

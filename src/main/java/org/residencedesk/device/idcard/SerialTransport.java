package org.residencedesk.device.idcard;

import com.fazecast.jSerialComm.SerialPort;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A reader on a serial port through jSerialComm. Opened by path, which also works for pseudo-terminals
 * (socat) that jSerialComm's port listing does not show. Reads never block in the driver: the port is non-blocking
 * and a read polls what is available until its deadline (ADR 0373) — a semi-blocking read was seen to stay in the
 * native call for minutes, past its timeout, on a pseudo-terminal.
 */
public final class SerialTransport implements ReaderTransport {
    /** How often a waiting read looks for bytes: well inside the 50 ms a card may take to reach the form. */
    static final long POLL_NANOS = 2_000_000L;
    private final SerialPort port;

    private SerialTransport(SerialPort port) {
        this.port = port;
    }

    /** Opens the port; a missing device node or a port that will not open is a typed failure. */
    public static SerialTransport open(String path, SerialSettings settings) throws TransportException {
        if (looksLikeFilePath(path) && !Files.exists(Path.of(path))) {
            throw new TransportException(ReadErrorCode.PORT_MISSING, "no such device: " + path);
        }
        SerialPort port;
        try {
            port = SerialPort.getCommPort(path);
        } catch (RuntimeException e) {
            throw new TransportException(ReadErrorCode.PORT_MISSING, "unknown port: " + path);
        }
        port.setComPortParameters(settings.baudRate(), settings.dataBits(), settings.stopBits(), settings.parity());
        port.setFlowControl(SerialPort.FLOW_CONTROL_DISABLED);
        if (!port.openPort()) {
            throw new TransportException(ReadErrorCode.PORT_UNAVAILABLE, "cannot open " + path);
        }
        port.setComPortTimeouts(SerialPort.TIMEOUT_NONBLOCKING, 0, 0);
        return new SerialTransport(port);
    }

    private static boolean looksLikeFilePath(String path) {
        return path.startsWith("/");
    }

    @Override
    public void write(byte[] data) throws TransportException {
        int written = port.writeBytes(data, data.length);
        if (written != data.length) {
            throw new TransportException(ReadErrorCode.PORT_IO, "write failed on " + port.getSystemPortPath());
        }
    }

    @Override
    public int read(byte[] buffer, int timeoutMillis) throws TransportException {
        long deadline = System.nanoTime() + Math.max(1, timeoutMillis) * 1_000_000L;
        while (true) {
            int available = port.bytesAvailable();
            if (available < 0) {
                throw new TransportException(ReadErrorCode.PORT_IO, "port gone: " + port.getSystemPortPath());
            }
            if (available > 0) {
                int n = port.readBytes(buffer, Math.min(available, buffer.length));
                if (n < 0) {
                    throw new TransportException(ReadErrorCode.PORT_IO, "read failed on " + port.getSystemPortPath());
                }
                if (n > 0) {
                    return n;
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return 0;
            }
            java.util.concurrent.locks.LockSupport.parkNanos(Math.min(left, POLL_NANOS));
        }
    }

    @Override
    public void discardInput() throws TransportException {
        int available = port.bytesAvailable();
        if (available < 0) {
            throw new TransportException(ReadErrorCode.PORT_IO, "port gone: " + port.getSystemPortPath());
        }
        if (available > 0) {
            byte[] junk = new byte[available];
            port.readBytes(junk, available);
        }
    }

    @Override
    public String name() {
        return port.getSystemPortPath();
    }

    @Override
    public void close() {
        port.closePort();
    }
}

package org.residencedesk.device.idcard;

import com.fazecast.jSerialComm.SerialPort;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A reader on a serial port through jSerialComm. Opened by path, which also works for pseudo-terminals
 * (socat) that jSerialComm's port listing does not show.
 */
public final class SerialTransport implements ReaderTransport {
    private final SerialPort port;
    private int configuredTimeout = -1;

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
        int timeout = Math.max(1, timeoutMillis);
        if (timeout != configuredTimeout) {
            port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, timeout, 0);
            configuredTimeout = timeout;
        }
        int n = port.readBytes(buffer, buffer.length);
        if (n < 0) {
            throw new TransportException(ReadErrorCode.PORT_IO, "read failed on " + port.getSystemPortPath());
        }
        return n;
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

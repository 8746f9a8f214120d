package org.residencedesk.device.idcard;

/** A byte pipe to a reader: a serial port, or in demo mode the in-process simulator. */
public interface ReaderTransport extends AutoCloseable {

    void write(byte[] data) throws TransportException;

    /**
     * Waits up to {@code timeoutMillis} for at least one byte.
     *
     * @return bytes read, 0 when nothing arrived in time
     * @throws TransportException when the port is gone (unplugged, closed)
     */
    int read(byte[] buffer, int timeoutMillis) throws TransportException;

    /** Drops bytes already waiting (a late reply to an earlier command). */
    void discardInput() throws TransportException;

    /** Port name for logs. */
    String name();

    @Override
    void close();
}

package org.residencedesk.device.idcard.sim;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.residencedesk.device.idcard.ReadErrorCode;
import org.residencedesk.device.idcard.ReaderConnector;
import org.residencedesk.device.idcard.ReaderTransport;
import org.residencedesk.device.idcard.TransportException;

/**
 * A reader "cable" inside the process for demo mode: the client's transport talks straight to a
 * {@link ReaderSimulator}, no serial port involved. It can be unplugged and plugged in again.
 */
public final class InMemoryReaderLine implements ReaderConnector {
    private final ReaderSimulator simulator;
    private volatile boolean plugged = true;

    public InMemoryReaderLine(ReaderSimulator simulator) {
        this.simulator = simulator;
    }

    public ReaderSimulator simulator() {
        return simulator;
    }

    public void unplug() {
        plugged = false;
    }

    public void plugIn() {
        plugged = true;
    }

    @Override
    public ReaderTransport connect() throws TransportException {
        if (!plugged) {
            throw new TransportException(ReadErrorCode.PORT_MISSING, "demo reader unplugged");
        }
        return new Transport();
    }

    private final class Transport implements ReaderTransport {
        private final BlockingQueue<byte[]> incoming = new LinkedBlockingQueue<>();
        private byte[] chunk;
        private int chunkPos;
        private volatile boolean open = true;

        @Override
        public void write(byte[] data) throws TransportException {
            checkOpen();
            for (ReaderSimulator.Output output : simulator.receive(data, 0, data.length)) {
                incoming.addAll(output.pieces());
            }
        }

        @Override
        public int read(byte[] buffer, int timeoutMillis) throws TransportException {
            checkOpen();
            if (chunk == null) {
                try {
                    chunk = incoming.poll(Math.max(1, timeoutMillis), TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return 0;
                }
                chunkPos = 0;
                if (chunk == null) {
                    return 0;
                }
            }
            int n = Math.min(buffer.length, chunk.length - chunkPos);
            System.arraycopy(chunk, chunkPos, buffer, 0, n);
            chunkPos += n;
            if (chunkPos == chunk.length) {
                chunk = null;
            }
            return n;
        }

        @Override
        public void discardInput() throws TransportException {
            checkOpen();
            incoming.clear();
            chunk = null;
        }

        private void checkOpen() throws TransportException {
            if (!open || !plugged) {
                throw new TransportException(ReadErrorCode.PORT_IO, "demo reader unplugged");
            }
        }

        @Override
        public String name() {
            return "demo";
        }

        @Override
        public void close() {
            open = false;
        }
    }
}

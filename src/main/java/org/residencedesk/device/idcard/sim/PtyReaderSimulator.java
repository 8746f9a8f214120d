package org.residencedesk.device.idcard.sim;

import com.fazecast.jSerialComm.SerialPort;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a {@link ReaderSimulator} on one end of a pseudo-terminal pair, e.g. made by
 * {@code socat -d -d pty,raw,echo=0,link=/tmp/x/a pty,raw,echo=0,link=/tmp/x/b}; the client opens the
 * other end as if it were a real reader.
 */
public final class PtyReaderSimulator implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PtyReaderSimulator.class);
    /** Pause between the pieces of a split reply, long enough for the host to read them separately. */
    private static final int SPLIT_PAUSE_MILLIS = 15;

    private final ReaderSimulator simulator;
    private final SerialPort port;
    private final Thread thread;
    private volatile boolean running = true;

    private PtyReaderSimulator(ReaderSimulator simulator, SerialPort port) {
        this.simulator = simulator;
        this.port = port;
        this.thread = new Thread(this::serve, "idcard-simulator");
        this.thread.setDaemon(true);
    }

    /** Opens {@code path} and starts answering; fails with IllegalStateException if it cannot be opened. */
    public static PtyReaderSimulator start(ReaderSimulator simulator, String path) {
        SerialPort port = SerialPort.getCommPort(path);
        port.setComPortParameters(115200, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        if (!port.openPort()) {
            throw new IllegalStateException("cannot open simulator end " + path);
        }
        port.setComPortTimeouts(SerialPort.TIMEOUT_NONBLOCKING, 0, 0); // polled: never stuck in the driver (ADR 0373)
        PtyReaderSimulator host = new PtyReaderSimulator(simulator, port);
        host.thread.start();
        return host;
    }

    public ReaderSimulator simulator() {
        return simulator;
    }

    private void serve() {
        byte[] buffer = new byte[512];
        while (running) {
            int available = port.bytesAvailable();
            int n = available <= 0 ? available : port.readBytes(buffer, Math.min(available, buffer.length));
            if (n < 0) {
                if (running) {
                    LOG.info("simulator port closed");
                }
                return;
            }
            if (n == 0) {
                java.util.concurrent.locks.LockSupport.parkNanos(1_000_000L);
                continue;
            }
            for (ReaderSimulator.Output output : simulator.receive(buffer, 0, n)) {
                write(output);
            }
        }
    }

    private void write(ReaderSimulator.Output output) {
        List<byte[]> pieces = output.pieces();
        for (int i = 0; i < pieces.size(); i++) {
            if (i > 0 && output.split()) {
                try {
                    Thread.sleep(SPLIT_PAUSE_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            byte[] piece = pieces.get(i);
            port.writeBytes(piece, piece.length);
        }
    }

    @Override
    public void close() {
        running = false;
        try {
            thread.join(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        port.closePort();
    }
}

package org.residencedesk.reliability;

import com.fazecast.jSerialComm.SerialPort;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.residencedesk.device.idcard.sim.ReaderSimulator;

/**
 * Hosts a {@link ReaderSimulator} on the simulator end of a pty like {@code PtyReaderSimulator}, but when armed it
 * writes only the first half of the next long reply (the card's base information) and then stops answering: the
 * test unplugs the reader (ends socat) at exactly that moment, halfway through the reply.
 */
final class HalfReplyHost implements AutoCloseable {
    /** Base-information replies are over a kilobyte; status, find and select replies are a few bytes. */
    private static final int LONG_REPLY = 200;

    private final ReaderSimulator simulator;
    private final SerialPort port;
    private final Thread thread;
    private final AtomicBoolean armed = new AtomicBoolean();
    private final CountDownLatch halfSent = new CountDownLatch(1);
    private volatile boolean running = true;

    private HalfReplyHost(ReaderSimulator simulator, SerialPort port) {
        this.simulator = simulator;
        this.port = port;
        this.thread = new Thread(this::serve, "half-reply-host");
        this.thread.setDaemon(true);
    }

    static HalfReplyHost start(ReaderSimulator simulator, String path) {
        SerialPort port = SerialPort.getCommPort(path);
        port.setComPortParameters(115200, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        if (!port.openPort()) {
            throw new IllegalStateException("cannot open simulator end " + path);
        }
        port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, 50, 0);
        HalfReplyHost host = new HalfReplyHost(simulator, port);
        host.thread.start();
        return host;
    }

    /** The next long reply is cut in half. */
    void armCut() {
        armed.set(true);
    }

    CountDownLatch halfSent() {
        return halfSent;
    }

    private void serve() {
        byte[] buffer = new byte[512];
        while (running) {
            int n = port.readBytes(buffer, buffer.length);
            if (n < 0) {
                return;
            }
            if (n == 0 || halfSent.getCount() == 0) {
                continue; // after the cut the reader is "gone": nothing more is answered
            }
            for (ReaderSimulator.Output output : simulator.receive(buffer, 0, n)) {
                for (byte[] piece : output.pieces()) {
                    if (armed.get() && piece.length > LONG_REPLY) {
                        port.writeBytes(piece, piece.length / 2);
                        halfSent.countDown();
                        break;
                    }
                    port.writeBytes(piece, piece.length);
                }
            }
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

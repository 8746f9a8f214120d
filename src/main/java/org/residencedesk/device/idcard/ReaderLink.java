package org.residencedesk.device.idcard;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One command, one reply, over a {@link ReaderTransport}: frames the request, waits for the reply
 * within a deadline and classifies every way this can go wrong. Nothing thrown escapes.
 */
public final class ReaderLink implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ReaderLink.class);

    public sealed interface Outcome permits Replied, Failed {}

    public record Replied(Reply reply) implements Outcome {}

    public record Failed(ReadErrorCode code) implements Outcome {}

    private final ReaderTransport transport;
    private final int replyTimeoutMillis;
    private final FrameDecoder decoder = FrameDecoder.forReplies();
    private final byte[] readBuffer = new byte[2048];

    public ReaderLink(ReaderTransport transport, int replyTimeoutMillis) {
        this.transport = transport;
        this.replyTimeoutMillis = replyTimeoutMillis;
    }

    public ReaderTransport transport() {
        return transport;
    }

    public Outcome send(Command command) {
        return send(command, replyTimeoutMillis);
    }

    public Outcome send(Command command, int timeoutMillis) {
        try {
            decoder.reset();
            transport.discardInput();
            transport.write(Frame.request(command).encode());
            return awaitReply(command, System.nanoTime() + timeoutMillis * 1_000_000L);
        } catch (TransportException e) {
            LOG.debug("reader {} transport failure on {}: {}", transport.name(), command, e.getMessage());
            return new Failed(e.code());
        } catch (RuntimeException e) {
            // a driver bug must not take the polling thread down; report it as a broken port
            LOG.warn("reader {} unexpected failure on {}", transport.name(), command, e);
            return new Failed(ReadErrorCode.PORT_IO);
        }
    }

    private Outcome awaitReply(Command command, long deadline) throws TransportException {
        while (true) {
            long remainingMillis = (deadline - System.nanoTime()) / 1_000_000L;
            if (remainingMillis <= 0) {
                ReadErrorCode code = decoder.hasPartialFrame() ? ReadErrorCode.TRUNCATED_REPLY : ReadErrorCode.TIMEOUT;
                LOG.debug("reader {} {} on {}", transport.name(), code, command);
                return new Failed(code);
            }
            int n = transport.read(readBuffer, (int) remainingMillis);
            if (n <= 0) {
                continue;
            }
            List<FrameDecoder.Event> events = decoder.feed(readBuffer, 0, n);
            for (FrameDecoder.Event event : events) {
                if (event instanceof FrameDecoder.Decoded decoded) {
                    var reply = Reply.of(decoded.frame());
                    if (reply.isPresent()) {
                        return new Replied(reply.get());
                    }
                } else {
                    LOG.debug("reader {} corrupt reply to {}: {}", transport.name(), command,
                            ((FrameDecoder.Corrupt) event).problem());
                    return new Failed(ReadErrorCode.CHECKSUM_ERROR);
                }
            }
        }
    }

    @Override
    public void close() {
        transport.close();
    }
}

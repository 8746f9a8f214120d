package org.residencedesk.device.idcard;

import java.util.ArrayList;
import java.util.List;

/**
 * Streaming frame decoder: bytes arrive in arbitrary pieces (split or several frames at once),
 * garbage between frames is skipped, and a frame whose checksum or length is wrong is reported and
 * then skipped by resynchronising on the next preamble. It never throws on any input.
 */
public final class FrameDecoder {

    /** What {@link #feed} found. */
    public sealed interface Event permits Decoded, Corrupt {}

    public record Decoded(Frame frame) implements Event {}

    public record Corrupt(Problem problem) implements Event {}

    public enum Problem { BAD_CHECKSUM, BAD_LENGTH }

    private final int minLen;
    private byte[] buffer = new byte[4096];
    private int size;
    private long skippedBytes;

    /** @param minPayload smallest legal payload: 3 for replies (SW1..SW3), 2 for requests (CMD PARA) */
    public FrameDecoder(int minPayload) {
        this.minLen = minPayload + 1;
    }

    public static FrameDecoder forReplies() {
        return new FrameDecoder(3);
    }

    public static FrameDecoder forRequests() {
        return new FrameDecoder(2);
    }

    public List<Event> feed(byte[] data, int offset, int length) {
        if (data == null || offset < 0 || length <= 0 || offset + length > data.length) {
            return List.of();
        }
        ensureCapacity(size + length);
        System.arraycopy(data, offset, buffer, size, length);
        size += length;
        return drain();
    }

    public List<Event> feed(byte[] data) {
        return data == null ? List.of() : feed(data, 0, data.length);
    }

    /** Bytes that began a frame but did not complete it yet: at a deadline this means a truncated reply. */
    public boolean hasPartialFrame() {
        return size > 0 && startsWithPreamblePrefix();
    }

    /** Bytes thrown away as garbage since creation (for diagnostics). */
    public long skippedBytes() {
        return skippedBytes;
    }

    public void reset() {
        size = 0;
    }

    private List<Event> drain() {
        List<Event> events = new ArrayList<>(1);
        while (true) {
            int start = findPreamble();
            if (start < 0) {
                keepPossiblePreamblePrefix();
                return events;
            }
            skippedBytes += start;
            discard(start);
            if (size < Frame.HEADER_LENGTH) {
                return events;
            }
            int len = ((buffer[5] & 0xFF) << 8) | (buffer[6] & 0xFF);
            if (len < minLen || len > Frame.MAX_LEN) {
                events.add(new Corrupt(Problem.BAD_LENGTH));
                discard(1);
                continue;
            }
            int total = Frame.HEADER_LENGTH + len;
            if (size < total) {
                return events;
            }
            byte expected = Frame.checksum(buffer[5], buffer[6], buffer, Frame.HEADER_LENGTH, total - 1);
            if (expected != buffer[total - 1]) {
                events.add(new Corrupt(Problem.BAD_CHECKSUM));
                // the bytes inside may hide the real start of a frame, so move only past this preamble
                discard(1);
                continue;
            }
            byte[] payload = new byte[len - 1];
            System.arraycopy(buffer, Frame.HEADER_LENGTH, payload, 0, payload.length);
            events.add(new Decoded(new Frame(payload)));
            discard(total);
        }
    }

    private int findPreamble() {
        outer:
        for (int i = 0; i + Frame.PREAMBLE.length <= size; i++) {
            for (int j = 0; j < Frame.PREAMBLE.length; j++) {
                if (buffer[i + j] != Frame.PREAMBLE[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Keep only a tail that could still grow into a preamble; everything before it is garbage. */
    private void keepPossiblePreamblePrefix() {
        int keep = Math.min(size, Frame.PREAMBLE.length - 1);
        while (keep > 0 && !isPreamblePrefix(size - keep, keep)) {
            keep--;
        }
        skippedBytes += size - keep;
        discard(size - keep);
    }

    private boolean startsWithPreamblePrefix() {
        return isPreamblePrefix(0, Math.min(size, Frame.PREAMBLE.length));
    }

    private boolean isPreamblePrefix(int from, int count) {
        for (int j = 0; j < count; j++) {
            if (buffer[from + j] != Frame.PREAMBLE[j]) {
                return false;
            }
        }
        return true;
    }

    private void discard(int count) {
        if (count <= 0) {
            return;
        }
        System.arraycopy(buffer, count, buffer, 0, size - count);
        size -= count;
    }

    private void ensureCapacity(int needed) {
        if (needed > buffer.length) {
            byte[] bigger = new byte[Math.max(needed, buffer.length * 2)];
            System.arraycopy(buffer, 0, bigger, 0, size);
            buffer = bigger;
        }
    }
}

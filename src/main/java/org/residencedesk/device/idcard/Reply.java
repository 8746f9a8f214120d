package org.residencedesk.device.idcard;

import java.util.Arrays;
import java.util.Optional;

/** A decoded reply: SW1 SW2 SW3 followed by the command's data. */
public record Reply(byte sw1, byte sw2, byte sw3, byte[] data) {

    public Reply {
        data = data.clone();
    }

    /** @return empty when the frame is too short to be a reply */
    public static Optional<Reply> of(Frame frame) {
        byte[] p = frame.payload();
        if (p.length < 3) {
            return Optional.empty();
        }
        return Optional.of(new Reply(p[0], p[1], p[2], Arrays.copyOfRange(p, 3, p.length)));
    }

    public static Reply of(Sw3 status, byte[] data) {
        return new Reply((byte) 0, (byte) 0, status.code(), data);
    }

    public Frame toFrame() {
        byte[] p = new byte[3 + data.length];
        p[0] = sw1;
        p[1] = sw2;
        p[2] = sw3;
        System.arraycopy(data, 0, p, 3, data.length);
        return new Frame(p);
    }

    public Optional<Sw3> status() {
        return Sw3.of(sw3);
    }

    public boolean is(Sw3 expected) {
        return sw3 == expected.code();
    }

    public String sw3Hex() {
        return String.format("%02X", sw3 & 0xFF);
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Reply r && sw1 == r.sw1 && sw2 == r.sw2 && sw3 == r.sw3 && Arrays.equals(data, r.data);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * (31 * sw1 + sw2) + sw3) + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "Reply[SW3=" + sw3Hex() + ", " + data.length + " data bytes]";
    }
}

package org.residencedesk.device.idcard;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * One frame on the wire: {@code AA AA AA 96 69 | LEN_H LEN_L | payload | CHK}. LEN counts the
 * payload plus CHK; CHK is the XOR of LEN_H, LEN_L and the payload. The payload is CMD PARA [DATA]
 * for requests and SW1 SW2 SW3 [DATA] for replies.
 */
public final class Frame {
    static final byte[] PREAMBLE = {(byte) 0xAA, (byte) 0xAA, (byte) 0xAA, (byte) 0x96, (byte) 0x69};
    static final int HEADER_LENGTH = PREAMBLE.length + 2;
    /** Largest LEN accepted: base info with fingerprints is ~2.3 kB, so anything far above is noise. */
    static final int MAX_LEN = 0x2000;

    private final byte[] payload;

    public Frame(byte[] payload) {
        if (payload.length + 1 > MAX_LEN) {
            throw new IllegalArgumentException("payload too long: " + payload.length);
        }
        this.payload = payload.clone();
    }

    public byte[] payload() {
        return payload.clone();
    }

    public int payloadLength() {
        return payload.length;
    }

    byte payloadByte(int index) {
        return payload[index];
    }

    public byte[] encode() {
        int len = payload.length + 1;
        ByteArrayOutputStream out = new ByteArrayOutputStream(HEADER_LENGTH + len);
        out.writeBytes(PREAMBLE);
        byte lenH = (byte) (len >>> 8);
        byte lenL = (byte) len;
        out.write(lenH);
        out.write(lenL);
        out.writeBytes(payload);
        out.write(checksum(lenH, lenL, payload, 0, payload.length));
        return out.toByteArray();
    }

    static byte checksum(byte lenH, byte lenL, byte[] data, int from, int to) {
        byte chk = (byte) (lenH ^ lenL);
        for (int i = from; i < to; i++) {
            chk ^= data[i];
        }
        return chk;
    }

    public static Frame request(Command command) {
        return new Frame(command.payload());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Frame f && Arrays.equals(payload, f.payload);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(payload);
    }

    @Override
    public String toString() {
        return "Frame[" + payload.length + " payload bytes]";
    }
}

package org.residencedesk.device.idcard;

import java.util.Arrays;
import java.util.Optional;

/**
 * The data of a read-base-info reply: text length (2 bytes, big-endian, 0x0100), photo length
 * (2 bytes, 0x0400), then the text and the WLT photo.
 */
public record BaseInfo(byte[] text, byte[] photo) {
    public static final int PHOTO_LENGTH = 1024;

    public BaseInfo {
        text = text.clone();
        photo = photo.clone();
    }

    public static Optional<BaseInfo> parse(byte[] data) {
        if (data.length < 4) {
            return Optional.empty();
        }
        int textLen = (data[0] & 0xFF) << 8 | (data[1] & 0xFF);
        int photoLen = (data[2] & 0xFF) << 8 | (data[3] & 0xFF);
        if (textLen < CardTextLayout.TEXT_LENGTH || 4 + textLen + photoLen > data.length) {
            return Optional.empty();
        }
        return Optional.of(new BaseInfo(
                Arrays.copyOfRange(data, 4, 4 + textLen),
                Arrays.copyOfRange(data, 4 + textLen, 4 + textLen + photoLen)));
    }

    public byte[] encode() {
        byte[] out = new byte[4 + text.length + photo.length];
        out[0] = (byte) (text.length >>> 8);
        out[1] = (byte) text.length;
        out[2] = (byte) (photo.length >>> 8);
        out[3] = (byte) photo.length;
        System.arraycopy(text, 0, out, 4, text.length);
        System.arraycopy(photo, 0, out, 4 + text.length, photo.length);
        return out;
    }

    @Override
    public byte[] text() {
        return text.clone();
    }

    @Override
    public byte[] photo() {
        return photo.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BaseInfo b && Arrays.equals(text, b.text) && Arrays.equals(photo, b.photo);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(text) + Arrays.hashCode(photo);
    }

    @Override
    public String toString() {
        return "BaseInfo[text=" + text.length + ", photo=" + photo.length + "]";
    }
}

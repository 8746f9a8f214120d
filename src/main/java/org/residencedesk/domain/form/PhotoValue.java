package org.residencedesk.domain.form;

import java.util.Base64;
import java.util.Optional;

/**
 * The holder's photo as the registration form keeps it (field {@code photo}, ADR 0196): the JPEG or PNG file's
 * bytes in Base64, at most {@link #MAX_BYTES}. A decoded card photo (PNG from {@code port.PhotoDecoder}) and a
 * photo chosen from a file take the same way; the permit card prints these bytes.
 */
public final class PhotoValue {
    /** 100 KB: an ID-card photo is 102×126 pixels; a camera photo for a card must be scaled down first. */
    public static final int MAX_BYTES = 100 * 1024;
    static final String NOT_IMAGE = "form.photo.notImage";
    static final String TOO_LARGE = "form.photo.tooLarge";
    static final String EMPTY = "form.photo.empty";
    static final String TRUNCATED = "form.photo.truncated";
    static final String DIMENSIONS = "form.photo.dimensions";
    /**
     * The largest side a kept photo may claim (ADR 0334): a file under 100 KB cannot hold a real photo larger than
     * this, and a header claiming more would make the card printer's image decoder allocate gigabytes.
     */
    public static final int MAX_SIDE = 2000;

    private PhotoValue() {
    }

    /**
     * Whether the first bytes of a file are a JPEG or PNG at all (empty when they are), before a large photo is scaled
     * down to what {@link #problem} accepts: size, dimensions and completeness are checked on what is kept.
     */
    public static Optional<String> kindProblem(byte[] head) {
        if (head == null || head.length == 0) return Optional.of(EMPTY);
        return isPng(head) || isJpeg(head) ? Optional.empty() : Optional.of(NOT_IMAGE);
    }

    /** The bundle key (i18n/form) of what is wrong with a file's bytes, or empty when they can be kept. */
    public static Optional<String> problem(byte[] bytes) {
        if (bytes == null || bytes.length == 0) return Optional.of(EMPTY);
        if (bytes.length > MAX_BYTES) return Optional.of(TOO_LARGE);
        if (isPng(bytes)) return pngProblem(bytes);
        if (isJpeg(bytes)) return jpegProblem(bytes);
        return Optional.of(NOT_IMAGE);
    }

    /** The header's IHDR must come first with a sensible size, and the file must end with its IEND chunk. */
    private static Optional<String> pngProblem(byte[] b) {
        if (b.length < 33 || !(b[12] == 'I' && b[13] == 'H' && b[14] == 'D' && b[15] == 'R')) {
            return Optional.of(b.length < 33 ? TRUNCATED : NOT_IMAGE);
        }
        Optional<String> size = sizeProblem(int32(b, 16), int32(b, 20));
        if (size.isPresent()) return size;
        int n = b.length;
        boolean iend = n >= 45 && b[n - 8] == 'I' && b[n - 7] == 'E' && b[n - 6] == 'N' && b[n - 5] == 'D';
        return iend ? Optional.empty() : Optional.of(TRUNCATED);
    }

    /** A frame header (SOFn) with a sensible size before the image data, and the end-of-image marker at the end. */
    private static Optional<String> jpegProblem(byte[] b) {
        int i = 2;
        while (i + 3 < b.length) {
            if ((b[i] & 0xFF) != 0xFF) return Optional.of(NOT_IMAGE);
            int marker = b[i + 1] & 0xFF;
            if (marker == 0xFF) { // fill byte
                i++;
                continue;
            }
            int length = ((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF);
            boolean frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (frame) {
                if (i + 8 >= b.length) return Optional.of(TRUNCATED);
                int height = ((b[i + 5] & 0xFF) << 8) | (b[i + 6] & 0xFF);
                int width = ((b[i + 7] & 0xFF) << 8) | (b[i + 8] & 0xFF);
                Optional<String> size = sizeProblem(width, height);
                if (size.isPresent()) return size;
                return endsWithEoi(b) ? Optional.empty() : Optional.of(TRUNCATED);
            }
            if (marker == 0xDA || marker == 0xD9) return Optional.of(NOT_IMAGE); // image data before any frame
            i += 2 + length;
        }
        return Optional.of(TRUNCATED);
    }

    /** FF D9 within the last bytes (some cameras pad after it). */
    private static boolean endsWithEoi(byte[] b) {
        for (int i = b.length - 2; i >= Math.max(2, b.length - 64); i--) {
            if ((b[i] & 0xFF) == 0xFF && (b[i + 1] & 0xFF) == 0xD9) return true;
        }
        return false;
    }

    private static Optional<String> sizeProblem(long width, long height) {
        return width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE ? Optional.of(DIMENSIONS)
                : Optional.empty();
    }

    private static long int32(byte[] b, int at) {
        return ((long) (b[at] & 0xFF) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
    }

    /** The bundle key of what is wrong with a stored value (blank is no photo, which is fine). */
    public static Optional<String> problemOfValue(String value) {
        if (value == null || value.isBlank()) return Optional.empty();
        try {
            return problem(Base64.getDecoder().decode(value));
        } catch (IllegalArgumentException e) {
            return Optional.of(NOT_IMAGE);
        }
    }

    public static String encode(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** The photo's bytes, or empty for no photo or a value that is not a valid photo. */
    public static Optional<byte[]> decode(String value) {
        if (value == null || value.isBlank() || problemOfValue(value).isPresent()) return Optional.empty();
        return Optional.of(Base64.getDecoder().decode(value));
    }

    private static boolean isJpeg(byte[] b) {
        return b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF;
    }

    private static boolean isPng(byte[] b) {
        byte[] sig = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
        if (b.length < sig.length) return false;
        for (int i = 0; i < sig.length; i++) {
            if (b[i] != sig[i]) return false;
        }
        return true;
    }
}

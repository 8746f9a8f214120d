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

    private PhotoValue() {
    }

    /** The bundle key (i18n/form) of what is wrong with a file's bytes, or empty when they can be kept. */
    public static Optional<String> problem(byte[] bytes) {
        if (bytes == null || bytes.length == 0) return Optional.of(EMPTY);
        if (bytes.length > MAX_BYTES) return Optional.of(TOO_LARGE);
        return isJpeg(bytes) || isPng(bytes) ? Optional.empty() : Optional.of(NOT_IMAGE);
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

package org.residencedesk.port.printing;

/**
 * Per-printer correction for card printing, measured on a printed calibration card: the whole page
 * content is scaled by {@code scale} (around the top-left corner) and then moved by the offsets.
 * Positive X moves right, positive Y moves down.
 */
public record CardCalibration(double offsetXMm, double offsetYMm, double scale) {

    public static final CardCalibration NONE = new CardCalibration(0, 0, 1.0);
    /** Card printers never need more than a few millimetres; larger values are typing errors. */
    public static final double MAX_OFFSET_MM = 10.0;
    public static final double MIN_SCALE = 0.9;
    public static final double MAX_SCALE = 1.1;

    public CardCalibration {
        if (Math.abs(offsetXMm) > MAX_OFFSET_MM || Math.abs(offsetYMm) > MAX_OFFSET_MM) {
            throw new IllegalArgumentException("offset out of range: " + offsetXMm + "/" + offsetYMm);
        }
        if (scale < MIN_SCALE || scale > MAX_SCALE) {
            throw new IllegalArgumentException("scale out of range: " + scale);
        }
    }

    public boolean isIdentity() {
        return offsetXMm == 0 && offsetYMm == 0 && scale == 1.0;
    }
}

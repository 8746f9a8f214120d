package org.residencedesk.port.printing;

/**
 * Where the calibration card (template {@code calibration-card.jrxml}) draws its marks, and how the
 * clerk's measurements of a printed card turn into a new {@link CardCalibration}.
 * The template works in whole points; these values are those points in millimetres.
 */
public final class CalibrationCardGeometry {

    private static final double MM_PER_POINT = 25.4 / 72.0;
    /** Crosshair centre, from the card's left and top edges. */
    public static final double CROSSHAIR_X_MM = 121 * MM_PER_POINT;
    public static final double CROSSHAIR_Y_MM = 76 * MM_PER_POINT;
    /** Distance between the two end ticks of the bar. */
    public static final double BAR_LENGTH_MM = 170 * MM_PER_POINT;

    private CalibrationCardGeometry() {
    }

    /**
     * The card was printed with {@code current}; the printer itself scales by k and shifts by d, so a
     * mark meant at E lands at M = k(s0·E + o0) + d. The bar gives k = B / (L·s0). The new calibration
     * makes k·s1 = 1 and k·o1 + d = 0,
     * i.e. s1 = L·s0/B and o1 = s0·E + o0 − M/k.
     */
    public static CardCalibration correct(CardCalibration current, double measuredXMm, double measuredYMm,
                                          double measuredBarMm) {
        if (measuredBarMm <= 0) {
            throw new IllegalArgumentException("bar length must be positive");
        }
        double s0 = current.scale();
        double k = measuredBarMm / (BAR_LENGTH_MM * s0);
        double scale = 1.0 / k;
        double offsetX = s0 * CROSSHAIR_X_MM + current.offsetXMm() - measuredXMm / k;
        double offsetY = s0 * CROSSHAIR_Y_MM + current.offsetYMm() - measuredYMm / k;
        return new CardCalibration(round(offsetX, 100), round(offsetY, 100), round(scale, 10_000));
    }

    private static double round(double value, double factor) {
        return Math.round(value * factor) / factor;
    }
}

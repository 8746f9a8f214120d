package org.residencedesk.port.printing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CalibrationCardGeometryTest {

    @Test
    void aPerfectPrintKeepsTheCalibration() {
        CardCalibration current = new CardCalibration(0.4, -0.2, 1.0);
        // A perfect printer puts the crosshair where the calibration moved it.
        CardCalibration next = CalibrationCardGeometry.correct(current,
                CalibrationCardGeometry.CROSSHAIR_X_MM + 0.4, CalibrationCardGeometry.CROSSHAIR_Y_MM - 0.2,
                CalibrationCardGeometry.BAR_LENGTH_MM);

        assertThat(next.offsetXMm()).isCloseTo(0.0, within(0.01));
        assertThat(next.offsetYMm()).isCloseTo(0.0, within(0.01));
        assertThat(next.scale()).isCloseTo(1.0, within(0.0001));
    }

    @Test
    void theCorrectionCancelsAShiftedAndStretchedPrinter() {
        double k = 1.02;
        double dx = 1.3;
        double dy = -0.7;
        CardCalibration correction = CalibrationCardGeometry.correct(CardCalibration.NONE,
                k * CalibrationCardGeometry.CROSSHAIR_X_MM + dx, k * CalibrationCardGeometry.CROSSHAIR_Y_MM + dy,
                k * CalibrationCardGeometry.BAR_LENGTH_MM);

        // Printing any mark E with the correction: k * (s * E + o) + d must give E again.
        for (double e : new double[] {5, 42.7, 80}) {
            assertThat(k * (correction.scale() * e + correction.offsetXMm()) + dx).isCloseTo(e, within(0.02));
            assertThat(k * (correction.scale() * e + correction.offsetYMm()) + dy).isCloseTo(e, within(0.02));
        }
    }
}

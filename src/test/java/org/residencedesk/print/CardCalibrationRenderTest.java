package org.residencedesk.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.residencedesk.port.printing.CalibrationCardGeometry;
import org.residencedesk.port.printing.CardCalibration;
import org.residencedesk.port.printing.SampleDocuments;

/** The calibration moves and scales what reaches the printer; checked on the rendered calibration card. */
class CardCalibrationRenderTest {

    private static final float ZOOM = 8f;
    private static final double PX_PER_MM = ZOOM * 72 / 25.4;

    @Test
    void theCrosshairIsWhereTheGeometrySaysWithoutCalibration() throws Exception {
        BufferedImage page = render(CardCalibration.NONE);

        assertThat(crosshairColumn(page) / PX_PER_MM).isCloseTo(CalibrationCardGeometry.CROSSHAIR_X_MM, within(0.2));
        assertThat(crosshairRow(page) / PX_PER_MM).isCloseTo(CalibrationCardGeometry.CROSSHAIR_Y_MM, within(0.2));
    }

    @Test
    void offsetsMoveTheWholePageContent() throws Exception {
        BufferedImage plain = render(CardCalibration.NONE);
        BufferedImage moved = render(new CardCalibration(1.5, -0.8, 1.0));

        assertThat((crosshairColumn(moved) - crosshairColumn(plain)) / PX_PER_MM).isCloseTo(1.5, within(0.1));
        assertThat((crosshairRow(moved) - crosshairRow(plain)) / PX_PER_MM).isCloseTo(-0.8, within(0.1));
    }

    @Test
    void scaleGrowsAroundTheTopLeftCorner() throws Exception {
        BufferedImage plain = render(CardCalibration.NONE);
        BufferedImage scaled = render(new CardCalibration(0, 0, 1.05));

        assertThat((double) crosshairColumn(scaled) / crosshairColumn(plain)).isCloseTo(1.05, within(0.005));
    }

    private static BufferedImage render(CardCalibration calibration) throws Exception {
        JasperPreparedDocument card = (JasperPreparedDocument) PrintTestSupport.PRINTER.prepare(
                SampleDocuments.calibrationCard("PDF", CardCalibration.NONE, LocalDateTime.of(2026, 7, 1, 8, 0)));
        return card.renderPage(0, ZOOM, calibration);
    }

    /** The vertical crosshair line is the darkest column through the band between the heading and the bar. */
    private static int crosshairColumn(BufferedImage page) {
        int y = (int) Math.round(CalibrationCardGeometry.CROSSHAIR_Y_MM * PX_PER_MM + 10 * PX_PER_MM);
        return darkest(page.getWidth(), x -> page.getRGB(x, y), (int) (20 * PX_PER_MM), (int) (70 * PX_PER_MM));
    }

    private static int crosshairRow(BufferedImage page) {
        int x = (int) Math.round(CalibrationCardGeometry.CROSSHAIR_X_MM * PX_PER_MM + 8 * PX_PER_MM);
        return darkest(page.getHeight(), y -> page.getRGB(x, y), (int) (18 * PX_PER_MM), (int) (38 * PX_PER_MM));
    }

    /** Centre of the dark pixels in [from, to): the line is several pixels wide at this zoom. */
    private static int darkest(int limit, java.util.function.IntUnaryOperator pixel, int from, int to) {
        long sum = 0;
        int count = 0;
        for (int i = Math.max(0, from); i < Math.min(limit, to); i++) {
            int rgb = pixel.applyAsInt(i);
            int grey = ((rgb >> 16 & 0xFF) + (rgb >> 8 & 0xFF) + (rgb & 0xFF)) / 3;
            if (grey < 128) {
                sum += i;
                count++;
            }
        }
        assertThat(count).as("line found").isPositive();
        return (int) Math.round((double) sum / count);
    }
}

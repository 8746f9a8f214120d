package org.residencedesk.print;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.ChartFactory;
import org.jfree.data.category.DefaultCategoryDataset;
import org.residencedesk.port.report.ReportSheet;

/**
 * Draws a report's charts with JFreeChart in the packaged Chinese font (the one the PDF embeds), as images the
 * Jasper templates place in the PDF and the XLSX (ADR 0244). White background, no anti-aliasing artefacts in print.
 */
final class ReportCharts {
    private static final Font BASE = loadFont();

    private ReportCharts() {
    }

    static BufferedImage draw(ReportSheet.Chart chart, int width, int height) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (ReportSheet.Series s : chart.series()) {
            List<String> categories = chart.categories();
            for (int i = 0; i < categories.size() && i < s.values().size(); i++) {
                Long v = s.values().get(i);
                data.addValue(v == null ? 0 : v, s.name(), categories.get(i));
            }
        }
        StandardChartTheme theme = new StandardChartTheme("ResidenceDesk");
        theme.setExtraLargeFont(BASE.deriveFont(Font.BOLD, 15f));
        theme.setLargeFont(BASE.deriveFont(13f));
        theme.setRegularFont(BASE.deriveFont(11f));
        theme.setSmallFont(BASE.deriveFont(9f));
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setDomainGridlinePaint(Color.LIGHT_GRAY);
        theme.setRangeGridlinePaint(Color.LIGHT_GRAY);
        JFreeChart c = chart.kind() == ReportSheet.ChartKind.LINE
                ? ChartFactory.createLineChart(chart.title(), null, chart.valueAxis(), data, PlotOrientation.VERTICAL,
                        true, false, false)
                : ChartFactory.createBarChart(chart.title(), null, chart.valueAxis(), data, PlotOrientation.VERTICAL,
                        true, false, false);
        theme.apply(c);
        if (chart.categories().size() > 12) {
            c.getCategoryPlot().getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_90);
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            c.draw(g, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g.dispose();
        }
        return image;
    }

    private static Font loadFont() {
        try (InputStream in = ReportCharts.class.getClassLoader().getResourceAsStream("fonts/WenQuanYiMicroHei.ttf")) {
            if (in == null) {
                return new Font(Font.SANS_SERIF, Font.PLAIN, 11);
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            return new Font(Font.SANS_SERIF, Font.PLAIN, 11);
        }
    }
}

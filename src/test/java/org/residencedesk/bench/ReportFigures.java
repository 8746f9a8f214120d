package org.residencedesk.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperExportManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperReport;
import org.residencedesk.app.AppContext;
import org.residencedesk.domain.account.Role;
import org.residencedesk.service.Operator;
import org.residencedesk.service.report.Report;
import org.residencedesk.service.report.ReportExportFailed;
import org.residencedesk.service.report.ReportService;
import org.residencedesk.testing.TestOperators;

/**
 * 日报 (one day, 2,000 events) and 统计 of a month as PDF files on the bench station, each computed and exported
 * through {@link ReportService} by a signed-in chief (queries, audit, Jasper fill and PDF export, the file written),
 * beside the floor the issue names: Jasper filling and exporting an empty page (template compiled beforehand).
 * The day is today: registrations saved through the product top it up to the wanted number of events
 * (registrations made that day plus permit steps that day), so the station grows by at most that many persons a
 * day the bench runs. (An import top-up was tried first: its persons were then not found by 3-letter initials.)
 */
final class ReportFigures {
    private static final String EMPTY_PAGE = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<jasperReport name=\"empty\" language=\"java\" pageWidth=\"595\" pageHeight=\"842\" columnWidth=\"515\""
            + " leftMargin=\"40\" rightMargin=\"40\" topMargin=\"40\" bottomMargin=\"36\" whenNoDataType=\"BlankPage\"/>";

    private final AppContext ctx;
    private final Clock clock;
    private final boolean quick;
    private final Path out;

    ReportFigures(AppContext ctx, Clock clock, boolean quick, Path out) {
        this.ctx = ctx;
        this.clock = clock;
        this.quick = quick;
        this.out = out;
    }

    List<Figure> measure(Operator clerk, Connection c) throws Exception {
        int wanted = quick ? 300 : 2_000;
        LocalDate day = LocalDate.now(clock);
        long before = events(c, day);
        FreshIdentities fresh = new FreshIdentities(c);
        for (long e = before; e < wanted; e++) {
            fresh.timeSave(ctx.registration(), clerk, clock); // the window's save, one audited registration each
        }
        long events = events(c, day);
        Operator chief = TestOperators.signIn(ctx, "benchchief", "基准站长", Role.CHIEF);
        ReportService reports = ctx.reports();
        JasperReport empty = JasperCompileManager.compileReport(
                new ByteArrayInputStream(EMPTY_PAGE.getBytes(StandardCharsets.UTF_8)));
        List<Figure> figures = new ArrayList<>();
        int n = 10; // also in the smoke: with 3 the median was a JIT-cold run (ratio 62 against 19 at 1M)
        List<Long> dailyQueries = new ArrayList<>();
        Timed daily = alternate(n, i -> export(reports, chief, computed(dailyQueries,
                        () -> reports.daily(chief, day)), "daily-" + i), i -> emptyPage(empty, "empty-" + i));
        figures.add(Figure.measured("daily-pdf", "daily summary PDF, " + String.format(Locale.ROOT, "%,d", events)
                        + " events", "ms", daily.product(), Target.p95("≤ 3 s", 3_000),
                "Jasper filling and exporting an empty page to a file", daily.floor(), false,
                String.format(Locale.ROOT, "today with %,d events (registrations and permit steps of the day; %,d "
                        + "saved through RegistrationService before timing); computed and exported by ReportService as the "
                        + "chief (computing the report alone: median %.0f ms, the rest is the sheet, Jasper and the PDF "
                        + "with its embedded CJK font); the first of %d runs (template compile included) took %.0f ms",
                        events, Math.max(0, wanted - before), Sample.ofNanos(dailyQueries).median(), n,
                        daily.first())));
        LocalDate from = day.withDayOfMonth(1);
        LocalDate to = from.plusMonths(1).minusDays(1);
        int m = 5;
        List<Long> monthQueries = new ArrayList<>();
        Timed month = alternate(m, i -> export(reports, chief, computed(monthQueries,
                () -> reports.period(chief, from, to)), "month-" + i), i -> emptyPage(empty, "empty-m-" + i));
        figures.add(Figure.measured("monthly-pdf", "monthly statistics PDF", "ms", month.product(),
                Target.p95("≤ 10 s", 10_000), "Jasper filling and exporting an empty page to a file", month.floor(),
                false, String.format(Locale.ROOT, "%s to %s with the previous period and the same period last year, "
                        + "two charts (computing the report alone: median %.0f ms); the first of %d runs took %.0f ms",
                        from, to, Sample.ofNanos(monthQueries).median(), m, month.first())));
        return figures;
    }

    private static Report computed(List<Long> times, java.util.function.Supplier<Report> report) {
        long s = System.nanoTime();
        Report r = report.get();
        times.add(System.nanoTime() - s);
        return r;
    }

    interface Step {
        void run(int i) throws Exception;
    }

    record Timed(Sample product, Sample floor, double first) {
    }

    private static Timed alternate(int n, Step product, Step floor) throws Exception {
        List<Long> p = new ArrayList<>();
        List<Long> f = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long s = System.nanoTime();
            product.run(i);
            p.add(System.nanoTime() - s);
            s = System.nanoTime();
            floor.run(i);
            f.add(System.nanoTime() - s);
        }
        return new Timed(Sample.ofNanos(p), Sample.ofNanos(f), p.get(0) / 1e6);
    }

    private void export(ReportService reports, Operator chief, Report report, String name) throws ReportExportFailed {
        Path file = out.resolve(name + ".pdf");
        reports.export(chief, report, file, true);
        if (!Files.isRegularFile(file)) throw new IllegalStateException("no PDF written: " + file);
    }

    private void emptyPage(JasperReport empty, String name) throws JRException, IOException {
        try (OutputStream o = Files.newOutputStream(out.resolve(name + ".pdf"))) {
            JasperExportManager.exportReportToPdfStream(
                    JasperFillManager.fillReport(empty, new HashMap<>(), new JREmptyDataSource(0)), o);
        }
    }

    /** Registrations made on {@code day} plus permit steps on {@code day}. */
    static long events(Connection c, LocalDate day) throws SQLException {
        long n = 0;
        for (String sql : List.of("SELECT COUNT(*) FROM RESIDENCE_REGISTRATION WHERE REGISTERED_ON = ?",
                "SELECT COUNT(*) FROM PERMIT_STEP WHERE STEP_DAY = ?")) {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setDate(1, java.sql.Date.valueOf(day));
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    n += rs.getLong(1);
                }
            }
        }
        c.commit();
        return n;
    }
}

package org.residencedesk.ui.report;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.chart.XYChart;
import org.residencedesk.domain.DateFormats;
import org.residencedesk.domain.account.Permission;
import org.residencedesk.port.PrinterSettingsStore;
import org.residencedesk.port.printing.DocumentType;
import org.residencedesk.port.printing.PrintDocument;
import org.residencedesk.port.printing.PrintOutcome;
import org.residencedesk.service.Operator;
import org.residencedesk.service.ValidationFailure;
import org.residencedesk.service.report.BreakdownRow;
import org.residencedesk.service.report.FigureValue;
import org.residencedesk.service.report.OverdueRow;
import org.residencedesk.service.report.Report;
import org.residencedesk.service.report.ReportExportFailed;
import org.residencedesk.service.report.ReportService;
import org.residencedesk.service.report.ReportSheets;
import org.residencedesk.ui.BackgroundWork;
import org.residencedesk.ui.Fxml;
import org.residencedesk.ui.print.PreviewAudit;
import org.residencedesk.ui.print.Previewer;

/**
 * The 报表 area (issue 15): 日报 for a day or 统计 for a period (week, month, quarter, year or custom), the figures
 * with the previous period and last year, the trend and comparison charts, and the list behind a chosen figure
 * (per staff member and village for an event figure; the overdue applications or collections, ID numbers masked).
 * Every read and export runs off the FX thread ({@link BackgroundWork}); {@link #busyProperty()} is true
 * meanwhile. The service checks 报表与统计 and audits each read and export.
 */
public final class ReportAreaViewModel {
    static final ResourceBundle TEXTS = ResourceBundle.getBundle("i18n.report");

    public enum Kind { DAILY, PERIOD }

    /** The period presets; CUSTOM leaves from/to as typed. */
    public enum Preset { WEEK, MONTH, QUARTER, YEAR, CUSTOM }

    private final ReportService service;
    private final Operator operator;
    private final BackgroundWork work;
    private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>(Kind.DAILY);
    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObservableList<ReportRow> figures = FXCollections.observableArrayList();
    private final ObservableList<ReportRow> details = FXCollections.observableArrayList();
    private final ObservableList<XYChart.Series<String, Number>> trend = FXCollections.observableArrayList();
    private final ObservableList<XYChart.Series<String, Number>> comparison = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper detailTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<Report> report = new ReadOnlyObjectWrapper<>();
    private PrinterSettingsStore printerSettings;
    private Previewer previewer = (title, document, audit) -> { };

    public ReportAreaViewModel(ReportService service, Operator operator, BackgroundWork work, LocalDate today) {
        this.service = service;
        this.operator = operator;
        this.work = work;
        day.set(today);
        apply(Preset.MONTH, today);
    }

    /** Whether this operator may see the area (报表与统计). */
    public static boolean available(Operator operator) {
        return operator.may(Permission.REPORTS);
    }

    /** Sets from/to to the preset period containing {@code reference}. */
    public void apply(Preset preset, LocalDate reference) {
        switch (preset) {
            case WEEK -> {
                from.set(reference.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
                to.set(from.get().plusDays(6));
            }
            case MONTH -> {
                from.set(reference.withDayOfMonth(1));
                to.set(reference.with(TemporalAdjusters.lastDayOfMonth()));
            }
            case QUARTER -> {
                int q = reference.get(IsoFields.QUARTER_OF_YEAR);
                from.set(LocalDate.of(reference.getYear(), 3 * q - 2, 1));
                to.set(from.get().plusMonths(3).minusDays(1));
            }
            case YEAR -> {
                from.set(reference.withDayOfYear(1));
                to.set(reference.with(TemporalAdjusters.lastDayOfYear()));
            }
            case CUSTOM -> { }
        }
    }

    /** Computes the chosen report (audited by the service). */
    public void show() {
        message.set("");
        busy.set(true);
        Kind k = kind.get();
        LocalDate d = day.get();
        LocalDate f = from.get();
        LocalDate t = to.get();
        work.run(() -> k == Kind.DAILY ? service.daily(operator, d) : service.period(operator, f, t), this::fill,
                this::invalid, this::failed);
    }

    /** Shows the list behind a figure: its breakdown, or the overdue items for the two overdue figures. */
    public void select(String fullKey) {
        Report r = report.get();
        details.clear();
        if (r == null || fullKey == null) {
            detailTitle.set("");
            return;
        }
        FigureValue f = r.figure(fullKey).orElse(null);
        if (f == null) {
            return;
        }
        if (fullKey.equals("work.pastPromisedDate") || fullKey.equals("work.collectionOverdue")) {
            List<OverdueRow> rows = fullKey.equals("work.pastPromisedDate") ? r.pastPromisedDate()
                    : r.collectionOverdue();
            detailTitle.set(Fxml.text(TEXTS, "report.ui.detail.overdue", f.label(), rows.size()));
            rows.forEach(o -> details.add(new ReportRow(o.permitId(), o.acceptanceNumber(), o.name(),
                    o.maskedIdNumber(), o.division(), DateFormats.CHINESE_DATE.format(o.dueOn()))));
            return;
        }
        detailTitle.set(Fxml.text(TEXTS, "report.ui.detail.breakdown", f.label()));
        add(r.byStaff(), fullKey, f, "report.ui.detail.staff");
        add(r.byDivision(), fullKey, f, "report.ui.detail.division");
        if (details.isEmpty()) {
            details.add(new ReportRow(null, Fxml.text(TEXTS, f.stock() ? "report.ui.detail.stock" : "report.none"),
                    "", "", "", ""));
        }
    }

    private void add(List<BreakdownRow> rows, String fullKey, FigureValue f, String kindKey) {
        for (BreakdownRow b : rows) {
            Long n = b.values().get(fullKey);
            if (n != null) {
                details.add(new ReportRow(b.code(), Fxml.text(TEXTS, kindKey), b.name(), ReportSheets.format(f.unit(), n),
                        "", ""));
            }
        }
    }

    /** Exports the report on screen to {@code target} (.pdf or .xlsx), replacing a file the chooser confirmed. */
    public void export(Path target) {
        Report r = report.get();
        if (r == null) {
            message.set(Fxml.text(TEXTS, "report.ui.nothingToExport"));
            return;
        }
        busy.set(true);
        message.set(Fxml.text(TEXTS, "report.ui.exporting"));
        work.run(() -> {
            try {
                service.export(operator, r, target, true);
                return target;
            } catch (ReportExportFailed e) {
                throw new ValidationFailure(Map.of("export", e.userMessage()));
            }
        }, done -> {
            busy.set(false);
            message.set(Fxml.text(TEXTS, "report.ui.exported", done.toString()));
        }, this::invalid, this::failed);
    }

    /** Prints and previews through this PC's printer for 日报 / 统计报表 and the window's print preview (ADR 0345). */
    public ReportAreaViewModel printingWith(PrinterSettingsStore settings, Previewer target) {
        this.printerSettings = settings;
        this.previewer = target;
        return this;
    }

    /** Sends the report on screen to this PC's printer for its kind (系统设置 → 打印机); audited by the service. */
    public void print() {
        Report r = report.get();
        if (r == null || printerSettings == null) {
            message.set(Fxml.text(TEXTS, "report.ui.nothingToExport"));
            return;
        }
        busy.set(true);
        message.set(Fxml.text(TEXTS, "report.ui.printing"));
        work.run(() -> {
            PrintOutcome outcome = service.print(operator, r, printerSettings.load().profileFor(r.compared()
                    ? DocumentType.PERIOD_STATISTICS : DocumentType.DAILY_SUMMARY));
            return outcome.succeeded() ? Fxml.text(TEXTS, "report.ui.printed", Fxml.text(TEXTS, r.compared()
                    ? "report.ui.period" : "report.ui.daily"), outcome.pages(), outcome.printerName())
                    : outcome.message();
        }, done -> {
            busy.set(false);
            message.set(done);
        }, this::invalid, this::failed);
    }

    /** Opens the report on screen in the print preview; a print or PDF from there is audited with the report. */
    public void preview() {
        Report r = report.get();
        if (r == null) {
            message.set(Fxml.text(TEXTS, "report.ui.nothingToExport"));
            return;
        }
        busy.set(true);
        work.run(() -> service.document(operator, r), document -> {
            busy.set(false);
            message.set("");
            previewer.show((String) document.parameters().get("title"), document, new PreviewAudit() {
                @Override
                public void printed(PrintOutcome outcome) {
                    service.recordPreviewPrint(operator, r, outcome);
                }

                @Override
                public void exported(org.residencedesk.port.printing.ExportOutcome outcome) {
                    service.recordPreviewExport(operator, r, outcome);
                }
            });
        }, this::invalid, this::failed);
    }

    private void fill(Report r) {
        busy.set(false);
        report.set(r);
        heading.set(r.compared()
                ? Fxml.text(TEXTS, "report.sheet.period", DateFormats.CHINESE_DATE.format(r.from()),
                        DateFormats.CHINESE_DATE.format(r.to()))
                : Fxml.text(TEXTS, "report.sheet.day", DateFormats.CHINESE_DATE.format(r.from())));
        figures.clear();
        for (FigureValue f : r.figures()) {
            figures.add(new ReportRow(f.fullKey(), f.label(), ReportSheets.format(f.unit(), f.value()),
                    f.previous() == null ? (r.compared() ? "—" : "") : ReportSheets.format(f.unit(), f.previous()),
                    f.lastYear() == null ? (r.compared() ? "—" : "") : ReportSheets.format(f.unit(), f.lastYear()),
                    ""));
        }
        details.clear();
        detailTitle.set(Fxml.text(TEXTS, "report.ui.detail.choose"));
        charts(r);
    }

    private void charts(Report r) {
        trend.clear();
        comparison.clear();
        r.trend().series().forEach((key, values) -> {
            XYChart.Series<String, Number> s = new XYChart.Series<>();
            s.setName(r.labelOf(key));
            for (int i = 0; i < values.size(); i++) {
                LocalDate d = r.trend().days().get(i);
                s.getData().add(new XYChart.Data<>(d.getMonthValue() + "-" + d.getDayOfMonth(), values.get(i)));
            }
            trend.add(s);
        });
        if (!r.compared()) {
            return;
        }
        String[] names = {"report.column.period", "report.column.previous", "report.column.lastYear"};
        for (int which = 0; which < 3; which++) {
            XYChart.Series<String, Number> s = new XYChart.Series<>();
            s.setName(Fxml.text(TEXTS, names[which]));
            for (String key : r.trend().series().keySet()) {
                FigureValue f = r.figure(key).orElseThrow();
                Long v = which == 0 ? Long.valueOf(f.value()) : which == 1 ? f.previous() : f.lastYear();
                s.getData().add(new XYChart.Data<>(f.label(), v == null ? 0 : v));
            }
            comparison.add(s);
        }
    }

    private void invalid(ValidationFailure e) {
        busy.set(false);
        message.set(String.join(" ", e.fieldMessages().values()));
    }

    private void failed(String text) {
        busy.set(false);
        message.set(text);
    }

    public ObjectProperty<Kind> kindProperty() { return kind; }
    public ObjectProperty<LocalDate> dayProperty() { return day; }
    public ObjectProperty<LocalDate> fromProperty() { return from; }
    public ObjectProperty<LocalDate> toProperty() { return to; }
    public ObservableList<ReportRow> figures() { return figures; }
    public ObservableList<ReportRow> details() { return details; }
    public ObservableList<XYChart.Series<String, Number>> trend() { return trend; }
    public ObservableList<XYChart.Series<String, Number>> comparison() { return comparison; }
    public ReadOnlyStringProperty detailTitleProperty() { return detailTitle.getReadOnlyProperty(); }
    public ReadOnlyStringProperty headingProperty() { return heading.getReadOnlyProperty(); }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy; }
    public ReadOnlyObjectProperty<Report> reportProperty() { return report.getReadOnlyProperty(); }
}

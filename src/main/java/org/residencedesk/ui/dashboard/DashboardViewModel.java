package org.residencedesk.ui.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.chart.XYChart;
import org.residencedesk.domain.DateFormats;
import org.residencedesk.domain.account.Permission;
import org.residencedesk.service.Operator;
import org.residencedesk.service.ValidationFailure;
import org.residencedesk.service.permit.PermitListItem;
import org.residencedesk.service.permit.PermitPage;
import org.residencedesk.service.permit.PermitQueries;
import org.residencedesk.service.report.BreakdownRow;
import org.residencedesk.service.report.Dashboard;
import org.residencedesk.service.report.FigureValue;
import org.residencedesk.service.report.MyDay;
import org.residencedesk.service.report.Report;
import org.residencedesk.service.report.ReportService;
import org.residencedesk.service.report.ReportSheets;
import org.residencedesk.ui.BackgroundWork;
import org.residencedesk.ui.Fxml;

/**
 * The 工作台 (issue 15 item 3, ADR 0286): for a station chief (报表与统计) today's numbers, the queues that need
 * action and the trend of the last 14 days; for window staff 我的今日 (their own numbers) and the queues they work
 * on. Every number with a list behind it can be chosen: the queue's permits (names, masked ID numbers; the first
 * {@link #LIST_SIZE}), the overdue list, or a figure's share per staff member and village. Reads run off the FX
 * thread; {@link #busyProperty()} is true meanwhile. {@link #targetProperty()} names where the chosen work is done.
 */
public final class DashboardViewModel {
    static final ResourceBundle TEXTS = ResourceBundle.getBundle("i18n.report");
    static final int LIST_SIZE = 50;
    private static final Map<String, DashboardTarget> TARGETS = Map.of(
            "work.awaitingReview", DashboardTarget.PERMIT_REVIEW,
            "work.awaitingPrint", DashboardTarget.PERMIT_PRINT,
            "work.awaitingCollection", DashboardTarget.PERMIT_COLLECTION,
            "work.collectionOverdue", DashboardTarget.PERMIT_COLLECTION,
            "applications.awaitingMaterials", DashboardTarget.PERMIT_MATERIALS,
            "endorsements.dueSoon", DashboardTarget.ENDORSEMENT,
            "endorsements.lapsed", DashboardTarget.ENDORSEMENT,
            "work.pastPromisedDate", DashboardTarget.REPORT);

    private final ReportService reports;
    private final PermitQueries queries;
    private final Operator operator;
    private final BackgroundWork work;
    private final boolean chief;
    private final ObservableList<DashboardTile> today = FXCollections.observableArrayList();
    private final ObservableList<DashboardTile> queues = FXCollections.observableArrayList();
    private final ObservableList<XYChart.Series<String, Number>> trend = FXCollections.observableArrayList();
    private final ObservableList<DashboardRow> details = FXCollections.observableArrayList();
    private final ObservableList<String> detailHeaders = FXCollections.observableArrayList("", "", "", "");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper detailTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<DashboardTarget> target = new ReadOnlyObjectWrapper<>();
    private Report report;

    public DashboardViewModel(ReportService reports, PermitQueries queries, Operator operator, BackgroundWork work) {
        this.reports = reports;
        this.queries = queries;
        this.operator = operator;
        this.work = work;
        this.chief = operator.may(Permission.REPORTS);
    }

    /** Whether this operator has a 工作台 (the queues' permission, held by every counter role). */
    public static boolean available(Operator operator) {
        return operator.may(Permission.PERMIT_VIEW);
    }

    /** True for the chief's dashboard (with the trend), false for 我的今日. */
    public boolean chief() {
        return chief;
    }

    /** Reads the numbers again (the chief's read is audited by the service). */
    public void refresh() {
        busy.set(true);
        message.set(Fxml.text(TEXTS, "dashboard.loading"));
        if (chief) {
            work.run(() -> reports.dashboard(operator), this::fill, this::invalid, this::failed);
        } else {
            work.run(() -> reports.myDay(operator), this::fill, this::invalid, this::failed);
        }
    }

    private void fill(Dashboard d) {
        report = d.report();
        heading.set(Fxml.text(TEXTS, "dashboard.heading.chief", DateFormats.CHINESE_DATE.format(d.day())));
        today.setAll(d.today().stream().map(f -> tile(f, true)).toList());
        queues.setAll(d.queues().stream().map(f -> tile(f, TARGETS.containsKey(f.fullKey()))).toList());
        trend.clear();
        d.trend().series().forEach((key, values) -> {
            XYChart.Series<String, Number> s = new XYChart.Series<>();
            s.setName(d.report().labelOf(key));
            for (int i = 0; i < values.size(); i++) {
                LocalDate day = d.trend().days().get(i);
                s.getData().add(new XYChart.Data<>(day.getMonthValue() + "-" + day.getDayOfMonth(), values.get(i)));
            }
            trend.add(s);
        });
        done();
    }

    private void fill(MyDay d) {
        report = null;
        heading.set(Fxml.text(TEXTS, "dashboard.heading.staff", operator.displayName(),
                DateFormats.CHINESE_DATE.format(d.day())));
        today.setAll(d.mine().stream().map(f -> tile(f, false)).toList());
        queues.setAll(d.queues().stream().map(f -> tile(f, TARGETS.containsKey(f.fullKey()))).toList());
        trend.clear();
        done();
    }

    private void done() {
        busy.set(false);
        message.set("");
        details.clear();
        target.set(null);
        detailTitle.set(Fxml.text(TEXTS, "dashboard.detail.choose"));
    }

    private static DashboardTile tile(FigureValue f, boolean drillable) {
        return new DashboardTile(f.fullKey(), f.label(), ReportSheets.format(f.unit(), f.value()), drillable);
    }

    /** Shows the list behind the number {@code fullKey} and remembers where its work is done. */
    public void drill(String fullKey) {
        details.clear();
        boolean flow = report != null && report.figure(fullKey).filter(f -> !f.stock()).isPresent();
        target.set(TARGETS.getOrDefault(fullKey, flow ? DashboardTarget.REPORT : null));
        String label = label(fullKey);
        if (fullKey.equals("work.pastPromisedDate") && report != null) {
            headers("dashboard.column.number", "dashboard.column.name", "dashboard.column.idNumber",
                    "dashboard.column.promisedOn");
            report.pastPromisedDate().forEach(o -> details.add(new DashboardRow(o.permitId(), o.acceptanceNumber(),
                    o.name(), o.maskedIdNumber(), DateFormats.CHINESE_DATE.format(o.dueOn()))));
            detailTitle.set(Fxml.text(TEXTS, "dashboard.detail.queue", label, details.size()));
            return;
        }
        Optional<java.util.function.Supplier<PermitPage>> list = list(fullKey);
        if (list.isPresent()) {
            boolean endorsement = fullKey.startsWith("endorsements.");
            headers("dashboard.column.number", "dashboard.column.name", "dashboard.column.idNumber",
                    endorsement ? "dashboard.column.anniversary" : "dashboard.column.since");
            busy.set(true);
            work.run(() -> list.get().get(), page -> {
                busy.set(false);
                for (PermitListItem i : page.items()) {
                    LocalDate when = endorsement ? i.permit().nextAnniversary() : i.permit().statusSince();
                    details.add(new DashboardRow(i.permit().id(), i.permit().acceptanceNumber() == null ? ""
                            : i.permit().acceptanceNumber(), i.name(), i.maskedIdNumber(),
                            when == null ? "" : DateFormats.CHINESE_DATE.format(when)));
                }
                detailTitle.set(Fxml.text(TEXTS, page.more() ? "dashboard.detail.more" : "dashboard.detail.queue",
                        label, details.size()));
            }, this::invalid, this::failed);
            return;
        }
        if (flow) {
            FigureValue f = report.figure(fullKey).orElseThrow();
            headers("dashboard.column.kind", "dashboard.column.who", "dashboard.column.value", null);
            add(report.byStaff(), f, "dashboard.detail.staff");
            add(report.byDivision(), f, "dashboard.detail.division");
            detailTitle.set(Fxml.text(TEXTS, details.isEmpty() ? "dashboard.detail.none"
                    : "dashboard.detail.breakdown", label));
            return;
        }
        headers(null, null, null, null);
        detailTitle.set(Fxml.text(TEXTS, "dashboard.detail.none", label));
    }

    private Optional<java.util.function.Supplier<PermitPage>> list(String fullKey) {
        java.util.function.Supplier<PermitPage> s = switch (fullKey) {
            case "work.awaitingReview" -> () -> queries.reviewQueue(operator, 0, LIST_SIZE);
            case "work.awaitingPrint" -> () -> queries.printQueue(operator, 0, LIST_SIZE);
            case "work.awaitingCollection" -> () -> queries.awaitingCollection(operator, 0, 0, LIST_SIZE);
            case "work.collectionOverdue" -> () -> queries.overdueCollection(operator, 0, LIST_SIZE);
            case "applications.awaitingMaterials" -> () -> queries.awaitingMaterials(operator, 0, LIST_SIZE);
            case "endorsements.dueSoon" -> () -> queries.endorsementsDue(operator, 0, LIST_SIZE);
            case "endorsements.lapsed" -> () -> queries.lapsed(operator, 0, LIST_SIZE);
            default -> null;
        };
        return Optional.ofNullable(s);
    }

    private void add(List<BreakdownRow> rows, FigureValue f, String kindKey) {
        for (BreakdownRow b : rows) {
            Long n = b.values().get(f.fullKey());
            if (n != null) {
                details.add(new DashboardRow(b.code(), Fxml.text(TEXTS, kindKey), b.name(),
                        ReportSheets.format(f.unit(), n), ""));
            }
        }
    }

    private String label(String fullKey) {
        return java.util.stream.Stream.concat(today.stream(), queues.stream()).filter(t -> t.key().equals(fullKey))
                .map(DashboardTile::label).findFirst().orElse(fullKey);
    }

    private void headers(String... keys) {
        for (int i = 0; i < 4; i++) {
            detailHeaders.set(i, keys[i] == null ? "" : Fxml.text(TEXTS, keys[i]));
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

    public ObservableList<DashboardTile> today() { return today; }
    public ObservableList<DashboardTile> queues() { return queues; }
    public ObservableList<XYChart.Series<String, Number>> trend() { return trend; }
    public ObservableList<DashboardRow> details() { return details; }
    public ObservableList<String> detailHeaders() { return detailHeaders; }
    public ReadOnlyStringProperty headingProperty() { return heading.getReadOnlyProperty(); }
    public ReadOnlyStringProperty detailTitleProperty() { return detailTitle.getReadOnlyProperty(); }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<DashboardTarget> targetProperty() { return target.getReadOnlyProperty(); }
}

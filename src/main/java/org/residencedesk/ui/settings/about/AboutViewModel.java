package org.residencedesk.ui.settings.about;

import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.residencedesk.port.HealthReport;
import org.residencedesk.ui.BackgroundWork;
import org.residencedesk.ui.Fxml;

/**
 * 关于与诊断 (docs/decisions/0253): the program, database and station-policy versions and the same health report
 * {@code diagnose} prints, built off the FX thread; "复制给技术支持" copies the report's JSON as it is.
 */
public final class AboutViewModel {
    private final Supplier<HealthReport> diagnose;
    private final BackgroundWork work;
    private final StringProperty versions = new SimpleStringProperty("");
    private final StringProperty verdict = new SimpleStringProperty("");
    private final StringProperty report = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final StringProperty database = new SimpleStringProperty("");
    private org.residencedesk.port.DatabaseCondition condition;

    public AboutViewModel(Supplier<HealthReport> diagnose, BackgroundWork work) {
        this.diagnose = diagnose;
        this.work = work;
    }

    /**
     * Says at the top of the page, at each refresh, when the database is known to be damaged and changes are refused
     * (ADR 0333). Before {@link #refresh}.
     */
    public AboutViewModel following(org.residencedesk.port.DatabaseCondition databaseCondition) {
        this.condition = databaseCondition;
        return this;
    }

    /** Builds the report (the table check takes a few seconds on a large station). */
    public void refresh() {
        showDatabase();
        busy.set(true);
        verdict.set(Fxml.text("about.running"));
        work.run(diagnose::get, this::show, invalid -> busy.set(false), message -> {
            busy.set(false);
            verdict.set(message);
        });
    }

    private void showDatabase() {
        database.set(condition != null && condition.damaged()
                ? Fxml.text("about.databaseDamaged", new org.residencedesk.port.StationProblem(
                        org.residencedesk.port.StationProblem.Kind.DAMAGED, condition.location(), null).userMessage())
                : "");
    }

    private void show(HealthReport health) {
        showDatabase();
        busy.set(false);
        report.set(health.toJson());
        versions.set(Fxml.text("about.versions",
                fact(health, "version", "application"), fact(health, "version", "schema"),
                fact(health, "version", "stationPolicy")));
        List<String> attention = health.checks().stream().filter(c -> c.status() == HealthReport.Status.ATTENTION)
                .map(HealthReport.Check::name).toList();
        verdict.set(attention.isEmpty() ? Fxml.text("about.healthy")
                : Fxml.text("about.attention", String.join("、", attention)));
    }

    private static String fact(HealthReport health, String check, String fact) {
        return health.check(check).map(c -> String.valueOf(c.facts().get(fact))).orElse("?");
    }

    /** What 复制给技术支持 puts on the clipboard: the report's JSON, empty before the first refresh. */
    public String textForSupport() {
        return report.get();
    }

    public ReadOnlyStringProperty versionsProperty() {
        return versions;
    }

    /** 数据库已损坏，所有修改都被拒绝… while the database is known to be damaged; empty otherwise. */
    public ReadOnlyStringProperty databaseProperty() {
        return database;
    }

    public ReadOnlyStringProperty verdictProperty() {
        return verdict;
    }

    public ReadOnlyStringProperty reportProperty() {
        return report;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }
}

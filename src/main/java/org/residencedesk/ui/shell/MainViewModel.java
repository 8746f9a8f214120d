package org.residencedesk.ui.shell;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.residencedesk.domain.station.Station;
import org.residencedesk.port.PrinterCatalog;
import org.residencedesk.port.PrinterSettingsStore;
import org.residencedesk.port.printing.DocumentType;
import org.residencedesk.port.printing.PrinterInfo;
import org.residencedesk.service.AuthenticationService;
import org.residencedesk.service.Operator;
import org.residencedesk.ui.BackgroundWork;
import org.residencedesk.ui.Fxml;

/**
 * The main window's state: who is signed in, the station, and the status bar. Device and sync states
 * say 未配置 until those parts are configured — never a made-up "connected".
 */
public final class MainViewModel {
    private final Operator operator;
    private final Station station;
    private final AuthenticationService authentication;
    private final BackgroundWork work;
    private final StringProperty cardReaderStatus =
            new SimpleStringProperty(Fxml.text("status.cardReader", Fxml.text("status.notConfigured")));
    private final StringProperty printerStatus =
            new SimpleStringProperty(Fxml.text("status.printer", Fxml.text("status.notConfigured")));
    private final StringProperty syncStatus =
            new SimpleStringProperty(Fxml.text("status.sync", Fxml.text("status.notConfigured")));

    private final javafx.beans.property.BooleanProperty syncWarning =
            new javafx.beans.property.SimpleBooleanProperty(false);
    private final StringProperty auditStatus = new SimpleStringProperty("");
    private final StringProperty databaseStatus = new SimpleStringProperty("");
    /** 尚未配置：读卡器、平台 while the first-run wizard's skipped settings are missing; empty once all are made. */
    private final StringProperty setupStatus = new SimpleStringProperty("");
    private org.residencedesk.service.setup.SetupChecklist checklist;

    public MainViewModel(Operator operator, Station station, AuthenticationService authentication,
                         BackgroundWork work) {
        this.operator = operator;
        this.station = station;
        this.authentication = authentication;
        this.work = work;
    }

    public String operatorText() {
        return Fxml.text("main.operator", operator.displayName());
    }

    public String stationText() {
        return Fxml.text("main.station", station.name(), station.code().value());
    }

    public Operator operator() { return operator; }

    /** The work areas this operator may open, in tab order; the window shows no other (docs/permissions.md). */
    public List<WorkArea> areas() {
        return Arrays.stream(WorkArea.values()).filter(area -> operator.may(area.permission())).toList();
    }

    public ReadOnlyStringProperty cardReaderStatus() { return cardReaderStatus; }

    public ReadOnlyStringProperty printerStatus() { return printerStatus; }

    /** The status bar's sync segment; the shell binds it to {@code ui.sync.SyncStatusViewModel} (ADR 0270). */
    public StringProperty syncStatus() { return syncStatus; }

    /** True while the sync segment needs attention (shown in the warning colour). */
    public javafx.beans.property.BooleanProperty syncWarning() { return syncWarning; }

    /** The status bar's line when the audit check failed (no details); empty otherwise. Bound by the shell. */
    public StringProperty auditStatus() { return auditStatus; }

    /** The status bar's line when the database is known to be damaged (ADR 0333); empty otherwise. Bound by the shell. */
    public StringProperty databaseStatus() { return databaseStatus; }

    /** The status bar's 尚未配置 segment (ADR 0316); empty when nothing is missing. */
    public ReadOnlyStringProperty setupStatus() { return setupStatus; }

    /** Shows what is still missing now and whenever {@link #refreshSetup()} asks again. */
    public void checkSetup(org.residencedesk.service.setup.SetupChecklist checklist) {
        this.checklist = checklist;
        refreshSetup();
    }

    /** Recomputes 尚未配置 off the FX thread (the window asks when the operator changes area). */
    public void refreshSetup() {
        if (checklist == null) {
            return;
        }
        org.residencedesk.service.setup.SetupChecklist list = checklist;
        work.run(() -> list.missing(operator), items -> setupStatus.set(describeMissing(items)), invalid -> { },
                message -> { });
    }

    static String describeMissing(List<org.residencedesk.service.setup.SetupItem> missing) {
        if (missing.isEmpty()) {
            return "";
        }
        return Fxml.text("main.setupMissing", String.join("、", missing.stream()
                .map(item -> Fxml.text(item.labelKey())).toList()));
    }

    /** FX thread: what the card reader last reported (已连接 / 未连接 / 读卡失败：…). */
    public void showCardReaderStatus(String text) {
        cardReaderStatus.set(Fxml.text("status.cardReader", text));
    }

    /** FX thread. */
    public void showPrinterStatus(String text) {
        printerStatus.set(Fxml.text("status.printer", text));
    }

    /** Looks up the printer off the FX thread and shows it in the status bar; a failure leaves 未配置. */
    public void checkPrinter(PrinterCatalog catalog, PrinterSettingsStore settings) {
        work.run(() -> describePrinters(catalog, settings), this::showPrinterStatus, invalid -> { }, message -> { });
    }

    /**
     * Worker thread: the printer this counter will use — the one chosen in 系统设置, else the system
     * default, else 未配置 — and whether its queue accepts jobs.
     */
    static String describePrinters(PrinterCatalog catalog, PrinterSettingsStore settings) {
        String chosen = settings.load().profileFor(DocumentType.REGISTRATION_CERTIFICATE).printerName();
        List<PrinterInfo> printers = catalog.listPrinters();
        Optional<PrinterInfo> printer = printers.stream()
                .filter(p -> chosen == null ? p.systemDefault() : p.name().equals(chosen)).findFirst();
        if (printer.isEmpty()) {
            return chosen == null ? Fxml.text("status.notConfigured") : Fxml.text("status.printerMissing", chosen);
        }
        return Fxml.text(printer.get().acceptingJobs() ? "status.printerReady" : "status.printerPaused",
                printer.get().name());
    }

    /** Signs out (audited); {@code onLoggedOut} runs afterwards even if the audit entry could not be written. */
    void logout(Runnable onLoggedOut) {
        work.run(() -> {
            authentication.logout(operator);
            return null;
        }, ignored -> onLoggedOut.run(), invalid -> onLoggedOut.run(), message -> onLoggedOut.run());
    }
}

package org.residencedesk.ui.reminder;

import java.nio.file.Path;
import java.util.List;
import java.util.ResourceBundle;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.residencedesk.domain.account.Permission;
import org.residencedesk.domain.masterdata.Division;
import org.residencedesk.port.PrinterSettingsStore;
import org.residencedesk.port.printing.ExportOutcome;
import org.residencedesk.port.printing.PrintOutcome;
import org.residencedesk.port.printing.PrinterProfile;
import org.residencedesk.port.printing.PrinterSettings;
import org.residencedesk.port.report.ReminderKind;
import org.residencedesk.service.Operator;
import org.residencedesk.service.report.ReminderLetterService;
import org.residencedesk.service.report.ReminderLetterService.Output;
import org.residencedesk.service.report.ReminderRow;
import org.residencedesk.service.report.ReminderService;
import org.residencedesk.service.report.ReportExportFailed;
import org.residencedesk.ui.BackgroundWork;
import org.residencedesk.ui.Fxml;
import org.residencedesk.ui.print.PreviewAudit;
import org.residencedesk.ui.print.Previewer;

/**
 * 提醒 on the 工作台 (issue 15 item 4): the people of a {@link ReminderKind}, all or one village, with masked ID
 * numbers; their 提醒函 (one page each) printed on this PC's printer for the letters or written as one PDF; the
 * SMS list with mobile numbers for the chief (导出个人信息). Work runs off the FX thread; the outcome (or the refusal)
 * is the {@link #messageProperty()}.
 */
public final class ReminderViewModel {
    static final ResourceBundle TEXTS = ResourceBundle.getBundle("i18n.report");

    private final ReminderService reminders;
    private final ReminderLetterService letters;
    private final PrinterSettingsStore printerSettings;
    private final Operator operator;
    private final BackgroundWork work;
    private final ObjectProperty<ReminderKind> kind = new SimpleObjectProperty<>(ReminderKind.ENDORSEMENT_DUE);
    /** The chosen village, or null for the whole station. */
    private final ObjectProperty<Division> village = new SimpleObjectProperty<>();
    private final ObservableList<Division> villages = FXCollections.observableArrayList();
    private final ObservableList<ReminderRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private Previewer previewer = (title, document, audit) -> { };

    public ReminderViewModel(ReminderService reminders, ReminderLetterService letters,
                             PrinterSettingsStore printerSettings, Operator operator, BackgroundWork work) {
        this.reminders = reminders;
        this.letters = letters;
        this.printerSettings = printerSettings;
        this.operator = operator;
        this.work = work;
        kind.addListener((o, was, now) -> refresh());
        village.addListener((o, was, now) -> refresh());
    }

    /** Reads the villages for the filter, then the list. */
    public void load() {
        busy.set(true);
        work.run(() -> letters.villages(operator), found -> {
            villages.setAll(found);
            refresh();
        }, invalid -> failed(invalid.getMessage()), this::failed);
    }

    /** Reads the people of the chosen kind and village. */
    public void refresh() {
        busy.set(true);
        ReminderKind k = kind.get();
        String v = villageCode();
        work.run(() -> reminders.list(operator, k, v), found -> {
            busy.set(false);
            rows.setAll(found);
            message.set(Fxml.text(TEXTS, "report.reminder.ui.count", found.size()));
        }, invalid -> failed(invalid.getMessage()), this::failed);
    }

    /** Writes the chosen list's letters as one PDF at {@code target} (the file chooser asked before replacing). */
    public void exportLetters(Path target) {
        export(Output.LETTERS, target);
    }

    /** Writes the chosen list's letters or printed list as one PDF at {@code target} (replacing: the chooser asked). */
    public void export(Output output, Path target) {
        busy.set(true);
        ReminderKind k = kind.get();
        String v = villageCode();
        work.run(() -> {
            try {
                return letters.exportPdf(operator, k, v, output, target, true).outcome().message();
            } catch (ReportExportFailed e) {
                return e.userMessage();
            }
        }, this::done, invalid -> failed(invalid.getMessage()), this::failed);
    }

    /** Sends the chosen list's letters to this PC's printer for 提醒函 (系统设置 → 打印机). */
    public void printLetters() {
        print(Output.LETTERS);
    }

    /** Sends the chosen list's letters or printed list to this PC's printer for its document type. */
    public void print(Output output) {
        busy.set(true);
        ReminderKind k = kind.get();
        String v = villageCode();
        work.run(() -> {
            PrinterSettings stored = printerSettings.load();
            PrinterProfile profile = stored.profileFor(output.documentType());
            return letters.print(operator, k, v, output, profile, stored.calibrationFor(profile.printerName()))
                    .message();
        }, this::done, invalid -> failed(invalid.getMessage()), this::failed);
    }

    /**
     * Opens the chosen list's letters or printed list in the print preview (it prints, exports and closes with Esc
     * there); nobody to remind is said instead.
     */
    public void preview(Output output) {
        busy.set(true);
        ReminderKind k = kind.get();
        String v = villageCode();
        work.run(() -> letters.document(operator, k, v, output), made -> {
            busy.set(false);
            if (made.count() == 0) {
                message.set(Fxml.text(TEXTS, output == Output.LIST ? "report.list.none" : "report.letter.none"));
                return;
            }
            message.set("");
            // a print or PDF from the preview is audited with the kind, the village and the count (ADR 0347)
            previewer.show(Fxml.text(TEXTS, "report.reminder.ui.preview." + output.name()), made.document(),
                    new PreviewAudit() {
                        @Override
                        public void printed(PrintOutcome outcome) {
                            letters.recordPreviewPrint(operator, k, v, output, made.count(), outcome);
                        }

                        @Override
                        public void exported(ExportOutcome outcome) {
                            letters.recordPreviewExport(operator, k, v, output, made.count(), outcome);
                        }
                    });
        }, invalid -> failed(invalid.getMessage()), this::failed);
    }

    /** Where previews open (the window's print preview); nothing until set. */
    public void showPreviewsWith(Previewer target) {
        this.previewer = target;
    }

    /** Writes the SMS list (mobile numbers) of the chosen list at {@code target}; the chief's. */
    public void exportSms(Path target) {
        busy.set(true);
        ReminderKind k = kind.get();
        String v = villageCode();
        work.run(() -> {
            try {
                int n = reminders.exportSms(operator, k, v, target, true);
                return Fxml.text(TEXTS, "report.reminder.ui.smsDone", n, target.getFileName());
            } catch (ReportExportFailed e) {
                return e.userMessage();
            }
        }, this::done, invalid -> failed(invalid.getMessage()), this::failed);
    }

    private void done(String text) {
        busy.set(false);
        message.set(text);
    }

    private void failed(String text) {
        busy.set(false);
        message.set(text);
    }

    private String villageCode() {
        Division d = village.get();
        return d == null ? null : d.code();
    }

    /** Whether this operator may print the letters (出具文书). */
    public boolean mayPrintLetters() {
        return operator.may(Permission.DOCUMENT_OUTPUT);
    }

    /** Whether this operator may write the SMS list with mobile numbers (导出个人信息, the chief). */
    public boolean mayExportSms() {
        return operator.may(Permission.EXPORT);
    }

    public static List<ReminderKind> kinds() {
        return List.of(ReminderKind.values());
    }

    public ObjectProperty<ReminderKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<Division> villageProperty() {
        return village;
    }

    public ObservableList<Division> villages() {
        return villages;
    }

    public ObservableList<ReminderRow> rows() {
        return rows;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}

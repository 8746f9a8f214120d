package org.residencedesk.ui.settings.backup;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.residencedesk.domain.DateFormats;
import org.residencedesk.port.BackupSettingsStore.LastBackup;
import org.residencedesk.service.Operator;
import org.residencedesk.service.ValidationFailure;
import org.residencedesk.service.backup.BackupFailed;
import org.residencedesk.service.backup.BackupResult;
import org.residencedesk.service.backup.BackupService;
import org.residencedesk.service.backup.BackupStatus;
import org.residencedesk.ui.BackgroundWork;
import org.residencedesk.ui.FieldErrors;
import org.residencedesk.ui.Fxml;

/**
 * 备份设置 (docs/decisions/0156): the daily backup's folder and how many backups to keep, "立即备份" into that
 * folder off the FX thread, and the last backup's outcome. Service calls run through {@link BackgroundWork};
 * failures come back as one Chinese line, input problems beside their field.
 */
public final class BackupViewModel {
    private final BackupService service;
    private final Operator operator;
    private final Clock clock;
    private final BackgroundWork work;
    private final StringProperty folder = new SimpleStringProperty("");
    private final StringProperty keep = new SimpleStringProperty(Integer.toString(BackupService.DEFAULT_KEEP));
    private final ReadOnlyStringWrapper schedule = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper lastBackup = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final FieldErrors errors = new FieldErrors("folder", "keep");

    public BackupViewModel(BackupService service, Operator operator, Clock clock, BackgroundWork work) {
        this.service = service;
        this.operator = operator;
        this.clock = clock;
        this.work = work;
    }

    /** Reads the settings and the last outcome (off the FX thread). */
    public void load() {
        busy.set(true);
        work.run(() -> service.status(operator), status -> {
            busy.set(false);
            status.settings().ifPresent(s -> {
                folder.set(s.folder().toString());
                keep.set(Integer.toString(s.keep()));
            });
            show(status);
        }, invalid -> busy.set(false), this::failed);
    }

    /** Saves folder and retention for the daily backup (audited by the service). */
    public void save() {
        save(() -> { });
    }

    /** Saves, then {@code afterSaved} once the settings are stored (the first-run wizard's 下一步, ADR 0315). */
    public void save(Runnable afterSaved) {
        errors.clear();
        message.set("");
        Integer n = keepValue();
        Path path = folderValue();
        if (n == null || path == null) {
            return;
        }
        busy.set(true);
        work.run(() -> {
            service.configure(operator, path, n);
            return service.status(operator);
        }, status -> {
            busy.set(false);
            message.set(Fxml.text("backup.ui.saved"));
            show(status);
            afterSaved.run();
        }, invalid -> {
            busy.set(false);
            errors.show(invalid.fieldMessages(), "folder");
        }, this::failed);
    }

    /** Backs up into the folder shown now, off the FX thread; {@link #busyProperty()} is true meanwhile. */
    public void backupNow() {
        errors.clear();
        message.set(Fxml.text("backup.ui.running"));
        Path path = folderValue();
        if (path == null) {
            message.set("");
            return;
        }
        busy.set(true);
        work.run(() -> {
            try {
                BackupResult result = service.backup(operator, path);
                return Map.entry(result, service.status(operator));
            } catch (BackupFailed e) {
                // the folder is the cause: its message goes beside the folder field
                throw new ValidationFailure(Map.of("folder", e.getMessage()));
            }
        }, done -> {
            busy.set(false);
            BackupResult result = done.getKey();
            message.set(Fxml.text("backup.ui.done", result.backup().name(), result.removed().size()));
            show(done.getValue());
        }, invalid -> {
            busy.set(false);
            message.set("");
            errors.show(invalid.fieldMessages(), "folder");
            work.run(() -> service.status(operator), this::show, ignored -> { }, ignored -> { });
        }, this::failed);
    }

    private void failed(String text) {
        busy.set(false);
        message.set(text);
    }

    private void show(BackupStatus status) {
        schedule.set(status.settingsProblem().orElseGet(() -> status.settings()
                .map(s -> Fxml.text("backup.ui.scheduled", s.folder().toString(), s.keep()))
                .orElse(Fxml.text("backup.ui.notScheduled"))));
        lastBackup.set(status.last().map(this::describe).orElse(Fxml.text("backup.ui.never")));
    }

    private String describe(LastBackup last) {
        String at = time(last.at());
        return last.succeeded() ? Fxml.text("backup.ui.lastOk", at, last.backupName())
                : Fxml.text("backup.ui.lastFailed", at, BackupStatus.problemText(last.problem()));
    }

    private String time(Instant instant) {
        return DateFormats.DATE_TIME_SECONDS.format(instant.atZone(clock.getZone()));
    }

    private Integer keepValue() {
        try {
            int n = Integer.parseInt(keep.get().strip());
            if (n >= 1 && n <= BackupService.MAX_KEEP) {
                return n;
            }
        } catch (NumberFormatException e) {
            // shown below
        }
        errors.show(Map.of("keep", Fxml.text("backup.settings.keepRange", BackupService.MAX_KEEP)), "keep");
        return null;
    }

    private Path folderValue() {
        String text = folder.get() == null ? "" : folder.get().strip();
        if (text.isEmpty()) {
            errors.show(Map.of("folder", Fxml.text("backup.settings.folderMissing")), "folder");
            return null;
        }
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            errors.show(Map.of("folder", Fxml.text("backup.ui.badFolder")), "folder");
            return null;
        }
    }

    public StringProperty folderProperty() {
        return folder;
    }

    public StringProperty keepProperty() {
        return keep;
    }

    public ReadOnlyStringProperty scheduleProperty() {
        return schedule.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lastBackupProperty() {
        return lastBackup.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyStringProperty errorOf(String field) {
        return errors.of(field);
    }
}

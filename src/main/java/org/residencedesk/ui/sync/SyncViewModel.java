package org.residencedesk.ui.sync;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.residencedesk.domain.DateFormats;
import org.residencedesk.domain.account.Permission;
import org.residencedesk.domain.outbox.RejectedEvent;
import org.residencedesk.port.platform.SyncStateStore.SyncRun;
import org.residencedesk.service.Operator;
import org.residencedesk.service.sync.SyncActivity;
import org.residencedesk.service.sync.SyncOutcome;
import org.residencedesk.service.sync.SyncOverview;
import org.residencedesk.service.sync.SyncReport;
import org.residencedesk.service.sync.SyncService;
import org.residencedesk.service.sync.SyncSnapshot;
import org.residencedesk.ui.BackgroundWork;

/**
 * The 同步 screen (issue 13 item 5, ADRs 0270, 0340): where sync stands, 立即同步 with a progress bar (the run on a
 * worker; the bar follows any run of this process, the schedule's too), the history of runs with their messages, the events the platform
 * rejected with its message and what to do, the alert with 解除告警, and the clock and long-offline warnings.
 */
public final class SyncViewModel {
    static final int HISTORY = 50;
    static final int REJECTED = 200;

    /** One run of the history, as shown. */
    public record HistoryRow(String started, String trigger, String outcome, int uploaded, int duplicates,
                             int rejected, long backlog, String message) {
    }

    /**
     * One rejected event, as shown; {@code aggregateType} and {@code record} (its local id) name the record that
     * {@link #openRecord} opens, {@code correction} says whether its correcting event went out (ADR 0307).
     */
    public record RejectedRow(long seq, String type, String record, String occurred, String error,
                              String aggregateType, String correction) {
    }

    private record Loaded(SyncSnapshot snapshot, List<SyncRun> history, List<RejectedEvent> rejected) {
    }

    private final SyncService sync;
    private final SyncOverview overview;
    private final Operator operator;
    private final Clock clock;
    private final BackgroundWork work;

    public final StringProperty lastSuccess = new SimpleStringProperty("");
    public final StringProperty backlog = new SimpleStringProperty("");
    public final StringProperty state = new SimpleStringProperty("");
    public final StringProperty alert = new SimpleStringProperty("");
    public final BooleanProperty alertOpen = new SimpleBooleanProperty(false);
    public final StringProperty warnings = new SimpleStringProperty("");
    public final BooleanProperty running = new SimpleBooleanProperty(false);
    /** 0..1 while the queue drains; -1 (indeterminate) before the first batch is confirmed. */
    public final DoubleProperty progress = new SimpleDoubleProperty(0);
    public final StringProperty progressText = new SimpleStringProperty("");
    public final StringProperty message = new SimpleStringProperty("");
    public final ObservableList<HistoryRow> history = FXCollections.observableArrayList();
    public final ObservableList<RejectedRow> rejected = FXCollections.observableArrayList();
    /** True while this screen's own 立即同步 is on its way (before and after the uploader's lease). */
    private boolean ownRun;
    /** {@link SyncActivity#runsEnded()} at the last poll; -1 before the first. */
    private long runsSeen = -1;
    private RecordNavigation records = RecordNavigation.NONE;

    public SyncViewModel(SyncService sync, SyncOverview overview, Operator operator, Clock clock,
                         BackgroundWork work) {
        this.sync = sync;
        this.overview = overview;
        this.operator = operator;
        this.clock = clock;
        this.work = work;
    }

    /** Opens a rejected event's record in its own area (the shell's navigation, ADR 0307). */
    public SyncViewModel navigateWith(RecordNavigation navigation) {
        this.records = navigation;
        return this;
    }

    /** Whether {@code row}'s record can be opened here (the row's 更正 button and Enter). */
    public boolean mayOpen(RejectedRow row) {
        return row != null && records.offers(row.aggregateType());
    }

    /** 打开更正: the record of {@code row} in its area; the hint says what to do when it cannot be opened here. */
    public void openRecord(RejectedRow row) {
        if (row == null) {
            message.set(SyncText.text("syncui.screen.chooseRejected"));
        } else if (!mayOpen(row)) {
            message.set(SyncText.text("syncui.screen.cannotOpen", row.type(), row.record()));
        } else {
            message.set("");
            records.open(row.aggregateType(), row.record(),
                    () -> message.set(SyncText.text("syncui.screen.recordNotFound", row.record())), message::set);
        }
    }

    /** 立即同步 and 解除告警 are for 管理员 and 站长 (SYNC_RUN). */
    public boolean mayRun() {
        return operator.may(Permission.SYNC_RUN);
    }

    /** Reads state, history and rejected events (database only). */
    public void refresh() {
        work.run(() -> new Loaded(overview.snapshot(operator), sync.history(operator, HISTORY),
                sync.rejected(operator, REJECTED)), this::show, invalid -> { }, message::set);
    }

    /** Asks the platform for its time (one request), then refreshes. */
    public void checkClock() {
        work.run(() -> overview.measureClock(operator), skew -> refresh(), invalid -> { }, message::set);
    }

    /** One upload run now, on a worker; the progress comes from {@link #pollProgress}. */
    public void syncNow() {
        if (running.get()) {
            return; // a run of this process is going (the button is disabled meanwhile)
        }
        ownRun = true;
        progress.set(-1);
        progressText.set(SyncText.text("syncui.screen.running"));
        running.set(true); // last: the bar shows with its text already set
        message.set("");
        work.run(() -> sync.syncNow(operator), this::finished, invalid -> { }, failure -> {
            ownRun = false;
            running.set(false);
            progress.set(0);
            progressText.set("");
            message.set(failure);
        });
    }

    /**
     * What this process's uploader is doing (in memory, ADR 0340): a run started here, by the schedule or after a
     * change shows the bar and disables 立即同步; when a run that was not this screen's ends, the history is read
     * again. The view calls it every 400 ms on the window's thread.
     */
    public void pollProgress() {
        SyncActivity now;
        try {
            now = overview.activity(operator);
        } catch (RuntimeException refused) {
            return; // no SYNC_VIEW: the area is not shown to this operator
        }
        boolean ended = runsSeen >= 0 && now.runsEnded() != runsSeen;
        runsSeen = now.runsEnded();
        if (now.running()) {
            progress.set(now.share());
            String by = SyncText.trigger(now.trigger());
            progressText.set(now.backlogAtStart() > 0
                    ? SyncText.text("syncui.screen.runningCountBy", by, now.confirmed(), now.backlogAtStart())
                    : SyncText.text("syncui.screen.runningBy", by));
            running.set(true); // last: the bar never shows without its text
        } else if (!ownRun) {
            if (running.get()) {
                running.set(false);
                progress.set(0);
                progressText.set("");
            }
            if (ended) {
                refresh();
            }
        }
    }

    private void finished(SyncReport report) {
        ownRun = false;
        runsSeen = -1; // this run's end is shown here; the poll only notes the count again
        running.set(false);
        progress.set(report.outcome() == SyncOutcome.OK ? 1 : 0);
        progressText.set("");
        message.set(report.outcome() == SyncOutcome.OK
                ? SyncText.text("syncui.screen.done", report.uploaded(), report.duplicates(), report.rejected(),
                        report.backlog())
                : SyncText.text("syncui.screen.notDone", report.message() == null
                        ? SyncText.outcome(report.outcome().name()) : report.message()));
        refresh();
    }

    /** 解除告警 (after the operator confirmed); audited by the service. */
    public void clearAlert() {
        work.run(() -> sync.clearAlert(operator), cleared -> {
            message.set(SyncText.text("syncui.screen.alertCleared"));
            refresh();
        }, invalid -> { }, message::set);
    }

    private void show(Loaded loaded) {
        SyncSnapshot s = loaded.snapshot();
        lastSuccess.set(SyncText.lastSuccess(s, clock));
        backlog.set(SyncText.text("syncui.screen.backlogCount", s.backlog()));
        if (!s.configured()) {
            state.set(SyncText.text("syncui.screen.notConfigured"));
        } else if (s.offlineSince().isPresent()) {
            state.set(SyncText.text("syncui.screen.offline", SyncText.time(s.offlineSince().get(), clock),
                    s.latest().map(SyncRun::message).orElse("")));
        } else if (s.latest().isEmpty()) {
            state.set(SyncText.text("syncui.screen.offlineNoRun"));
        } else {
            state.set(SyncText.text("syncui.screen.online"));
        }
        alertOpen.set(s.alert().isPresent());
        alert.set(s.alert().map(a -> SyncText.text("syncui.screen.alert", a.message())).orElse(""));
        StringBuilder w = new StringBuilder();
        if (s.clockSkewed()) {
            w.append(SyncText.clockWarning(s));
        }
        if (s.longOffline()) {
            w.append(w.length() > 0 ? "\n" : "").append(SyncText.longOfflineWarning(s));
        }
        warnings.set(w.toString());
        history.setAll(loaded.history().stream().map(this::row).toList());
        rejected.setAll(loaded.rejected().stream().map(this::row).toList());
    }

    private HistoryRow row(SyncRun r) {
        return new HistoryRow(SyncText.time(r.startedAt(), clock), SyncText.trigger(r.trigger()),
                SyncText.outcome(r.outcome()), r.uploaded(), r.duplicates(), r.rejected(), r.backlog(),
                r.message() == null ? "" : r.message());
    }

    private RejectedRow row(RejectedEvent r) {
        return new RejectedRow(r.event().seq(), SyncText.text("syncui.event." + r.event().type().name()),
                r.event().aggregateId(),
                DateFormats.DATE_TIME.format(LocalDateTime.ofInstant(r.event().occurredAt().toInstant(),
                        clock.getZone())), r.error() == null ? "" : r.error(), r.event().aggregateType(),
                correction(r));
    }

    private static String correction(RejectedEvent r) {
        if (r.correctionSeq() == null) {
            return SyncText.text("syncui.correction.none");
        }
        return SyncText.text(switch (r.correctionStatus()) {
            case ACCEPTED, DUPLICATE -> "syncui.correction.accepted";
            case PENDING -> "syncui.correction.pending";
            case REJECTED -> "syncui.correction.rejected";
        }, r.correctionSeq());
    }
}

package org.residencedesk.service.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.residencedesk.domain.account.Permission;
import org.residencedesk.domain.outbox.OutboxEvent;
import org.residencedesk.port.Outbox;
import org.residencedesk.port.Transactions;
import org.residencedesk.port.platform.PlatformClient;
import org.residencedesk.port.platform.PlatformRefused;
import org.residencedesk.port.platform.PlatformUnavailable;
import org.residencedesk.port.platform.SyncStateStore;
import org.residencedesk.port.platform.SyncStateStore.SyncRun;
import org.residencedesk.service.Operator;
import org.residencedesk.service.Requires;

/**
 * The operator's view of platform sync (issue 13 item 5, ADR 0270): the status bar's and the 同步 screen's state
 * ({@link #snapshot}, from the database only) and the clock check against the platform ({@link #measureClock}, one
 * request). Both need {@link Permission#SYNC_VIEW}; nothing here changes anything.
 */
public final class SyncOverview {
    /** PLATFORM-API.md §5: the client warns when its clock is more than five minutes off. */
    public static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(5);
    /** How many runs back {@code offlineSince} is looked for (3 days of 5-minute runs is 864). */
    static final int OFFLINE_SCAN = 2000;

    private final Transactions tx;
    private final Outbox outbox;
    private final SyncStateStore state;
    private final PlatformClient platform;
    private final Clock clock;
    private volatile Optional<Duration> clockSkew = Optional.empty();
    /** The uploader of this process, whose running state the screens poll (ADR 0340). */
    private final SyncService sync;
    /**
     * Without a successful sync for longer than this, every screen warns (ADR 0270); the counter keeps working. The
     * station policy's {@code sync.longOfflineDays} (ADR 0341).
     */
    private final Duration longOffline;

    public SyncOverview(Transactions tx, Outbox outbox, SyncStateStore state, PlatformClient platform, Clock clock,
                        SyncService sync, Duration longOffline) {
        if (longOffline.isNegative() || longOffline.isZero()) {
            throw new IllegalArgumentException("long-offline limit must be positive: " + longOffline);
        }
        this.sync = sync;
        this.longOffline = longOffline;
        this.tx = tx;
        this.outbox = outbox;
        this.state = state;
        this.platform = platform;
        this.clock = clock;
    }

    /** Where sync stands, without contacting the platform. */
    @Requires(Permission.SYNC_VIEW)
    public SyncSnapshot snapshot(Operator operator) {
        operator.require(Permission.SYNC_VIEW);
        boolean configured = platform.configured();
        return tx.readOnly(() -> {
            Optional<SyncRun> success = state.lastSuccessfulRun();
            Optional<SyncRun> latest = state.recentRuns(1).stream().findFirst();
            long backlog = outbox.countPending();
            Optional<Instant> offlineSince = Optional.empty();
            if (latest.isPresent() && !reached(latest.get())) {
                offlineSince = offlineSince(success);
            }
            Optional<Instant> reference = success.map(SyncRun::finishedAt);
            if (reference.isEmpty() && backlog > 0) {
                // never synced: how long the oldest event has been waiting
                reference = outbox.pending(1).stream().findFirst().map(OutboxEvent::occurredAt)
                        .map(OffsetDateTime::toInstant);
            }
            boolean isLongOffline = configured && reference.isPresent()
                    && Duration.between(reference.get(), clock.instant()).compareTo(longOffline) > 0;
            return new SyncSnapshot(configured, success, latest, backlog, offlineSince, state.openAlert(), clockSkew,
                    isLongOffline, longOffline);
        });
    }

    /**
     * What this process's uploader is doing now: a run started by 立即同步, the schedule or a change, and how far it
     * got (ADR 0340). In memory — no database, no platform — so the window may poll it from its own thread.
     */
    @Requires(Permission.SYNC_VIEW)
    public SyncActivity activity(Operator operator) {
        operator.require(Permission.SYNC_VIEW);
        return sync.activity();
    }

    /** The first failed run after the last success (or the first run of all when none ever succeeded). */
    private Optional<Instant> offlineSince(Optional<SyncRun> success) {
        List<SyncRun> runs = state.recentRuns(OFFLINE_SCAN);
        Instant since = null;
        for (SyncRun run : runs) { // newest first
            if (success.isPresent() && run.id() <= success.get().id()) {
                break;
            }
            since = run.startedAt();
        }
        return Optional.ofNullable(since);
    }

    static boolean reached(SyncRun run) {
        return SyncOutcome.OK.name().equals(run.outcome()) || SyncOutcome.STOPPED.name().equals(run.outcome());
    }

    /**
     * Asks the platform for its time ({@code GET /api/v1/time}) and keeps the difference for the snapshots: the
     * platform's time minus the station's, or empty when the platform could not be asked. Blocks: never on the FX
     * thread.
     */
    @Requires(Permission.SYNC_VIEW)
    public Optional<Duration> measureClock(Operator operator) {
        operator.require(Permission.SYNC_VIEW);
        if (!platform.configured()) {
            clockSkew = Optional.empty();
            return clockSkew;
        }
        Instant before = clock.instant();
        try {
            OffsetDateTime platformNow = platform.time();
            Instant after = clock.instant();
            Instant middle = before.plus(Duration.between(before, after).dividedBy(2));
            clockSkew = Optional.of(Duration.between(middle, platformNow.toInstant()));
        } catch (PlatformUnavailable | PlatformRefused e) {
            // offline: the last measurement stays (the clock did not change because the network went down)
        }
        return clockSkew;
    }
}

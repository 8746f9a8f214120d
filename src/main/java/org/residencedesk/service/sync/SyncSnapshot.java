package org.residencedesk.service.sync;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.residencedesk.port.platform.SyncStateStore.SyncAlert;
import org.residencedesk.port.platform.SyncStateStore.SyncRun;

/**
 * Where the station's sync stands for the status bar and the 同步 screen, read without contacting the platform
 * (issue 13 item 5).
 *
 * @param configured   whether {@code platform.properties} is there and usable
 * @param lastSuccess  the latest run that reached the platform
 * @param latest       the latest run of any outcome (its message says why it failed)
 * @param backlog      events waiting for the platform's acknowledgement
 * @param offlineSince when the first run after the last success failed to reach the platform; empty while online
 * @param alert        the open alert that stops uploading (CONFLICT or an unfillable GAP)
 * @param clockSkew    the platform's time minus the station's, as last measured ({@code GET /api/v1/time})
 * @param longOffline  true when the station has gone {@code longOfflineLimit} without reaching the platform
 *                     although it is configured; the counter keeps working
 * @param longOfflineLimit the station policy's {@code sync.longOfflineDays} (ADR 0341)
 */
public record SyncSnapshot(boolean configured, Optional<SyncRun> lastSuccess, Optional<SyncRun> latest, long backlog,
                           Optional<Instant> offlineSince, Optional<SyncAlert> alert, Optional<Duration> clockSkew,
                           boolean longOffline, Duration longOfflineLimit) {
    /** True when the last measured clock difference is beyond {@link SyncOverview#MAX_CLOCK_SKEW}. */
    public boolean clockSkewed() {
        return clockSkew.map(d -> d.abs().compareTo(SyncOverview.MAX_CLOCK_SKEW) > 0).orElse(false);
    }
}

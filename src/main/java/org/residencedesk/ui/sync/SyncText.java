package org.residencedesk.ui.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import org.residencedesk.domain.DateFormats;
import org.residencedesk.port.platform.SyncStateStore.SyncRun;
import org.residencedesk.service.sync.SyncSnapshot;
import org.residencedesk.ui.Fxml;

/** The Chinese texts of platform sync for operators ({@code i18n/syncui.properties}). */
public final class SyncText {
    public static final ResourceBundle BUNDLE = ResourceBundle.getBundle("i18n.syncui");

    private SyncText() {
    }

    public static String text(String key, Object... args) {
        return Fxml.text(BUNDLE, key, args);
    }

    static String time(Instant at, Clock clock) {
        return DateFormats.DATE_TIME.format(LocalDateTime.ofInstant(at, clock.getZone()));
    }

    /** The status bar's segments: state and backlog, then the alert, the clock and the long-offline warnings. */
    static List<String> statusSegments(SyncSnapshot s, Clock clock) {
        List<String> out = new ArrayList<>();
        if (s.alert().isPresent()) {
            out.add(text("syncui.status.stopped", s.alert().get().message()));
        } else if (!s.configured()) {
            out.add(text("syncui.status.notConfigured"));
        } else if (s.offlineSince().isPresent() && s.latest().filter(r -> "REFUSED".equals(r.outcome())
                && r.message() != null).isPresent()) {
            // refused (a certificate, another station's certificate, ADR 0375): why, since an administrator must act
            out.add(text("syncui.status.refused", time(s.offlineSince().get(), clock), s.backlog(),
                    s.latest().get().message()));
        } else if (s.offlineSince().isPresent()) {
            out.add(text("syncui.status.offline", time(s.offlineSince().get(), clock), s.backlog()));
        } else if (s.lastSuccess().isPresent()) {
            out.add(text("syncui.status.ok", time(s.lastSuccess().get().finishedAt(), clock), s.backlog()));
        } else {
            out.add(text("syncui.status.never", s.backlog()));
        }
        if (s.clockSkewed()) {
            out.add(clockWarning(s));
        }
        if (s.longOffline()) {
            out.add(longOfflineWarning(s));
        }
        return out;
    }

    static String clockWarning(SyncSnapshot s) {
        return text("syncui.status.clock", s.clockSkew().map(Duration::abs).map(Duration::toMinutes).orElse(0L));
    }

    static String longOfflineWarning(SyncSnapshot s) {
        return text("syncui.status.longOffline", s.longOfflineLimit().toDays());
    }

    static String trigger(String trigger) {
        if (trigger == null) {
            return text("syncui.trigger.other");
        }
        if (trigger.startsWith("operator:")) {
            return text("syncui.trigger.operator", trigger.substring("operator:".length()));
        }
        return switch (trigger) {
            case "schedule" -> text("syncui.trigger.schedule");
            case "change" -> text("syncui.trigger.change");
            default -> text("syncui.trigger.other");
        };
    }

    static String outcome(String outcome) {
        try {
            return text("syncui.outcome." + org.residencedesk.service.sync.SyncOutcome.valueOf(outcome).name());
        } catch (IllegalArgumentException e) {
            return outcome;
        }
    }

    static String lastSuccess(SyncSnapshot s, Clock clock) {
        return s.lastSuccess().map(SyncRun::finishedAt).map(t -> time(t, clock))
                .orElse(text("syncui.screen.never"));
    }
}

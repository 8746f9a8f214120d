package org.residencedesk.storage;

import java.nio.file.Path;
import java.util.Map;
import org.residencedesk.app.AppContext;
import org.residencedesk.domain.audit.AuditAction;
import org.residencedesk.domain.audit.AuditRecord;
import org.residencedesk.domain.outbox.EventType;
import org.residencedesk.domain.outbox.PendingEvent;
import org.residencedesk.testing.SmallMasterData;
import org.residencedesk.testing.TestClock;

/**
 * Child JVM for {@link KillRestartTest}: commits changes (audit + outbox in one transaction) as fast as
 * it can and reports each commit on stdout, until it is killed.
 */
public final class CrashingWriter {
    private CrashingWriter() {
    }

    public static void main(String[] args) {
        AppContext ctx = AppContext.openForTests(Path.of(args[0]), new SmallMasterData(),
                TestClock.at("2026-11-28T01:00:00Z"));
        for (long i = 1; ; i++) {
            String id = "rec-" + i;
            ctx.transactions().run(() -> {
                ctx.auditLog().append(AuditRecord.of("clerk", AuditAction.RECORD_CREATED, "REGISTRATION", id));
                ctx.outbox().append(new PendingEvent(EventType.REGISTRATION_CREATED, "clerk", "REGISTRATION", id,
                        Map.of("n", id)));
            });
            System.out.println("COMMITTED " + i);
            System.out.flush();
        }
    }
}

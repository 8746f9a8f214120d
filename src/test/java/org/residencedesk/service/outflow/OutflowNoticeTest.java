package org.residencedesk.service.outflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.app.AppContext;
import org.residencedesk.domain.account.Role;
import org.residencedesk.domain.audit.AuditEntry;
import org.residencedesk.domain.outbox.EventType;
import org.residencedesk.domain.outbox.OutboxEvent;
import org.residencedesk.service.Operator;
import org.residencedesk.service.outflow.OutflowNotice.Change;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestOperators;
import org.residencedesk.testing.TestStation;

/** OUTFLOW_NOTICE through the intake: ARRIVED opens or updates, LEFT ends, the same notice twice changes nothing. */
class OutflowNoticeTest {
    @TempDir
    Path dataDir;
    AppContext ctx;
    Operator clerk;
    OutflowIntake intake;

    @BeforeEach
    void open() {
        ctx = TestStation.open(dataDir, TestClock.at("2026-11-28T01:15:00Z"));
        clerk = TestOperators.signIn(ctx, "wangfang", "王芳", Role.WINDOW_STAFF);
        intake = ctx.outflowIntake();
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    static OutflowNotice notice(Change change, String id, String division, String date) {
        return new OutflowNotice(change, id, "刘芳", OutflowFixture.VILLAGE, division, "南山区科技园1号",
                LocalDate.parse(date), "深圳某公司", "13900139000", "440305001000");
    }

    @Test
    void arrivedOpensAPeriodAndTheSameNoticeAgainChangesNothing() {
        String id = OutflowFixture.id(41);
        assertThat(intake.applyNotice(notice(Change.ARRIVED, id, OutflowFixture.NANSHAN, "2026-09-01")))
                .isEqualTo(NoticeOutcome.REGISTERED);
        long seq = seq();
        long audits = audits();
        OutboxEvent event = last();
        assertThat(event.type()).isEqualTo(EventType.OUTFLOW_REGISTERED);
        assertThat(event.operator()).isEqualTo("platform");
        assertThat(OutflowServiceTest.payload(event)).containsEntry("reporterKind", "PLATFORM")
                .containsEntry("reportingStation", "440305001000").containsEntry("leftOn", "2026-09-01");
        AuditEntry audit = ctx.transactions().readOnly(() -> ctx.auditLog().latest(1)).get(0);
        assertThat(audit.actor()).isEqualTo("platform");

        assertThat(intake.applyNotice(notice(Change.ARRIVED, id, OutflowFixture.NANSHAN, "2026-09-01")))
                .isEqualTo(NoticeOutcome.UNCHANGED);
        assertThat(seq()).isEqualTo(seq);
        assertThat(audits()).isEqualTo(audits);
        assertThat(ctx.outflow().list(clerk, new OutflowQuery(null, null, null, null, true, id), 0, 10).total())
                .isEqualTo(1);
    }

    @Test
    void arrivedElsewhereUpdatesTheOpenPeriodAndLeftEndsItOnce() {
        String id = OutflowFixture.id(43);
        OutflowRecord window = ctx.outflow().register(clerk, OutflowFixture.entry(id));
        assertThat(intake.applyNotice(notice(Change.ARRIVED, id, "440106", "2026-10-01")))
                .isEqualTo(NoticeOutcome.CHANGED);
        assertThat(last().type()).isEqualTo(EventType.OUTFLOW_CHANGED);
        OutflowRecord moved = ctx.outflow().open(clerk, window.id());
        assertThat(moved.destinationDivision()).isEqualTo("440106");
        assertThat(moved.leftOn()).isEqualTo(LocalDate.parse("2026-03-01"));
        assertThat(moved.leftBehindCount()).isEqualTo(2);
        assertThat(moved.reporterKind()).isEqualTo("SELF");
        assertThat(intake.applyNotice(notice(Change.ARRIVED, id, "440106", "2026-10-01")))
                .isEqualTo(NoticeOutcome.UNCHANGED);

        assertThat(intake.applyNotice(notice(Change.LEFT, id, OutflowFixture.NANSHAN, "2026-11-01")))
                .as("left a place the period does not name").isEqualTo(NoticeOutcome.NO_MATCHING_PERIOD);
        assertThat(intake.applyNotice(notice(Change.LEFT, id, "440106", "2026-11-20"))).isEqualTo(NoticeOutcome.ENDED);
        assertThat(last().type()).isEqualTo(EventType.OUTFLOW_ENDED);
        long seq = seq();
        assertThat(intake.applyNotice(notice(Change.LEFT, id, "440106", "2026-11-20")))
                .isEqualTo(NoticeOutcome.UNCHANGED);
        assertThat(seq()).isEqualTo(seq);
        OutflowRecord ended = ctx.outflow().open(clerk, window.id());
        assertThat(ended.returnedOn()).isEqualTo(LocalDate.parse("2026-11-20"));
        assertThat(ended.returnReason()).isEqualTo("LEFT_DESTINATION");
    }

    @Test
    void unusableNoticesWriteNothingAndNeverThrow() {
        long seq = seq();
        assertThat(intake.applyNotice(new OutflowNotice(Change.ARRIVED, OutflowFixture.id(45), "刘芳", "420106001001",
                OutflowFixture.NANSHAN, "x", LocalDate.parse("2026-09-01"), null, null, null)))
                .isEqualTo(NoticeOutcome.NOT_OUR_AREA);
        assertThat(intake.applyNotice(notice(Change.ARRIVED, "110105194912310021", OutflowFixture.NANSHAN,
                "2026-09-01"))).isEqualTo(NoticeOutcome.INVALID);
        assertThat(intake.applyNotice(notice(Change.ARRIVED, OutflowFixture.id(45), "449999", "2026-09-01")))
                .isEqualTo(NoticeOutcome.INVALID);
        assertThat(intake.applyNotice(notice(Change.ARRIVED, OutflowFixture.id(45), OutflowFixture.NANSHAN,
                "2026-12-01"))).as("dated in the future").isEqualTo(NoticeOutcome.INVALID);
        assertThat(intake.applyNotice(notice(Change.LEFT, OutflowFixture.id(45), OutflowFixture.NANSHAN,
                "2026-09-01"))).isEqualTo(NoticeOutcome.NO_MATCHING_PERIOD);
        assertThat(seq()).isEqualTo(seq);
    }

    @Test
    void insideTheInboxTransactionItRollsBackWithIt() {
        long seq = seq();
        try {
            ctx.transactions().run(() -> {
                assertThat(intake.applyNotice(notice(Change.ARRIVED, OutflowFixture.id(47), OutflowFixture.NANSHAN,
                        "2026-09-01"))).isEqualTo(NoticeOutcome.REGISTERED);
                throw new IllegalStateException("cursor could not be stored");
            });
        } catch (IllegalStateException expected) {
            assertThat(expected).hasMessage("cursor could not be stored");
        }
        assertThat(seq()).isEqualTo(seq);
        assertThat(ctx.outflow().list(clerk, OutflowQuery.everything(), 0, 10).total()).isZero();
    }

    private long seq() {
        return ctx.transactions().readOnly(() -> ctx.outbox().lastSeq());
    }

    private long audits() {
        return ctx.transactions().readOnly(() -> ctx.auditLog().count());
    }

    private OutboxEvent last() {
        var pending = ctx.transactions().readOnly(() -> ctx.outbox().pending(1000));
        return pending.get(pending.size() - 1);
    }
}

package org.residencedesk.service.outflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.app.AppContext;
import org.residencedesk.domain.account.Role;
import org.residencedesk.domain.audit.AuditAction;
import org.residencedesk.domain.audit.AuditEntry;
import org.residencedesk.domain.outbox.EventType;
import org.residencedesk.domain.outbox.OutboxEvent;
import org.residencedesk.domain.outflow.ReturnReason;
import org.residencedesk.port.OutflowRepository.Grouping;
import org.residencedesk.service.Operator;
import org.residencedesk.service.PermissionDenied;
import org.residencedesk.service.ValidationFailure;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestOperators;
import org.residencedesk.testing.TestStation;

/** The 流出人口 register through the real service and database: record + audit + event, one open period, lists. */
class OutflowServiceTest {
    @TempDir
    Path dataDir;
    AppContext ctx;
    Operator clerk;
    OutflowService outflow;

    @BeforeEach
    void open() {
        ctx = TestStation.open(dataDir, TestClock.at("2026-11-28T01:15:00Z"));
        clerk = TestOperators.signIn(ctx, "wangfang", "王芳", Role.WINDOW_STAFF);
        outflow = ctx.outflow();
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    @Test
    void registeringStoresThePeriodItsAuditEntryAndItsEvent() {
        OutflowRecord r = outflow.register(clerk, OutflowFixture.entry(OutflowFixture.id(21)));

        assertThat(r.open()).isTrue();
        assertThat(r.destinationName()).isEqualTo("广东省深圳市南山区");
        assertThat(r.hukouDivisionName()).isEqualTo("湖北省武汉市洪山区关山街道海核社区");
        assertThat(r.reasonName()).isEqualTo("务工");
        assertThat(r.reporterKind()).isEqualTo("SELF");
        AuditEntry audit = latestAudit();
        assertThat(audit.action()).isEqualTo(AuditAction.RECORD_CREATED);
        assertThat(audit.targetType()).isEqualTo("OUTFLOW");
        assertThat(audit.targetId()).isEqualTo(Long.toString(r.id()));
        OutboxEvent event = lastEvent();
        assertThat(event.type()).isEqualTo(EventType.OUTFLOW_REGISTERED);
        assertThat(event.aggregateId()).isEqualTo(Long.toString(r.id()));
        assertThat(payload(event)).containsEntry("idNumber", OutflowFixture.id(21))
                .containsEntry("destinationDivision", "440305").containsEntry("status", "OPEN")
                .containsEntry("leftBehindCount", 2);
    }

    @Test
    void aRelativeReportingIsRecorded() {
        OutflowEntry e = OutflowFixture.with(OutflowFixture.with(OutflowFixture.with(OutflowFixture.entry(
                OutflowFixture.id(23)), "reporterKind", "RELATIVE"), "reporterName", "王秀兰"), "reporterRelation", "51");
        OutflowRecord r = outflow.open(clerk, outflow.register(clerk, e).id());
        assertThat(r.reporterKind()).isEqualTo("RELATIVE");
        assertThat(r.reporterName()).isEqualTo("王秀兰");
        assertThat(r.reporterRelation()).isEqualTo("51");
    }

    @Test
    void onePersonHasOneOpenPeriodAtATime() {
        OutflowRecord first = outflow.register(clerk, OutflowFixture.entry(OutflowFixture.id(25)));
        long seq = ctx.transactions().readOnly(() -> ctx.outbox().lastSeq());

        ValidationFailure f = catchThrowableOfType(ValidationFailure.class,
                () -> outflow.register(clerk, OutflowFixture.with(OutflowFixture.entry(OutflowFixture.id(25)),
                        "destinationDivision", OutflowFixture.WUCHANG)));
        assertThat(f.fieldMessages()).containsEntry("form",
                "此人已有未返回的流出登记（流入地：广东省深圳市南山区，外出日期：2026-03-01），请在该登记上变更或先办理返回");
        assertThat(ctx.transactions().readOnly(() -> ctx.outbox().lastSeq())).isEqualTo(seq);

        OutflowRecord ended = outflow.end(clerk, first.id(), first.version(), "2026-10-01", ReturnReason.RETURNED_HOME,
                "回乡务农");
        assertThat(ended.open()).isFalse();
        assertThat(lastEvent().type()).isEqualTo(EventType.OUTFLOW_ENDED);
        assertThat(payload(lastEvent())).containsEntry("returnedOn", "2026-10-01")
                .containsEntry("returnReason", "RETURNED_HOME").containsEntry("status", "ENDED");
        OutflowRecord again = outflow.register(clerk, OutflowFixture.with(OutflowFixture.entry(OutflowFixture.id(25)),
                "leftOn", "2026-11-01"));
        assertThat(again.open()).isTrue();
        assertThat(outflow.list(clerk, new OutflowQuery(null, null, null, null, null, OutflowFixture.id(25)), 0, 10)
                .total()).isEqualTo(2);
    }

    @Test
    void aChangeIsOneEventAndAStaleVersionIsRefused() {
        OutflowRecord r = outflow.register(clerk, OutflowFixture.entry(OutflowFixture.id(27)));
        OutflowRecord changed = outflow.change(clerk, r.id(), r.version(), OutflowFixture.with(
                OutflowFixture.entry(OutflowFixture.id(27)), "employer", "深圳另一家公司"));
        assertThat(changed.employer()).isEqualTo("深圳另一家公司");
        assertThat(lastEvent().type()).isEqualTo(EventType.OUTFLOW_CHANGED);
        assertThat(catchThrowableOfType(ValidationFailure.class, () -> outflow.change(clerk, r.id(), r.version(),
                OutflowFixture.entry(OutflowFixture.id(27)))).fieldMessages())
                .containsEntry("form", "该流出登记已被其他窗口修改，请重新打开后再办理");
        assertThat(catchThrowableOfType(ValidationFailure.class, () -> outflow.change(clerk, r.id(), changed.version(),
                OutflowFixture.with(OutflowFixture.entry(OutflowFixture.id(27)), "employer", "深圳另一家公司")))
                .fieldMessages()).containsEntry("form", "没有修改任何内容");
        assertThat(catchThrowableOfType(ValidationFailure.class, () -> outflow.end(clerk, r.id(), changed.version(),
                "2026-02-01", ReturnReason.OTHER, "")).fieldMessages())
                .containsEntry("returnedOn", "返回日期不能早于外出日期");
    }

    @Test
    void aFailureAfterTheChangeRollsBackRecordAuditAndEventTogether() {
        long audits = ctx.transactions().readOnly(() -> ctx.auditLog().count());
        long seq = ctx.transactions().readOnly(() -> ctx.outbox().lastSeq());
        RuntimeException boom = catchThrowableOfType(IllegalStateException.class, () -> ctx.transactions().run(() -> {
            outflow.register(clerk, OutflowFixture.entry(OutflowFixture.id(29)));
            throw new IllegalStateException("the disk is full");
        }));
        assertThat(boom).hasMessage("the disk is full");
        assertThat(ctx.transactions().readOnly(() -> ctx.auditLog().count())).isEqualTo(audits);
        assertThat(ctx.transactions().readOnly(() -> ctx.outbox().lastSeq())).isEqualTo(seq);
        assertThat(outflow.list(clerk, OutflowQuery.everything(), 0, 10).total()).isZero();
        // and the person may still be registered: no half-open period is left behind
        assertThat(outflow.register(clerk, OutflowFixture.entry(OutflowFixture.id(29))).open()).isTrue();
    }

    @Test
    void listsByDestinationByVillageAndByFlagsWithMaskedNumbers() {
        outflow.register(clerk, OutflowFixture.entry(OutflowFixture.id(31)));
        OutflowEntry wuchang = OutflowFixture.with(OutflowFixture.entry(OutflowFixture.id(33)), "destinationDivision",
                OutflowFixture.WUCHANG);
        wuchang = OutflowFixture.with(OutflowFixture.with(OutflowFixture.with(wuchang, "hukouDivision",
                OutflowFixture.OTHER_VILLAGE), "leftBehindChildren", "false"), "leftBehindCount", "");
        outflow.register(clerk, wuchang);
        OutflowRecord third = outflow.register(clerk, OutflowFixture.with(OutflowFixture.with(OutflowFixture.entry(
                OutflowFixture.id(35)), "destinationDivision", "440106"), "name", "张小红"));
        outflow.end(clerk, third.id(), third.version(), "2026-11-01", ReturnReason.RETURNED_HOME, null);

        List<OutflowGroup> provinces = outflow.groups(clerk, OutflowQuery.everything(), Grouping.DESTINATION_PROVINCE);
        assertThat(provinces).containsExactly(new OutflowGroup("44", "广东省", 2), new OutflowGroup("42", "湖北省", 1));
        assertThat(outflow.groups(clerk, new OutflowQuery(null, null, null, null, true, null),
                Grouping.DESTINATION_PREFECTURE)).containsExactly(new OutflowGroup("4201", "湖北省武汉市", 1),
                new OutflowGroup("4403", "广东省深圳市", 1));
        assertThat(outflow.groups(clerk, OutflowQuery.everything(), Grouping.HUKOU_VILLAGE)).extracting(
                OutflowGroup::code, OutflowGroup::periods).containsExactly(
                org.assertj.core.groups.Tuple.tuple(OutflowFixture.VILLAGE, 2L),
                org.assertj.core.groups.Tuple.tuple(OutflowFixture.OTHER_VILLAGE, 1L));

        OutflowPage guangdong = outflow.list(clerk, new OutflowQuery(null, "44", null, null, null, null), 0, 10);
        assertThat(guangdong.rows()).extracting(OutflowRecord::name).containsExactly("张小红", "李建国");
        assertThat(guangdong.rows().get(1).idNumber()).isEqualTo("420111********" + OutflowFixture.id(31).substring(14));
        assertThat(guangdong.rows().get(1).mobile()).isNull();
        assertThat(outflow.list(clerk, new OutflowQuery(OutflowFixture.OTHER_VILLAGE, null, null, null, null, null),
                0, 10).rows()).extracting(OutflowRecord::destinationName).containsExactly("湖北省武汉市武昌区");
        assertThat(outflow.list(clerk, new OutflowQuery(null, null, true, null, null, null), 0, 10).total())
                .isEqualTo(2);
        assertThat(outflow.list(clerk, new OutflowQuery(null, null, null, null, false, null), 0, 10).rows())
                .extracting(OutflowRecord::name).containsExactly("张小红");
        assertThat(outflow.list(clerk, new OutflowQuery(null, null, null, null, null, "zxh"), 0, 10).rows())
                .extracting(OutflowRecord::name).containsExactly("张小红");
        assertThat(outflow.list(clerk, new OutflowQuery(null, null, null, null, null, "李"), 0, 10).rows())
                .extracting(OutflowRecord::name).containsExactly("李建国", "李建国");
        assertThat(latestAudit().action()).isEqualTo(AuditAction.RECORD_SEARCHED);
    }

    @Test
    void aKnownPersonsTimelineShowsTheOutflowPeriods() {
        String id = OutflowFixture.id(49);
        org.residencedesk.domain.form.FormValues values = org.residencedesk.testsupport.RegistrationFixture.valid()
                .toBuilder().set("idNumber", id).set("name", "李建国").set("sex", "1").set("birthDate", "1990-03-15")
                .set("operator", "").set("registrationDate", "").set("registrationNumber", "").build();
        long registration = ctx.registration().register(clerk, values).registrationId();
        long person = ctx.registration().open(clerk, registration).summary().personId();
        OutflowRecord r = outflow.register(clerk, OutflowFixture.entry(id));
        outflow.end(clerk, r.id(), r.version(), "2026-11-01", ReturnReason.RETURNED_HOME, null);

        List<org.residencedesk.service.registration.TimelineEntry> entries = outflow.timeline(clerk, person);
        assertThat(entries).extracting(org.residencedesk.service.registration.TimelineEntry::kind,
                        org.residencedesk.service.registration.TimelineEntry::summary)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("OUTFLOW", "外出至广东省深圳市南山区（2026-03-01）"),
                        org.assertj.core.groups.Tuple.tuple("OUTFLOW_ENDED",
                                "自广东省深圳市南山区返回（2026-11-01，返乡居住）"));
        assertThat(latestAudit().action()).isEqualTo(AuditAction.RECORD_VIEWED);
    }

    @Test
    void readsNeedThePermissionToo() {
        Operator admin = ctx.authentication().login(TestStation.ADMIN, TestStation.ADMIN_PASSWORD.toCharArray());
        assertThat(catchThrowableOfType(PermissionDenied.class,
                () -> outflow.list(admin, OutflowQuery.everything(), 0, 10))).isNotNull();
        Operator reviewer = TestOperators.signIn(ctx, "reviewer", "审核员", Role.REVIEWER);
        assertThat(catchThrowableOfType(PermissionDenied.class,
                () -> outflow.register(reviewer, OutflowFixture.entry(OutflowFixture.id(37))))).isNotNull();
    }

    @Test
    void theOpenPeriodIsAlsoHeldByTheDatabase() {
        outflow.register(clerk, OutflowFixture.entry(OutflowFixture.id(39)));
        assertThat(LocalDate.parse("2026-03-01")).isEqualTo(outflow.list(clerk, OutflowQuery.everything(), 0, 1)
                .rows().get(0).leftOn());
        // a second open row written behind the service's back is refused by OUTFLOW_ONE_OPEN
        Throwable t = catchThrowableOfType(RuntimeException.class, () -> ctx.transactions().run(() -> {
            try (var c = ctx.database().openConnection(); var s = c.createStatement()) {
                s.executeUpdate("INSERT INTO OUTFLOW_PERIOD (ID_NUMBER, OPEN_ID_NUMBER, NAME, NAME_INITIALS, "
                        + "HUKOU_DIVISION, DEST_DIVISION, DEST_PROVINCE, DEST_PREFECTURE, DEST_ADDRESS, LEFT_ON, REASON, "
                        + "LEFT_BEHIND_CHILDREN, LEFT_BEHIND_ELDERLY, LEFT_BEHIND_COUNT, REPORTER_KIND, OPERATOR, "
                        + "CREATED_AT, UPDATED_AT, VERSION) VALUES ('" + OutflowFixture.id(39) + "', '"
                        + OutflowFixture.id(39) + "', 'x', 'x', '420111002003', '440305', '44', '4403', 'x', "
                        + "'2026-01-01', '01', false, false, 0, 'SELF', 'x', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)");
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e.getSQLState(), e);
            }
        }));
        assertThat(t).hasMessageStartingWith("23505");
    }

    static java.util.Map<String, Object> payload(OutboxEvent event) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readValue(event.payloadJson(),
                    new com.fasterxml.jackson.core.type.TypeReference<java.util.Map<String, Object>>() { });
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    private AuditEntry latestAudit() {
        return ctx.transactions().readOnly(() -> ctx.auditLog().latest(1)).get(0);
    }

    private OutboxEvent lastEvent() {
        List<OutboxEvent> pending = ctx.transactions().readOnly(() -> ctx.outbox().pending(1000));
        return pending.get(pending.size() - 1);
    }
}

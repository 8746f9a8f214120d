package org.residencedesk.service.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.domain.audit.AuditAction;
import org.residencedesk.domain.audit.AuditEntry;
import org.residencedesk.app.AppContext;
import org.residencedesk.domain.account.Role;
import org.residencedesk.domain.form.FormValues;
import org.residencedesk.domain.outbox.EventType;
import org.residencedesk.domain.outbox.OutboxEvent;
import org.residencedesk.domain.registration.MoveOutReason;
import org.residencedesk.domain.registration.RegistrationStatus;
import org.residencedesk.domain.registration.RegistrationSummary;
import org.residencedesk.domain.registration.SearchKind;
import org.residencedesk.service.Operator;
import org.residencedesk.service.PermissionDenied;
import org.residencedesk.service.ValidationFailure;
import org.residencedesk.testing.IdNumbers;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestOperators;
import org.residencedesk.testsupport.RegistrationFixture;

/** Registration use cases on a real Derby database with the packaged master data and form. */
class RegistrationServiceTest {
    @TempDir
    static Path dataDir;
    static AppContext ctx;
    static final TestClock CLOCK = TestClock.at("2026-11-28T01:15:00Z");
    static Operator CLERK;

    @BeforeAll
    static void open() {
        ctx = org.residencedesk.testing.TestStation.open(dataDir, CLOCK);
        CLERK = TestOperators.signIn(ctx, "wangfang", "王芳", Role.WINDOW_STAFF);
    }

    @AfterAll
    static void close() {
        ctx.close();
    }

    private static RegistrationService service() {
        return ctx.registration();
    }

    private static FormValues person(String idNumber, String name, String sex, String birth) {
        return RegistrationFixture.valid().toBuilder().set("idNumber", idNumber).set("name", name).set("sex", sex)
                .set("birthDate", birth).set("operator", "").set("registrationDate", "").set("registrationNumber", "")
                .build();
    }

    @Test
    void registerNumbersStoresAuditsAndQueuesOneEvent() {
        String id = IdNumbers.citizen("420106", "19900315", 123);
        long eventsBefore = ctx.transactions().readOnly(() -> ctx.outbox().lastSeq());

        Registered r = service().register(CLERK, person(id, "𠮷田春", "1", "1990-03-15"));

        assertThat(r.registrationNumber()).matches("4201110020012026\\d{6}");
        assertThat(r.values().get("operator")).isEqualTo("wangfang");
        RegistrationDetails opened = service().open(CLERK, r.registrationId());
        assertThat(opened.values().get("name")).isEqualTo("𠮷田春");
        assertThat(opened.summary().maskedIdNumber()).isEqualTo(id.substring(0, 6) + "********" + id.substring(14));
        // the address shows the community's short name, not the committee (issue 11, ADR 0140)
        assertThat(opened.summary().addressText()).isEqualTo("湖北省武汉市洪山区关山街道海核社区珞喻路1037号");
        List<OutboxEvent> events = ctx.transactions().readOnly(() -> ctx.outbox().pending(1000));
        OutboxEvent last = events.get(events.size() - 1);
        assertThat(last.seq()).isEqualTo(eventsBefore + 1);
        assertThat(last.type()).isEqualTo(EventType.REGISTRATION_CREATED);
        assertThat(last.payloadJson()).contains("\"idNumber\":\"" + id + "\"", "\"status\":\"ACTIVE\"");
    }

    @Test
    void aSecondRegistrationOfAnActivePersonIsRefusedWithTheExistingOne() {
        String id = IdNumbers.citizen("420106", "19851201", 22);
        Registered first = service().register(CLERK, person(id, "阿依古丽·买买提", "2", "1985-12-01"));

        assertThatThrownBy(() -> service().register(CLERK, person(id, "阿依古丽·买买提", "2", "1985-12-01")))
                .isInstanceOfSatisfying(ActiveRegistrationExists.class,
                        e -> assertThat(e.registrationNumber()).isEqualTo(first.registrationNumber()));
        assertThat(service().activeRegistrationOf(CLERK, id)).get()
                .extracting(RegistrationSummary::registrationId).isEqualTo(first.registrationId());
        AuditEntry lookup = ctx.transactions().readOnly(() -> ctx.auditLog().latest(1)).get(0);
        assertThat(lookup.action()).as("who looked the person up is audited").isEqualTo(AuditAction.RECORD_SEARCHED);
        assertThat(lookup.actor()).isEqualTo(CLERK.login());
        assertThat(lookup.detail()).as("never what was typed").isEqualTo("kind=ID_NUMBER,lookup");
        assertThat(service().search(CLERK, "阿依古丽·买买提", SearchKind.NAME, 0, 10).items())
                .extracting(RegistrationSummary::name).containsOnly("阿依古丽·买买提");
    }

    @Test
    void personIdOfFindsThePersonAlsoAfterTheRegistrationEnded() {
        String id = IdNumbers.citizen("420106", "19880808", 41);
        Registered r = service().register(CLERK, person(id, "孙立", "1", "1988-08-08"));
        long personId = service().open(CLERK, r.registrationId()).summary().personId();
        service().moveOut(CLERK, r.registrationId(), MoveOutReason.MOVED_AWAY, LocalDate.of(2026, 11, 27));

        assertThat(service().activeRegistrationOf(CLERK, id)).isEmpty();
        assertThat(service().personIdOf(CLERK, id)).contains(personId);
        assertThat(service().personIdOf(CLERK, " " + id.toLowerCase() + " ")).as("typed with spaces").contains(personId);
        assertThat(service().personIdOf(CLERK, IdNumbers.citizen("420106", "19880808", 42))).as("nobody").isEmpty();
        assertThat(service().personIdOf(CLERK, "12345")).as("not an ID number").isEmpty();
    }

    @Test
    void changeKeepsHistoryMoveOutEndsAndTimelineTellsTheStory() {
        String id = IdNumbers.citizen("420106", "19791010", 35);
        Registered r = service().register(CLERK, person(id, "钱多多", "1", "1979-10-10"));
        RegistrationDetails d = service().open(CLERK, r.registrationId());

        FormValues moved = d.values().toBuilder().set("street", "雄楚大道").set("houseNumber", "88号")
                .set("mobile", "13700001234").build();
        service().change(CLERK, r.registrationId(), d.version(), moved);
        assertThatThrownBy(() -> service().change(CLERK, r.registrationId(), d.version(), moved))
                .as("a stale version is refused").isInstanceOf(ValidationFailure.class);

        RegistrationDetails changed = service().open(CLERK, r.registrationId());
        assertThat(changed.summary().addressText()).isEqualTo("湖北省武汉市洪山区关山街道海核社区雄楚大道88号");
        assertThat(service().search(CLERK, "13700001234", null, 0, 10).items()).hasSize(1);

        service().moveOut(CLERK, r.registrationId(), MoveOutReason.MOVED_AWAY, LocalDate.of(2026, 11, 27));
        assertThat(service().open(CLERK, r.registrationId()).summary().status()).isEqualTo(RegistrationStatus.CANCELLED);
        assertThatThrownBy(() -> service().moveOut(CLERK, r.registrationId(), MoveOutReason.MOVED_AWAY,
                LocalDate.of(2026, 11, 27))).isInstanceOf(ValidationFailure.class);

        List<TimelineEntry> timeline = service().timeline(CLERK, changed.summary().personId());
        assertThat(timeline).extracting(TimelineEntry::kind).containsExactly("CANCELLED", "CHANGED", "CREATED");
        assertThat(timeline.get(1).summary()).isEqualTo("houseNumber,mobile,street");

        List<EventType> types = ctx.transactions().readOnly(() -> ctx.outbox().pending(1000)).stream()
                .filter(e -> e.aggregateId().equals(r.registrationNumber())).map(OutboxEvent::type).toList();
        assertThat(types).containsExactly(EventType.REGISTRATION_CREATED, EventType.REGISTRATION_CHANGED,
                EventType.REGISTRATION_CANCELLED);
    }

    @Test
    void reRegistrationSupersedesTheOldAddressInOneTransaction() {
        String id = IdNumbers.citizen("420106", "20000229", 41);
        Registered old = service().register(CLERK, person(id, "孙闰年", "1", "2000-02-29"));
        FormValues newAddress = service().open(CLERK, old.registrationId()).values().toBuilder()
                .set("residenceDivision", "420111002005").set("street", "南望山路").set("houseNumber", "5号").build();

        Registered fresh = service().reRegister(CLERK, old.registrationId(), newAddress);

        assertThat(fresh.registrationNumber()).isNotEqualTo(old.registrationNumber());
        assertThat(service().open(CLERK, old.registrationId()).summary().status())
                .isEqualTo(RegistrationStatus.SUPERSEDED);
        assertThat(service().activeRegistrationOf(CLERK, id)).get()
                .extracting(RegistrationSummary::registrationNumber).isEqualTo(fresh.registrationNumber());
    }

    @Test
    void searchFindsByEveryKeyAndPages() {
        String prefix = "孔";
        for (int i = 0; i < 5; i++) {
            service().register(CLERK, person(IdNumbers.citizen("420106", "19700101", 300 + 2 * i + 1),
                    prefix + "乙" + (char) ('甲' + i), "1", "1970-01-01"));
        }
        SearchPage first = service().search(CLERK, prefix, SearchKind.NAME, 0, 3);
        SearchPage second = service().search(CLERK, prefix, SearchKind.NAME, 1, 3);
        assertThat(first.items()).hasSize(3);
        assertThat(first.more()).isTrue();
        assertThat(second.items()).hasSize(2);
        assertThat(second.more()).isFalse();
        assertThat(service().search(CLERK, "ky", null, 0, 10).items()).hasSize(5);
        RegistrationSummary any = first.items().get(0);
        assertThat(service().search(CLERK, any.registrationNumber(), null, 0, 10).items()).hasSize(1);
        assertThat(service().search(CLERK, "珞喻路1037", SearchKind.ADDRESS, 0, 50).items()).hasSize(8)
                .allSatisfy(s -> assertThat(s.addressText()).contains("珞喻路1037"));
        String legacy = IdNumbers.citizen("420106", "19700101", 301);
        assertThat(service().search(CLERK, legacy, null, 0, 10).items()).hasSize(1);
    }

    @Test
    void staffWithoutTheRightToWriteRegistrationsCannotRegister() {
        Operator reviewerOnly = TestOperators.signIn(ctx, "liqiang", "李强", Role.REVIEWER);
        Operator adminOnly = TestOperators.signIn(ctx, "sysadmin", "系统管理员", Role.ADMIN);
        assertThatThrownBy(() -> service().register(adminOnly,
                person(IdNumbers.citizen("420106", "19900101", 5), "无权", "1", "1990-01-01")))
                .isInstanceOf(PermissionDenied.class);
        assertThatThrownBy(() -> service().register(reviewerOnly,
                person(IdNumbers.citizen("420106", "19900101", 5), "无权", "1", "1990-01-01")))
                .isInstanceOf(PermissionDenied.class).hasMessage("当前账号没有办理此业务的权限");
    }
}

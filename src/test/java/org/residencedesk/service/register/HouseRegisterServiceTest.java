package org.residencedesk.service.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.app.AppContext;
import org.residencedesk.domain.account.Role;
import org.residencedesk.domain.audit.AuditAction;
import org.residencedesk.domain.audit.AuditEntry;
import org.residencedesk.domain.form.FormValues;
import org.residencedesk.domain.outbox.EventType;
import org.residencedesk.domain.outbox.OutboxEvent;
import org.residencedesk.domain.register.HouseSummary;
import org.residencedesk.domain.register.RegisterSearch;
import org.residencedesk.domain.registration.MoveOutReason;
import org.residencedesk.service.Operator;
import org.residencedesk.service.PermissionDenied;
import org.residencedesk.service.ValidationFailure;
import org.residencedesk.service.registration.Registered;
import org.residencedesk.testing.IdNumbers;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestOperators;
import org.residencedesk.testing.TestStation;
import org.residencedesk.testsupport.RegisterFixture;
import org.residencedesk.testsupport.RegistrationFixture;

/** The rental-house register on a real Derby station: codes, changes, occupants, audit and outbox. */
class HouseRegisterServiceTest {
    @TempDir
    static Path dataDir;
    static AppContext ctx;
    static Operator STAFF;
    static Operator CLERK;

    @BeforeAll
    static void open() {
        ctx = TestStation.open(dataDir, TestClock.at("2026-11-28T01:15:00Z"));
        STAFF = TestOperators.signIn(ctx, "wangfang", "王芳", Role.WINDOW_STAFF);
        CLERK = TestOperators.signIn(ctx, "zhaozhi", "赵志", Role.CLERK);
    }

    @AfterAll
    static void close() {
        ctx.close();
    }

    private static HouseRegisterService houses() {
        return ctx.houseRegister();
    }

    @Test
    void aHouseWithoutACodeGetsItsCommunitysNextNumberWithAuditAndEvent() {
        long audit = ctx.transactions().readOnly(() -> ctx.auditLog().count());
        long seq = ctx.transactions().readOnly(() -> ctx.outbox().lastSeq());

        HouseRecord first = houses().register(STAFF, RegisterFixture.house(""));
        HouseRecord second = houses().register(STAFF, RegisterFixture.house(" "));

        assertThat(first.houseCode()).matches("420111002003\\d{6}");
        assertThat(Long.parseLong(second.houseCode().substring(12)))
                .isEqualTo(Long.parseLong(first.houseCode().substring(12)) + 1);
        assertThat(first.addressText()).isEqualTo("湖北省武汉市洪山区关山街道海核社区珞喻路1037号32501");
        assertThat(first.residenceType()).contains("34");
        assertThat(ctx.transactions().readOnly(() -> ctx.auditLog().count())).isEqualTo(audit + 2);
        List<OutboxEvent> events = ctx.transactions().readOnly(() -> ctx.outbox().pending(10_000));
        OutboxEvent event = events.stream().filter(e -> e.seq() == seq + 1).findFirst().orElseThrow();
        assertThat(event.type()).isEqualTo(EventType.HOUSE_REGISTERED);
        assertThat(event.aggregateId()).isEqualTo(first.houseCode());
        assertThat(event.payloadJson()).contains("\"houseCode\":\"" + first.houseCode() + "\"", "\"kind\":\"RENTAL\"",
                "\"divisionCode\":\"420111002003\"", "\"managerIdNumber\":\"34052419800101001X\"", "\"capacity\":4",
                "\"registeredOn\":\"2026-11-28\"");
        List<AuditEntry> entries = ctx.transactions().readOnly(() -> ctx.auditLog().latest(2));
        assertThat(entries).extracting(AuditEntry::action).containsOnly(AuditAction.RECORD_CREATED);
        assertThat(entries).extracting(AuditEntry::targetType).containsOnly("HOUSE");
    }

    @Test
    void aGivenCodeIsKeptUpperCaseAndCannotBeRegisteredTwice() {
        HouseRecord given = houses().register(STAFF, RegisterFixture.house("hb2026given01"));
        assertThat(given.houseCode()).isEqualTo("HB2026GIVEN01");

        ValidationFailure twice = catchThrowableOfType(ValidationFailure.class,
                () -> houses().register(STAFF, RegisterFixture.house("HB2026GIVEN01")));

        assertThat(twice.fieldMessages()).containsEntry("houseCode", "该房屋编码已登记，请在房屋登记簿中查找该房屋");
        assertThat(catchThrowableOfType(ValidationFailure.class,
                () -> houses().check(RegisterFixture.house("HB2026GIVEN01"))).fieldMessages()).containsKey("houseCode");
    }

    @Test
    void aChangeNeedsTheCurrentVersionKeepsTheCodeAndIsAuditedWithItsFields() {
        HouseRecord house = houses().register(STAFF, RegisterFixture.house("", "2"));
        HouseForm bigger = RegisterFixture.house(house.houseCode(), "6");

        HouseRecord changed = houses().change(STAFF, house.id(), house.version(), bigger);

        assertThat(changed.version()).isEqualTo(house.version() + 1);
        assertThat(changed.form().capacity()).isEqualTo("6");
        List<AuditEntry> last = ctx.transactions().readOnly(() -> ctx.auditLog().latest(1));
        assertThat(last.get(0).action()).isEqualTo(AuditAction.RECORD_CHANGED);
        assertThat(last.get(0).detail()).isEqualTo("fields:capacity");
        List<OutboxEvent> events = ctx.transactions().readOnly(() -> ctx.outbox().pending(10_000));
        assertThat(events.get(events.size() - 1).type()).isEqualTo(EventType.HOUSE_CHANGED);
        assertThat(events.get(events.size() - 1).payloadJson()).contains("\"capacity\":6");
        assertThat(catchThrowableOfType(ValidationFailure.class, () -> houses().change(STAFF, house.id(),
                house.version(), RegisterFixture.house(house.houseCode(), "7"))).fieldMessages())
                .containsEntry("form", "该记录刚被其他窗口修改，本次未保存；请重新打开后再办理");
        assertThat(catchThrowableOfType(ValidationFailure.class, () -> houses().change(STAFF, house.id(),
                changed.version(), RegisterFixture.house("OTHER0001", "7"))).fieldMessages())
                .containsEntry("houseCode", "房屋编码登记后不能修改");
        assertThat(catchThrowableOfType(ValidationFailure.class, () -> houses().change(STAFF, house.id(),
                changed.version(), bigger)).fieldMessages()).containsEntry("form", "没有修改任何内容");
    }

    @Test
    void aFailureAfterTheChangeRollsBackHouseAuditAndEventTogether() {
        long audit = ctx.transactions().readOnly(() -> ctx.auditLog().count());
        long seq = ctx.transactions().readOnly(() -> ctx.outbox().lastSeq());

        assertThatThrownBy(() -> ctx.transactions().inTransaction(() -> {
            houses().register(STAFF, RegisterFixture.house("ROLLBACK01"));
            throw new IllegalStateException("the disk is full");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(houses().findByCode(STAFF, "ROLLBACK01")).isEmpty();
        // the look-up above found nothing, so it wrote no audit entry either
        assertThat(ctx.transactions().readOnly(() -> ctx.auditLog().count())).isEqualTo(audit);
        assertThat(ctx.transactions().readOnly(() -> ctx.outbox().lastSeq())).isEqualTo(seq);
    }

    @Test
    void occupantsNowAndBeforeOverCapacityAndAllMovedOut() {
        HouseRecord house = houses().register(STAFF, RegisterFixture.house("", "1"));
        Registered a = ctx.registration().register(STAFF, person(IdNumbers.citizen("420106", "19900315", 11), "陈一",
                "1", "1990-03-15", house.houseCode().toLowerCase()));
        Registered b = ctx.registration().register(STAFF, person(IdNumbers.citizen("420106", "19910416", 12), "陈二",
                "2", "1991-04-16", house.houseCode()));

        HousePage full = houses().open(CLERK, house.id());

        assertThat(a.values().get("houseCode")).isEqualTo(house.houseCode());
        assertThat(full.occupantsNow()).extracting(r -> r.name()).containsExactlyInAnyOrder("陈一", "陈二");
        assertThat(full.occupantsNow()).allSatisfy(r -> assertThat(r.maskedIdNumber()).contains("********"));
        assertThat(full.overCapacity()).isTrue();
        assertThat(full.summary().occupantsNow()).isEqualTo(2);
        assertThat(houses().overCapacity(CLERK, 0, 50)).extracting(HouseSummary::houseCode).contains(house.houseCode());
        assertThat(houses().allMovedOut(CLERK, 0, 50)).extracting(HouseSummary::houseCode)
                .doesNotContain(house.houseCode());

        ctx.registration().moveOut(STAFF, a.registrationId(), MoveOutReason.MOVED_AWAY, LocalDate.of(2026, 11, 27));
        ctx.registration().moveOut(STAFF, b.registrationId(), MoveOutReason.MOVED_AWAY, LocalDate.of(2026, 11, 28));
        HousePage empty = houses().open(CLERK, house.id());

        assertThat(empty.occupantsNow()).isEmpty();
        assertThat(empty.occupantsBefore()).extracting(r -> r.name()).containsExactlyInAnyOrder("陈一", "陈二");
        assertThat(empty.allMovedOut()).isTrue();
        assertThat(empty.overCapacity()).isFalse();
        assertThat(houses().allMovedOut(CLERK, 0, 50)).extracting(HouseSummary::houseCode).contains(house.houseCode());
        assertThat(houses().overCapacity(CLERK, 0, 50)).extracting(HouseSummary::houseCode)
                .doesNotContain(house.houseCode());
    }

    @Test
    void aRegistrationNamingAnUnregisteredHouseIsRefusedOnTheField() {
        ValidationFailure refused = catchThrowableOfType(ValidationFailure.class, () -> ctx.registration().register(STAFF,
                person(IdNumbers.citizen("420106", "19920517", 13), "陈三", "1", "1992-05-17", "NOSUCHHOUSE1")));

        assertThat(refused.fieldMessages()).containsEntry("houseCode",
                "房屋登记簿中没有这个房屋编码，请先登记房屋或从列表中选择");
    }

    @Test
    void searchByCodeAddressLandlordNameAndInitialsMasksTheLandlordsNumber() {
        HouseForm other = new HouseForm("SEARCH0001", "DORMITORY", "420111002003", "鲁磨路", "8号", "", "", "", "PERSON",
                "欧阳娜娜", "34052419800101001X", "", "13900002222", "", "20", "");
        houses().register(STAFF, other);

        assertThat(houses().search(CLERK, "search00", null, 0, 10)).extracting(HouseSummary::houseCode)
                .containsExactly("SEARCH0001");
        assertThat(houses().search(CLERK, "鲁磨路", null, 0, 10)).extracting(HouseSummary::houseCode)
                .containsExactly("SEARCH0001");
        assertThat(houses().search(CLERK, "欧阳", null, 0, 10)).extracting(HouseSummary::houseCode)
                .containsExactly("SEARCH0001");
        List<HouseSummary> byInitials = houses().search(CLERK, "oynn", null, 0, 10);
        assertThat(byInitials).extracting(HouseSummary::houseCode).containsExactly("SEARCH0001");
        assertThat(byInitials.get(0).maskedManagerId()).isEqualTo("340524********001X");
        assertThat(houses().search(CLERK, "鲁磨", RegisterSearch.ADDRESS, 0, 10)).hasSize(1);
        assertThat(houses().suggest(CLERK, "oynn", 5)).extracting(RegisterSuggestion::key).containsExactly("SEARCH0001");
        assertThat(houses().suggest(CLERK, "鲁磨路", 5)).extracting(RegisterSuggestion::addressText)
                .containsExactly("湖北省武汉市洪山区关山街道海核社区鲁磨路8号");
    }

    @Test
    void clerksReadButDoNotWrite() {
        assertThatThrownBy(() -> houses().register(CLERK, RegisterFixture.house(""))).isInstanceOf(PermissionDenied.class);
    }

    static FormValues person(String id, String name, String sex, String birth, String houseCode) {
        return RegistrationFixture.valid().toBuilder().set("idNumber", id).set("name", name).set("sex", sex)
                .set("birthDate", birth).set("houseCode", houseCode).set("operator", "").set("registrationDate", "")
                .set("registrationNumber", "").build();
    }
}

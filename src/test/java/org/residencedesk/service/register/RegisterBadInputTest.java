package org.residencedesk.service.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.residencedesk.app.AppContext;
import org.residencedesk.domain.account.Role;
import org.residencedesk.service.Operator;
import org.residencedesk.service.ValidationFailure;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestOperators;
import org.residencedesk.testing.TestStation;
import org.residencedesk.testsupport.RegisterFixture;

/**
 * The bad-input catalogue of the two registers through the real services and database: each case gets its Chinese
 * message on the field at fault, and nothing is stored (no audit entry, no event).
 */
class RegisterBadInputTest {
    @TempDir
    static Path dataDir;
    static AppContext ctx;
    static Operator STAFF;
    static final String CODE = RegisterFixture.creditCode("91420100MA4K0777Q");

    @BeforeAll
    static void open() {
        ctx = TestStation.open(dataDir, TestClock.at("2026-11-28T01:15:00Z"));
        STAFF = TestOperators.signIn(ctx, "wangfang", "王芳", Role.WINDOW_STAFF);
    }

    @AfterAll
    static void close() {
        ctx.close();
    }

    static Stream<Arguments> houses() {
        return Stream.of(
                house("house code with a dash", h -> h.withHouseCode("AB-1234"), "houseCode",
                        "房屋编码应为4到30位字母或数字；没有编码的留空，由系统按社区编号"),
                house("house code too short", h -> h.withHouseCode("AB1"), "houseCode", null),
                house("house code of 31 characters", h -> h.withHouseCode("A".repeat(31)), "houseCode", null),
                house("house code with a Chinese character", h -> h.withHouseCode("房1234"), "houseCode", null),
                house("unknown kind", h -> kind(h, "CASTLE"), "kind", "房屋类别不在代码表中"),
                house("kind missing", h -> kind(h, ""), "kind", "此项必填"),
                house("division unknown", h -> division(h, "420111999999"), "divisionCode", "区划代码未能识别，请从列表中选择"),
                house("division only a township", h -> division(h, "420111002"), "divisionCode", "请选择到社区（村）一级"),
                house("division outside Hubei", h -> division(h, "110105001001"), "divisionCode", null),
                house("street missing", h -> new HouseForm("", h.kind(), h.divisionCode(), " ", h.houseNumber(), "", "",
                        "", "PERSON", h.managerName(), h.managerIdNumber(), "", h.managerPhone(), "", "4", ""),
                        "street", "此项必填"),
                house("control character in street", h -> new HouseForm("", h.kind(), h.divisionCode(), "珞喻\u0007路",
                        h.houseNumber(), "", "", "", "PERSON", h.managerName(), h.managerIdNumber(), "",
                        h.managerPhone(), "", "4", ""), "street", null),
                house("landlord ID number with a wrong check digit", h -> manager(h, "PERSON", "340524198001010011", ""),
                        "managerIdNumber", "校验码不符，请逐位核对号码"),
                house("landlord ID number missing", h -> manager(h, "PERSON", "", ""), "managerIdNumber", "此项必填"),
                house("a person with a credit code", h -> manager(h, "PERSON", h.managerIdNumber(), CODE),
                        "managerCreditCode", null),
                house("organisation with a bad credit code", h -> manager(h, "ORGANISATION", "", "91420100MA4K000000"),
                        "managerCreditCode", null),
                house("organisation with an ID number", h -> manager(h, "ORGANISATION", h.managerIdNumber(), CODE),
                        "managerIdNumber", null),
                house("unknown manager kind", h -> manager(h, "ALIEN", "", ""), "managerKind", null),
                house("landlord name with digits", h -> name(h, "李4"), "managerName", null),
                house("12-digit phone", h -> phone(h, "139000011112"), "managerPhone", "请填写11位手机号码或“区号-号码”的固定电话"),
                house("phone with letters", h -> phone(h, "1390000abcd"), "managerPhone", null),
                house("phone missing", h -> phone(h, ""), "managerPhone", "此项必填"),
                house("capacity zero", h -> RegisterFixture.house("", "0"), "capacity", "请填写1到9999之间的整数"),
                house("capacity negative", h -> RegisterFixture.house("", "-3"), "capacity", null),
                house("capacity not a number", h -> RegisterFixture.house("", "四"), "capacity", null),
                house("capacity with a decimal point", h -> RegisterFixture.house("", "2.5"), "capacity", null),
                house("capacity too large", h -> RegisterFixture.house("", "10000"), "capacity", null),
                house("capacity missing", h -> RegisterFixture.house("", ""), "capacity", "此项必填"),
                house("rooms not a number", h -> rooms(h, "三间"), "rooms", "请填写0到999之间的整数"),
                house("note too long", h -> new HouseForm("", h.kind(), h.divisionCode(), h.street(), h.houseNumber(),
                        "", "", "", "PERSON", h.managerName(), h.managerIdNumber(), "", h.managerPhone(), "", "4",
                        "备".repeat(201)), "note", "不能超过200个字"));
    }

    static Stream<Arguments> employers() {
        return Stream.of(
                employer("credit code with a wrong check character", e -> code(e, "91420100MA4K000000"), "creditCode", null),
                employer("credit code of 17 characters", e -> code(e, "91420100MA4K00000"), "creditCode", null),
                employer("credit code with I and O", e -> code(e, "91420100MA4KIO00X0"), "creditCode", null),
                employer("credit code with letters in the region", e -> code(e, RegisterFixture.creditCode("9142A100MA4K0000A")),
                        "creditCode", null),
                employer("credit code missing", e -> code(e, ""), "creditCode", "此项必填"),
                employer("name missing", e -> new EmployerForm(CODE, " ", e.divisionCode(), e.addressDetail(),
                        e.contactName(), e.contactPhone(), e.industry()), "name", "此项必填"),
                employer("name too long", e -> new EmployerForm(CODE, "公".repeat(101), e.divisionCode(),
                        e.addressDetail(), e.contactName(), e.contactPhone(), e.industry()), "name", "不能超过100个字"),
                employer("unknown division", e -> new EmployerForm(CODE, e.name(), "429999", e.addressDetail(),
                        e.contactName(), e.contactPhone(), e.industry()), "divisionCode", null),
                employer("address missing", e -> new EmployerForm(CODE, e.name(), e.divisionCode(), "",
                        e.contactName(), e.contactPhone(), e.industry()), "addressDetail", "此项必填"),
                employer("contact name with a digit", e -> new EmployerForm(CODE, e.name(), e.divisionCode(),
                        e.addressDetail(), "王2", e.contactPhone(), e.industry()), "contactName", null),
                employer("fixed phone without area code", e -> new EmployerForm(CODE, e.name(), e.divisionCode(),
                        e.addressDetail(), e.contactName(), "87654321", e.industry()), "contactPhone", null),
                employer("10-digit mobile", e -> new EmployerForm(CODE, e.name(), e.divisionCode(),
                        e.addressDetail(), e.contactName(), "1380000123", e.industry()), "contactPhone",
                        "请填写11位手机号码或“区号-号码”的固定电话"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("houses")
    void eachBadHouseIsRefusedOnItsFieldAndNothingIsStored(String name, UnaryOperator<HouseForm> change, String field,
                                                           String message) {
        long audit = ctx.transactions().readOnly(() -> ctx.auditLog().count());
        long events = ctx.transactions().readOnly(() -> ctx.outbox().lastSeq());

        ValidationFailure failure = catchThrowableOfType(ValidationFailure.class,
                () -> ctx.houseRegister().register(STAFF, change.apply(RegisterFixture.house(""))));

        expect(name, failure, field, message, audit, events);
        assertThat(catchThrowableOfType(ValidationFailure.class,
                () -> ctx.houseRegister().check(change.apply(RegisterFixture.house("")))).fieldMessages())
                .isEqualTo(failure.fieldMessages());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("employers")
    void eachBadEmployerIsRefusedOnItsFieldAndNothingIsStored(String name, UnaryOperator<EmployerForm> change,
                                                              String field, String message) {
        long audit = ctx.transactions().readOnly(() -> ctx.auditLog().count());
        long events = ctx.transactions().readOnly(() -> ctx.outbox().lastSeq());

        ValidationFailure failure = catchThrowableOfType(ValidationFailure.class,
                () -> ctx.employerRegister().register(STAFF, change.apply(RegisterFixture.employer(CODE, "楚天公司"))));

        expect(name, failure, field, message, audit, events);
    }

    private static void expect(String name, ValidationFailure failure, String field, String message, long audit,
                               long events) {
        assertThat(failure).as(name).isNotNull();
        assertThat(failure.fieldMessages()).as(name).containsKey(field);
        String text = failure.fieldMessages().get(field);
        assertThat(text).matches(".*\\p{IsHan}.*");
        if (message != null) {
            assertThat(text).isEqualTo(message);
        }
        assertThat(ctx.transactions().readOnly(() -> ctx.auditLog().count())).isEqualTo(audit);
        assertThat(ctx.transactions().readOnly(() -> ctx.outbox().lastSeq())).isEqualTo(events);
    }

    private static Arguments house(String name, UnaryOperator<HouseForm> change, String field, String message) {
        return Arguments.of(name, change, field, message);
    }

    private static Arguments employer(String name, UnaryOperator<EmployerForm> change, String field, String message) {
        return Arguments.of(name, change, field, message);
    }

    private static HouseForm kind(HouseForm h, String kind) {
        return new HouseForm(h.houseCode(), kind, h.divisionCode(), h.street(), h.houseNumber(), h.building(),
                h.unit(), h.room(), h.managerKind(), h.managerName(), h.managerIdNumber(), h.managerCreditCode(),
                h.managerPhone(), h.rooms(), h.capacity(), h.note());
    }

    private static HouseForm division(HouseForm h, String division) {
        return new HouseForm(h.houseCode(), h.kind(), division, h.street(), h.houseNumber(), h.building(), h.unit(),
                h.room(), h.managerKind(), h.managerName(), h.managerIdNumber(), h.managerCreditCode(),
                h.managerPhone(), h.rooms(), h.capacity(), h.note());
    }

    private static HouseForm manager(HouseForm h, String kind, String idNumber, String creditCode) {
        return new HouseForm(h.houseCode(), h.kind(), h.divisionCode(), h.street(), h.houseNumber(), h.building(),
                h.unit(), h.room(), kind, kind.equals("ORGANISATION") ? "某物业公司" : h.managerName(), idNumber,
                creditCode, h.managerPhone(), h.rooms(), h.capacity(), h.note());
    }

    private static HouseForm name(HouseForm h, String name) {
        return new HouseForm(h.houseCode(), h.kind(), h.divisionCode(), h.street(), h.houseNumber(), h.building(),
                h.unit(), h.room(), h.managerKind(), name, h.managerIdNumber(), h.managerCreditCode(),
                h.managerPhone(), h.rooms(), h.capacity(), h.note());
    }

    private static HouseForm phone(HouseForm h, String phone) {
        return new HouseForm(h.houseCode(), h.kind(), h.divisionCode(), h.street(), h.houseNumber(), h.building(),
                h.unit(), h.room(), h.managerKind(), h.managerName(), h.managerIdNumber(), h.managerCreditCode(),
                phone, h.rooms(), h.capacity(), h.note());
    }

    private static HouseForm rooms(HouseForm h, String rooms) {
        return new HouseForm(h.houseCode(), h.kind(), h.divisionCode(), h.street(), h.houseNumber(), h.building(),
                h.unit(), h.room(), h.managerKind(), h.managerName(), h.managerIdNumber(), h.managerCreditCode(),
                h.managerPhone(), rooms, h.capacity(), h.note());
    }

    private static EmployerForm code(EmployerForm e, String code) {
        return new EmployerForm(code, e.name(), e.divisionCode(), e.addressDetail(), e.contactName(),
                e.contactPhone(), e.industry());
    }
}

package org.residencedesk.service.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
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
import org.residencedesk.domain.form.FormValues;
import org.residencedesk.service.Operator;
import org.residencedesk.service.ValidationFailure;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestOperators;
import org.residencedesk.testsupport.RegistrationFixture;

/**
 * The bad-input catalogue through the real service and database: each case gets its Chinese message on
 * the field at fault, and nothing at all is stored (no person, no registration, no audit, no event).
 */
class RegistrationBadInputTest {
    @TempDir
    static Path dataDir;
    static AppContext ctx;
    static Operator CLERK;

    @BeforeAll
    static void open() {
        ctx = org.residencedesk.testing.TestStation.open(dataDir, TestClock.at("2026-11-28T01:15:00Z"));
        CLERK = TestOperators.signIn(ctx, "wangfang", "王芳", Role.WINDOW_STAFF);
    }

    @AfterAll
    static void close() {
        ctx.close();
    }

    static Stream<Arguments> catalogue() {
        return Stream.of(
                bad("wrong check digit", set("idNumber", "110105194912310021"), "idNumber", "校验码不符，请逐位核对号码"),
                bad("impossible birth date in the number", set("idNumber", "11010519990230002X"), "idNumber", null),
                bad("17 digits", set("idNumber", "11010519491231002"), "idNumber", null),
                bad("letters in the number", set("idNumber", "1101051949123100AX"), "idNumber", null),
                bad("birth date in the future", set("birthDate", "2027-01-01"), "birthDate", null),
                bad("birth date not that of the number", set("birthDate", "1950-01-01"), "birthDate", "出生日期与证件号码不一致"),
                bad("sex not that of the number", set("sex", "1"), "sex", "性别与证件号码不一致"),
                bad("impossible date", set("arrivalDate", "2023-02-30"), "arrivalDate", null),
                bad("arrival in the future", set("arrivalDate", "2026-11-29"), "arrivalDate", null),
                bad("arrival before birth", set("arrivalDate", "1949-01-01"), "arrivalDate", "来本地日期不能早于出生日期"),
                bad("12-digit mobile", set("mobile", "138123456789"), "mobile", "手机号码应为以1开头的11位数字"),
                bad("10-digit mobile", set("mobile", "1381234567"), "mobile", "手机号码应为以1开头的11位数字"),
                bad("mobile starting with 2", set("mobile", "23812345678"), "mobile", "手机号码应为以1开头的11位数字"),
                bad("bad fixed phone", set("fixedPhone", "12345"), "fixedPhone", null),
                bad("unknown residence division", set("residenceDivision", "420111999999"), "residenceDivision", null),
                bad("division outside Hubei", set("residenceDivision", "110105001001"), "residenceDivision", null),
                bad("unknown sex code", set("sex", "7"), "sex", null),
                bad("unknown ethnic group", set("ethnicGroup", "57"), "ethnicGroup", null),
                bad("unknown education", set("education", "99"), "education", null),
                bad("over-long name", set("name", "张".repeat(51)), "name", null),
                bad("over-long street", set("street", "路".repeat(201)), "street", null),
                bad("control character in name", set("name", "张\u0007三"), "name", null),
                bad("control character in address", set("hukouAddress", "中山路\u001b1号"), "hukouAddress", null),
                bad("name missing", set("name", ""), "name", "此项必填"),
                bad("mobile missing", set("mobile", ""), "mobile", "此项必填"),
                bad("residence division missing", set("residenceDivision", ""), "residenceDivision", "此项必填"),
                bad("privacy notice not accepted", set("privacyConsent", "false"), "privacyConsent", null),
                bad("renting without landlord", set("residenceType", "34").andThen(set("landlordName", "")), "landlordName", "此项必填"),
                bad("working without workplace", set("residenceReason", "01").andThen(set("workplaceName", "")),
                        "workplaceName", "此项必填"),
                bad("bad credit code", set("workplaceCreditCode", "91420100MA4K000000"), "workplaceCreditCode", null),
                // the registers (issue 14): a well-formed key that names nothing registered
                bad("house code not in the house register", set("houseCode", "NOSUCH0001"), "houseCode",
                        "房屋登记簿中没有这个房屋编码，请先登记房屋或从列表中选择"),
                bad("credit code not in the employer register", set("workplaceCreditCode",
                        org.residencedesk.testsupport.RegisterFixture.creditCode("91420100MA4K0999Y")),
                        "workplaceCreditCode", "单位登记簿中没有这个统一社会信用代码，请先登记单位或从列表中选择"),
                bad("contract ends before it starts", set("contractStart", "2026-01-01").andThen(set("contractEnd", "2025-01-01")),
                        "contractEnd", "劳动合同终止日期应晚于起始日期"),
                bad("insurance month 13", set("insuranceStartMonth", "2026-13"), "insuranceStartMonth", null),
                bad("guardian declarant without name", set("declarant", "guardian"), "guardianName", "此项必填"),
                bad("companion with a bad ID number", b -> b.addRow("companions", Map.of("name", "张小明",
                        "idNumber", "110105201506010025", "relationship", "20", "minor", "true", "schoolNeeds", "none")),
                        "companions[0].idNumber", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void eachBadInputIsRefusedWithItsChineseMessageAndNothingIsStored(String name, UnaryOperator<FormValues.Builder> change,
                                                                      String field, String message) {
        long audit = ctx.transactions().readOnly(() -> ctx.auditLog().count());
        long events = ctx.transactions().readOnly(() -> ctx.outbox().lastSeq());
        FormValues values = change.apply(RegistrationFixture.valid().toBuilder()).build();

        ValidationFailure failure = catchThrowableOfType(ValidationFailure.class,
                () -> ctx.registration().register(CLERK, values));

        assertThat(failure).as(name).isNotNull();
        assertThat(failure.fieldMessages()).containsKey(field);
        String text = failure.fieldMessages().get(field);
        assertThat(text).matches(".*\\p{IsHan}.*");
        if (message != null) {
            assertThat(text).isEqualTo(message);
        }
        assertThat(ctx.transactions().readOnly(() -> ctx.auditLog().count())).isEqualTo(audit);
        assertThat(ctx.transactions().readOnly(() -> ctx.outbox().lastSeq())).isEqualTo(events);
        assertThat(ctx.registration().search(TestOperators.windowStaff(ctx), RegistrationFixture.valid().get("idNumber"), null, 0, 5).items()).isEmpty();
    }

    private static Arguments bad(String name, UnaryOperator<FormValues.Builder> change, String field, String message) {
        return Arguments.of(name, change, field, message);
    }

    private static Change set(String field, String value) {
        return b -> b.set(field, value);
    }

    /** A form edit that can be chained. */
    @FunctionalInterface
    interface Change extends UnaryOperator<FormValues.Builder> {
        default Change andThen(Change next) {
            return b -> next.apply(apply(b));
        }
    }
}

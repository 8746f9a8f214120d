package org.residencedesk.service.outflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
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

/**
 * The bad-input catalogue of the 流出人口 register (the registration catalogue's sibling): each bad value gets its
 * Chinese message under its field id — what the spreadsheet import reports per row — and nothing is stored: no
 * period, no audit entry, no event.
 */
class OutflowBadInputTest {
    @TempDir
    static Path dataDir;
    static AppContext ctx;
    static Operator CLERK;

    @BeforeAll
    static void open() {
        ctx = TestStation.open(dataDir, TestClock.at("2026-11-28T01:15:00Z"));
        CLERK = TestOperators.signIn(ctx, "wangfang", "王芳", Role.WINDOW_STAFF);
    }

    @AfterAll
    static void close() {
        ctx.close();
    }

    static Stream<Arguments> catalogue() {
        return Stream.of(
                bad("wrong check digit", "idNumber", "110105194912310021", "公民身份号码不正确：校验码不符，请逐位核对号码"),
                bad("17 digits", "idNumber", "11010519491231002", null),
                bad("ID number missing", "idNumber", "", "此项必填"),
                bad("Hong Kong resident number", "idNumber", "810000199001010013", null),
                bad("name missing", "name", " ", "此项必填"),
                bad("over-long name", "name", "张".repeat(51), "不能超过50个字"),
                bad("control character in name", "name", "李\u0007建国", "含有不可见的控制字符，请重新输入"),
                bad("hukou outside the station's area", "hukouDivision", "420106001001",
                        "户籍地不在本站辖区（湖北省武汉市洪山区关山街道）内，流出人口只登记本辖区户籍人员"),
                bad("hukou only the township", "hukouDivision", "420111002", "户籍地请选到村（社区）一级"),
                bad("unknown hukou division", "hukouDivision", "420111002999", "区划代码不存在，请从列表中选择"),
                bad("destination unknown", "destinationDivision", "449999", "区划代码不存在，请从列表中选择"),
                bad("destination only a province", "destinationDivision", "44", "流入地请至少选到县（市、区）一级"),
                bad("destination inside the area", "destinationDivision", "420111002005", "流入地在本站辖区内，不属于流出"),
                bad("destination address missing", "destinationAddress", "", "此项必填"),
                bad("impossible date", "leftOn", "2026-02-30", "日期格式应为 年-月-日，例如 2026-03-01"),
                bad("date in another format", "leftOn", "2026/03/01", "日期格式应为 年-月-日，例如 2026-03-01"),
                bad("left in the future", "leftOn", "2026-11-29", "日期不能晚于今天"),
                bad("left before birth", "leftOn", "1989-01-01", "外出日期不能早于出生日期"),
                bad("unknown reason", "reason", "99", "代码不在代码表中，请从列表中选择"),
                bad("reason missing", "reason", "", "此项必填"),
                bad("over-long employer", "employer", "厂".repeat(101), "不能超过100个字"),
                bad("10-digit mobile", "mobile", "1380013800", "手机号码应为以1开头的11位数字"),
                bad("mobile starting with 2", "mobile", "23800138000", "手机号码应为以1开头的11位数字"),
                bad("count not a number", "leftBehindCount", "两", "留守人数应为0到20之间的整数"),
                bad("negative count", "leftBehindCount", "-1", "留守人数应为0到20之间的整数"),
                bad("flag without count", "leftBehindCount", "0", "已勾选留守儿童或留守老人，请填写留守人数"),
                bad("reporter missing", "reporterKind", "", "此项必填"),
                bad("platform typed at the window", "reporterKind", "PLATFORM", "请选择申报人：本人或亲属"),
                bad("unknown reporter", "reporterKind", "NEIGHBOUR", "请选择申报人：本人或亲属"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void refusedWithItsMessageAndNothingStored(String why, String field, String value, String message) {
        assertRefused(OutflowFixture.with(OutflowFixture.entry(OutflowFixture.id(11)), field, value), field, message);
    }

    @org.junit.jupiter.api.Test
    void aRelativeMustSayWhoTheyAre() {
        OutflowEntry relative = OutflowFixture.with(OutflowFixture.entry(OutflowFixture.id(13)), "reporterKind",
                "RELATIVE");
        assertRefused(relative, "reporterName", "此项必填");
        assertRefused(OutflowFixture.with(OutflowFixture.with(relative, "reporterName", "李母"), "reporterRelation",
                "999"), "reporterRelation", "代码不在代码表中，请从列表中选择");
    }

    @org.junit.jupiter.api.Test
    void aCountWithoutAFlagIsRefused() {
        OutflowEntry e = OutflowFixture.with(OutflowFixture.entry(OutflowFixture.id(15)), "leftBehindChildren", "false");
        assertRefused(e, "leftBehindCount", "填写了留守人数，请勾选留守儿童或留守老人");
    }

    @org.junit.jupiter.api.Test
    void everyBadValueOfARowIsReportedAtOnce() {
        OutflowEntry e = OutflowFixture.with(OutflowFixture.with(OutflowFixture.entry("110105194912310021"),
                "mobile", "123"), "leftOn", "x");
        ValidationFailure f = catchThrowableOfType(ValidationFailure.class, () -> ctx.outflow().check(CLERK, e));
        assertThat(f.fieldMessages()).containsOnlyKeys("idNumber", "mobile", "leftOn");
    }

    private static void assertRefused(OutflowEntry entry, String field, String message) {
        long audits = ctx.transactions().readOnly(() -> ctx.auditLog().count());
        long events = ctx.transactions().readOnly(() -> ctx.outbox().lastSeq());
        ValidationFailure f = catchThrowableOfType(ValidationFailure.class, () -> ctx.outflow().register(CLERK, entry));
        assertThat(f).as("refused").isNotNull();
        assertThat(f.fieldMessages()).containsKey(field);
        if (message != null) {
            assertThat(f.fieldMessages().get(field)).isEqualTo(message);
        }
        assertThat(ctx.outflow().list(CLERK, OutflowQuery.everything(), 0, 10).total()).isZero();
        // the list itself is audited: one entry for it, none for the refused change
        assertThat(ctx.transactions().readOnly(() -> ctx.auditLog().count())).isEqualTo(audits + 1);
        assertThat(ctx.transactions().readOnly(() -> ctx.outbox().lastSeq())).isEqualTo(events);
    }

    private static Arguments bad(String why, String field, String value, String message) {
        return Arguments.of(why, field, value, message);
    }
}

package org.residencedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.app.AppContext;
import org.residencedesk.domain.account.Role;
import org.residencedesk.domain.audit.AuditAction;
import org.residencedesk.domain.audit.AuditEntry;
import org.residencedesk.domain.form.FormValidator;
import org.residencedesk.domain.form.ValidationResult;
import org.residencedesk.domain.identity.IdNumberParser;
import org.residencedesk.domain.registration.RegistrationStatus;
import org.residencedesk.domain.registration.RegistrationSummary;
import org.residencedesk.domain.registration.SearchKind;
import org.residencedesk.forms.JsonFormCodec;
import org.residencedesk.masterdata.ClasspathMasterData;
import org.residencedesk.service.Operator;
import org.residencedesk.service.StationSetup;
import org.residencedesk.service.registration.Registered;
import org.residencedesk.testing.IdNumbers;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestOperators;
import org.residencedesk.testsupport.RegistrationFixture;
import picocli.CommandLine;

/** demo-data on a real Derby database with the packaged master data and form. */
class DemoDataCommandTest {
    static final ClasspathMasterData MASTER_DATA = org.residencedesk.testing.TestMasterData.shared();
    static final int PERSONS = 2_000;
    /** Permit outbox events of the seed-42 run: fixed by the seed, like the audit detail's counts. */
    static final long PERMIT_EVENTS_SEED_42 = 730;
    /** Second registrations (换地登记, back after a move-out) and late registrations of the seed-42 run. */
    static final long RE_REGISTERED_SEED_42 = 135;
    static final long LATE_SEED_42 = 535;
    static final TestClock CLOCK = TestClock.at("2026-11-28T01:15:00Z");

    @TempDir
    static Path dataDir;
    static AppContext ctx;
    static int exitCode;
    static String stderr;
    static String stdout;
    /** Taken right after the run: other tests here register real people afterwards. */
    static List<AuditEntry> auditAfterRun;
    static long outboxAfterRun;
    static long permitEventsAfterRun;
    static java.util.Map<String, Long> permitEventsByType;

    @BeforeAll
    static void generate() {
        ctx = AppContext.openForTests(dataDir, MASTER_DATA, CLOCK);
        ctx.stationSetup().setUpDemo();
        Run run = run(ctx, "--persons", Integer.toString(PERSONS), "--seed", "42");
        exitCode = run.exitCode;
        stderr = run.err;
        stdout = run.out;
        auditAfterRun = ctx.transactions().readOnly(() -> ctx.auditLog().latest(10));
        outboxAfterRun = count(ctx, "SELECT COUNT(*) FROM OUTBOX_EVENT WHERE EVENT_TYPE LIKE 'REGISTRATION%'");
        permitEventsAfterRun = count(ctx, "SELECT COUNT(*) FROM OUTBOX_EVENT WHERE EVENT_TYPE LIKE 'PERMIT%'");
        permitEventsByType = groupCounts(ctx, "SELECT EVENT_TYPE, COUNT(*) FROM OUTBOX_EVENT"
                + " WHERE EVENT_TYPE LIKE 'PERMIT%' GROUP BY EVENT_TYPE");
    }

    @AfterAll
    static void close() {
        ctx.close();
    }

    record Run(int exitCode, String out, String err) { }

    static Run run(AppContext c, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new DemoDataCommand(c::demoData, c::authentication));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    static long count(AppContext c, String sql) {
        try (Connection con = c.database().openConnection(); PreparedStatement ps = con.prepareStatement(sql);
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    /** How many permits the database holds in each status, in the order the run reports them. */
    static java.util.Map<org.residencedesk.domain.permit.PermitStatus, Integer> permitStatusCounts() {
        java.util.Map<org.residencedesk.domain.permit.PermitStatus, Integer> out =
                new java.util.EnumMap<>(org.residencedesk.domain.permit.PermitStatus.class);
        groupCounts(ctx, "SELECT STATUS, COUNT(*) FROM PERMIT_APPLICATION GROUP BY STATUS").forEach((status, n) ->
                out.put(org.residencedesk.domain.permit.PermitStatus.valueOf(status), n.intValue()));
        return out;
    }

    static java.util.Map<String, Long> groupCounts(AppContext c, String sql) {
        java.util.Map<String, Long> out = new java.util.TreeMap<>();
        try (Connection con = c.database().openConnection(); PreparedStatement ps = con.prepareStatement(sql);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) out.put(rs.getString(1), rs.getLong(2));
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
        return out;
    }

    static List<String> strings(AppContext c, String sql) {
        List<String> out = new ArrayList<>();
        try (Connection con = c.database().openConnection(); PreparedStatement ps = con.prepareStatement(sql);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) out.add(rs.getString(1));
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
        return out;
    }

    @Test
    void fillsTheDemoStationWithTheRequestedMix() {
        assertThat(exitCode).as(stderr).isZero();
        assertThat(stderr).contains("100%");
        // the last progress line; its rate depends on the machine's speed, so only its shape is known
        assertThat(stderr.strip().lines().reduce((a, b) -> b).orElseThrow())
                .matches("已完成 100%：2000 人，每秒 \\d+ 人");
        // elapsed time and rate depend on the machine; everything else is fixed by the seed
        assertThat(stdout).matches("(?s)已生成 2000 人的居住登记（其中变更 194 条、注销 196 条、再次登记 " + RE_REGISTERED_SEED_42
                + " 条、逾期登记 " + LATE_SEED_42 + " 条），用时 \\d+\\.\\d 秒，每秒 \\d+ 人。\\R"
                + "另生成居住证 200 张，各状态数量：" + java.util.regex.Pattern.quote(permitStatusCounts().toString()) + "\\R");
        assertThat(count(ctx, "SELECT COUNT(*) FROM PERSON")).isEqualTo(PERSONS);
        assertThat(count(ctx, "SELECT COUNT(*) FROM RESIDENCE_REGISTRATION")).isEqualTo(PERSONS + RE_REGISTERED_SEED_42);
        assertThat(count(ctx, "SELECT COUNT(*) FROM REGISTRATION_HISTORY WHERE KIND = 'CREATED'"))
                .isEqualTo(PERSONS + RE_REGISTERED_SEED_42);
        assertThat(count(ctx, "SELECT COUNT(*) FROM REGISTRATION_HISTORY WHERE KIND = 'SUPERSEDED'"))
                .isEqualTo(count(ctx, "SELECT COUNT(*) FROM RESIDENCE_REGISTRATION WHERE STATUS = 'SUPERSEDED'"))
                .isPositive();
        assertThat(count(ctx, "SELECT COUNT(*) FROM RESIDENCE_REGISTRATION WHERE LATE_REGISTRATION"))
                .isEqualTo(LATE_SEED_42);
        long cancelled = count(ctx, "SELECT COUNT(*) FROM RESIDENCE_REGISTRATION WHERE STATUS = 'CANCELLED'");
        long changed = count(ctx, "SELECT COUNT(*) FROM REGISTRATION_HISTORY WHERE KIND = 'CHANGED'");
        assertThat(cancelled).as("move-outs, and the first registration of those who came back")
                .isBetween(PERSONS * 6L / 100, PERSONS * 12L / 100);
        assertThat(changed).isBetween(PERSONS * 8L / 100, PERSONS * 12L / 100);
        assertThat(count(ctx, "SELECT COUNT(*) FROM REGISTRATION_HISTORY WHERE KIND = 'CANCELLED'")).isEqualTo(cancelled);
        assertThat(count(ctx, "SELECT COUNT(*) FROM RESIDENCE_REGISTRATION WHERE REGISTERED_ON >= '2026-11-28'"
                + " OR REGISTERED_ON < '2023-11-29' OR ARRIVAL_DATE > REGISTERED_ON")).isZero();
        assertThat(count(ctx, "SELECT COUNT(*) FROM PERSON WHERE NAME LIKE '%·%'")).as("Uyghur and foreign names")
                .isEqualTo(25L);
    }

    @Test
    void everySampledRecordHasAValidIdNumberAndAValidForm() {
        IdNumberParser parser = new IdNumberParser(CLOCK, MASTER_DATA::isKnownCounty);
        FormValidator validator = ctx.registration().validator();
        JsonFormCodec codec = new JsonFormCodec();
        List<String> ids = strings(ctx, "SELECT ID_NUMBER FROM PERSON WHERE MOD(ID, 7) = 0");
        assertThat(ids).hasSizeGreaterThan(PERSONS / 8);
        assertThat(ids).allSatisfy(id -> assertThat(parser.check(id).valid()).as(id).isTrue());
        List<String> forms = strings(ctx, "SELECT FORM_JSON FROM RESIDENCE_REGISTRATION WHERE MOD(ID, 7) = 0");
        forms.addAll(strings(ctx, "SELECT BEFORE_JSON FROM REGISTRATION_HISTORY WHERE BEFORE_JSON IS NOT NULL"));
        for (String json : forms) {
            ValidationResult result = validator.validate(codec.fromJson(json));
            assertThat(result.errors()).as("errors of a generated form").isEmpty();
        }
    }

    @Test
    void writesOneAuditEntryAndNoPlatformEvents() {
        AuditEntry last = auditAfterRun.get(0);
        assertThat(last.action()).isEqualTo(AuditAction.DATA_GENERATED);
        assertThat(last.actor()).isEqualTo(DemoDataCommand.ACTOR);
        assertThat(last.detail()).isEqualTo("persons=2000,days=1095,seed=42,changed=194,movedOut=196,reRegistered="
                + RE_REGISTERED_SEED_42 + ",late=" + LATE_SEED_42 + ",permits=200");
        assertThat(auditAfterRun.stream().filter(e -> e.action() == AuditAction.DATA_GENERATED)).hasSize(1);
        assertThat(ctx.transactions().readOnly(() -> ctx.auditLog().firstBrokenLink())).isEqualTo(-1L);
        assertThat(outboxAfterRun).as("bulk registrations are never queued for the platform").isZero();
        // one event per step each permit went through (accept, review, print, issue, endorse, 换领/补领, cancel; a
        // lapse has none), counted from the permits' own histories as the permit queries show them
        Operator chief = TestOperators.signIn(ctx, "eventchief", "核对站长", Role.CHIEF);
        java.util.Map<String, Long> fromPermits = new java.util.TreeMap<>();
        for (String person : strings(ctx, "SELECT DISTINCT CHAR(PERSON_ID) FROM PERMIT_APPLICATION")) {
            for (var summary : ctx.permitQueries().permitsOfPerson(chief, Long.parseLong(person.strip()))) {
                for (var t : ctx.permitQueries().open(chief, summary.id()).history()) {
                    String event = switch (t.action()) {
                        case ACCEPT -> "PERMIT_APPLICATION_ACCEPTED";
                        case APPROVE, REJECT -> "PERMIT_APPLICATION_REVIEWED";
                        case PRINT -> "PERMIT_PRINTED";
                        case ISSUE -> "PERMIT_ISSUED";
                        case ENDORSE -> "PERMIT_ENDORSED";
                        case REPLACE, REISSUE -> "PERMIT_REPLACED";
                        case CANCEL -> "PERMIT_CANCELLED";
                        default -> null;
                    };
                    if (event != null) fromPermits.merge(event, 1L, Long::sum);
                }
            }
        }
        assertThat(permitEventsByType).as("demo permits went through the real service (demo stations never upload)")
                .isEqualTo(fromPermits).containsKeys("PERMIT_ENDORSED", "PERMIT_REPLACED");
        assertThat(permitEventsAfterRun).isEqualTo(PERMIT_EVENTS_SEED_42);
        assertThat(ctx.stationSetup().station().orElseThrow().isDemo()).isTrue();
    }

    @Test
    void aRealRegistrationAfterwardsTakesTheNextSerialAndSearchFindsGeneratedPeople() {
        long last2026 = count(ctx, "SELECT MAX(CAST(SUBSTR(REG_NUMBER, 17, 6) AS INTEGER)) FROM RESIDENCE_REGISTRATION"
                + " WHERE SUBSTR(REG_NUMBER, 13, 4) = '2026'");
        assertThat(count(ctx, "SELECT LAST_VALUE FROM SEQUENCE_COUNTER WHERE NAME = 'registration:2026'"))
                .isEqualTo(last2026);
        Operator clerk = TestOperators.windowStaff(ctx);
        String id = IdNumbers.citizen("420106", "19900315", 901);
        Registered r = ctx.registration().register(clerk, RegistrationFixture.valid().toBuilder()
                .set("idNumber", id).set("name", "钱多多").set("sex", "1").set("birthDate", "1990-03-15")
                .set("operator", "").set("registrationDate", "").set("registrationNumber", "").build());
        assertThat(r.registrationNumber()).isEqualTo(String.format("4201119990012026%06d", last2026 + 1));

        String generated = strings(ctx, "SELECT p.ID_NUMBER FROM PERSON p JOIN RESIDENCE_REGISTRATION r"
                + " ON r.PERSON_ID = p.ID WHERE r.ID = 17").get(0);
        List<RegistrationSummary> found = ctx.registration().search(clerk, generated, SearchKind.ID_NUMBER, 0, 10).items();
        assertThat(found).hasSize(1);
        String registeredOn = strings(ctx, "SELECT CHAR(REGISTERED_ON) FROM RESIDENCE_REGISTRATION WHERE ID = 17").get(0);
        assertThat(found.get(0).registeredOn()).hasToString(registeredOn);
        assertThat(found.get(0).status()).isIn(RegistrationStatus.ACTIVE, RegistrationStatus.CANCELLED);
    }

    @Test
    void theSameSeedGivesTheSamePeopleAndAnotherSeedOthers(@TempDir Path a, @TempDir Path b, @TempDir Path c) {
        List<String> first = firstIds(a, "42");
        assertThat(first).hasSize(10).doesNotHaveDuplicates();
        assertThat(firstIds(b, "42")).isEqualTo(first);
        assertThat(firstIds(c, "43")).doesNotContainAnyElementsOf(first);
    }

    /** The first ten ID numbers of a small demo station (200 persons: the seed's effect, not the mix, is checked). */
    private static List<String> firstIds(Path dir, String seed) {
        try (AppContext c = AppContext.openForTests(dir, MASTER_DATA, CLOCK)) {
            assertThat(run(c, "--persons", "200", "--seed", seed).exitCode()).isZero();
            return strings(c, "SELECT ID_NUMBER FROM PERSON ORDER BY ID FETCH FIRST 10 ROWS ONLY");
        }
    }

    @Test
    void aRealStationIsRefusedUnlessForced(@TempDir Path dir, @TempDir Path passwords) throws Exception {
        String adminPw = org.residencedesk.testing.PasswordFiles.write(passwords, "admin.txt", "Station#2026").toString();
        String wrongPw = org.residencedesk.testing.PasswordFiles.write(passwords, "wrong.txt", "Wrong2026").toString();
        try (AppContext c = AppContext.openForTests(dir, MASTER_DATA, CLOCK)) {
            c.stationSetup().setUp(new StationSetup("420111002001", "珞南街道服务站", "420111002", "武汉市公安局洪山分局", "admin", "站长",
                    "Station#2026".toCharArray(), "Station#2026".toCharArray()));
            Run refused = run(c, "--persons", "50");
            assertThat(refused.exitCode()).isEqualTo(DemoDataCommand.EXIT_NOT_DEMO);
            assertThat(refused.err()).isEqualTo("服务站 420111002001 不是演示服务站：为防止虚构人员混入真实数据，已拒绝生成。"
                    + "确属测试环境时请加 --force。" + System.lineSeparator());
            assertThat(count(c, "SELECT COUNT(*) FROM PERSON")).isZero();

            Run anonymous = run(c, "--persons", "50", "--force");
            assertThat(anonymous.exitCode()).isEqualTo(DemoDataCommand.EXIT_NOT_PERMITTED);
            assertThat(anonymous.err()).isEqualTo("服务站 420111002001 不是演示服务站：加 --force 生成时须由管理员以"
                    + " --operator 和 --password-file 登录。" + System.lineSeparator());
            Run wrong = run(c, "--persons", "50", "--force", "--operator", "admin", "--password-file", wrongPw);
            assertThat(wrong.exitCode()).isEqualTo(DemoDataCommand.EXIT_NOT_PERMITTED);
            assertThat(wrong.err()).isEqualTo("账号或密码错误" + System.lineSeparator());
            assertThat(c.transactions().readOnly(() -> c.auditLog().latest(1)).get(0).action())
                    .isEqualTo(AuditAction.LOGIN_FAILED);
            Run halfSignedIn = run(c, "--persons", "50", "--force", "--operator", "admin");
            assertThat(halfSignedIn.exitCode()).isEqualTo(DemoDataCommand.EXIT_INVALID);
            assertThat(halfSignedIn.err()).isEqualTo("--operator 与 --password-file 须同时给出。" + System.lineSeparator());
            assertThat(count(c, "SELECT COUNT(*) FROM PERSON")).isZero();

            Run forced = run(c, "--persons", "50", "--force", "--operator", "admin", "--password-file", adminPw);
            assertThat(forced.exitCode()).as(forced.err()).isZero();
            assertThat(count(c, "SELECT COUNT(*) FROM PERSON")).isEqualTo(50);
            assertThat(strings(c, "SELECT RESIDENCE_DIVISION FROM RESIDENCE_REGISTRATION"))
                    .allSatisfy(code -> assertThat(code).startsWith("420111002"));
            // a real station gets no demo permits; the counts are those the run wrote
            assertThat(c.transactions().readOnly(() -> c.auditLog().latest(1)).get(0).actor())
                    .as("the administrator who forced it").isEqualTo("admin");
            assertThat(c.transactions().readOnly(() -> c.auditLog().latest(1)).get(0).detail())
                    .isEqualTo("persons=50,days=1095,seed=1,force,changed="
                            + count(c, "SELECT COUNT(*) FROM REGISTRATION_HISTORY WHERE KIND = 'CHANGED'")
                            + ",movedOut=" + count(c, "SELECT COUNT(*) FROM RESIDENCE_REGISTRATION WHERE STATUS = 'CANCELLED'")
                            + ",reRegistered=" + (count(c, "SELECT COUNT(*) FROM RESIDENCE_REGISTRATION") - 50)
                            + ",late=" + count(c, "SELECT COUNT(*) FROM RESIDENCE_REGISTRATION WHERE LATE_REGISTRATION")
                            + ",permits=0");
            assertThat(count(c, "SELECT COUNT(*) FROM PERMIT_APPLICATION")).isZero();
        }
    }

    @Test
    void theHelpNamesTheSignInAndEveryExitCode() {
        Run help = run(ctx, "--help");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("--operator=LOGIN", "演示服务站无需登录", "--password-file=PWFILE",
                "含该账号密码的文件（首行）", "退出码：0 生成成功", "4 登录失败",
                "--permits=K", "多于300张时批量写入");
        assertThat(DemoDataCommand.EXIT_NOT_PERMITTED).isEqualTo(4);
    }

    @Test
    void impossibleSettingsAreRefusedBeforeAnythingIsWritten(@TempDir Path dir) {
        try (AppContext c = AppContext.openForTests(dir, MASTER_DATA, CLOCK)) {
            assertThat(run(c, "--persons", "0").exitCode()).isEqualTo(DemoDataCommand.EXIT_INVALID);
            Run overflow = run(c, "--persons", "1000000", "--days", "30");
            assertThat(overflow.exitCode()).isEqualTo(DemoDataCommand.EXIT_INVALID);
            // the empty folder got a demo station first; nothing is numbered yet, so the whole serial range of
            // 2026 (6 digits) is still free
            assertThat(overflow.err()).isEqualTo("数据目录为空，已创建演示服务站 "
                    + c.stationSetup().station().orElseThrow().code().value() + "（演示账号 demo）。" + System.lineSeparator()
                    + "2026 年的登记编号不足：该年最多还能编 999999 个号，请减少 --persons 或增加 --days。"
                    + System.lineSeparator());
            Run permits = run(c, "--persons", "10", "--permits", "11");
            assertThat(permits.exitCode()).isEqualTo(DemoDataCommand.EXIT_INVALID);
            assertThat(permits.err()).isEqualTo("参数无效：--permits（11）不能多于 --persons（10）。" + System.lineSeparator());
            assertThat(count(c, "SELECT COUNT(*) FROM PERSON")).isZero();
        }
    }
}

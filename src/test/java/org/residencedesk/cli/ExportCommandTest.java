package org.residencedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.app.AppContext;
import org.residencedesk.port.RegistrationExportSource;
import org.residencedesk.domain.account.Role;
import org.residencedesk.domain.account.UserAccount;
import org.residencedesk.domain.audit.AuditAction;
import org.residencedesk.domain.audit.AuditEntry;
import org.residencedesk.security.Pbkdf2PasswordHasher;
import org.residencedesk.service.Operator;
import org.residencedesk.service.registration.Registered;
import org.residencedesk.testing.IdNumbers;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestOperators;
import org.residencedesk.testsupport.RegistrationFixture;
import picocli.CommandLine;

/** export on a real Derby database: demo people plus one registered through the service, read back. */
class ExportCommandTest {
    static final TestClock CLOCK = TestClock.at("2026-11-28T01:15:00Z");
    static final int DEMO_PERSONS = 300;
    /** Quotes and a comma: the CSV must carry them intact. */
    static final String TRICKY_STREET = "解放路\"东\",二段";

    @TempDir
    static Path dataDir;
    @TempDir
    static Path outDir;
    @TempDir
    static Path passwordDir;
    static AppContext ctx;
    static String registeredId;
    /** Registration rows after the demo run and the one real registration: persons plus their later registrations. */
    static long registrationRows;
    /** The password file of the station's administrator (admin / Station#2026). */
    static String adminPw;
    static String clerkPw;
    static String chiefPw;
    static String wrongPw;

    @BeforeAll
    static void fill() {
        ctx = org.residencedesk.testing.TestStation.open(dataDir, CLOCK);
        Pbkdf2PasswordHasher hasher = new Pbkdf2PasswordHasher(1_000);
        ctx.transactions().run(() -> {
            ctx.users().save(new UserAccount("clerk", "王芳", hasher.hash("Clerk2026".toCharArray()),
                    EnumSet.of(Role.WINDOW_STAFF), CLOCK.instant()));
            ctx.users().save(new UserAccount("chief", "李站长", hasher.hash("Chief2026".toCharArray()),
                    EnumSet.of(Role.CHIEF), CLOCK.instant()));
            ctx.users().save(new UserAccount("locked", "赵管理", hasher.hash("Locked2026".toCharArray()),
                    EnumSet.of(Role.ADMIN), CLOCK.instant()));
        });
        adminPw = passwordFile("admin.txt", "Station#2026");
        clerkPw = passwordFile("clerk.txt", "Clerk2026");
        chiefPw = passwordFile("chief.txt", "Chief2026");
        wrongPw = passwordFile("wrong.txt", "Wrong2026");
        CommandLine demo = new CommandLine(new DemoDataCommand(ctx::demoData, ctx::authentication));
        demo.setErr(new PrintWriter(new StringWriter()));
        assertThat(demo.execute("--persons", Integer.toString(DEMO_PERSONS), "--force", "--operator", "admin",
                "--password-file", adminPw)).isZero();
        registeredId = IdNumbers.citizen("420106", "19900315", 123);
        Registered r = ctx.registration().register(ctx.authentication().login("clerk", "Clerk2026".toCharArray()),
                RegistrationFixture.valid().toBuilder().set("idNumber", registeredId).set("name", "𠮷田春")
                        .set("sex", "1").set("birthDate", "1990-03-15").set("street", TRICKY_STREET)
                        .set("operator", "").set("registrationDate", "").set("registrationNumber", "").build());
        assertThat(r.registrationNumber()).as("numbered after the demo registrations").isEqualTo("4201110020012026000103");
        try (java.sql.Connection c = ctx.database().openConnection(); java.sql.ResultSet rs = c.createStatement()
                .executeQuery("SELECT COUNT(*) FROM RESIDENCE_REGISTRATION")) {
            rs.next();
            registrationRows = rs.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
        assertThat(registrationRows).as("some demo persons registered twice").isGreaterThan(DEMO_PERSONS + 1);
    }

    @AfterAll
    static void close() {
        ctx.close();
    }

    record Run(int exitCode, String out, String err) { }

    static String passwordFile(String name, String content) {
        return org.residencedesk.testing.PasswordFiles.write(passwordDir, name, content).toString();
    }

    static Run export(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new ExportCommand(ctx::exports, ctx::authentication));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return new Run(cli.execute(args), out.toString(), err.toString());
    }

    @Test
    void csvHasBomHeaderEveryRowAndFullIdNumbers() throws Exception {
        Path file = outDir.resolve("registrations.csv");
        Run run = export("--what", "registrations", "--format", "csv", "--out", file.toString(), "--operator", "chief", "--password-file", chiefPw);

        assertThat(run.exitCode()).as(run.err()).isZero();
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<List<String>> rows = parseCsv(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
        assertThat(rows.get(0)).isEqualTo(ctx.exports().registrationColumns());
        assertThat(rows.get(0).subList(0, RegistrationExportSource.COLUMNS.size()))
                .isEqualTo(RegistrationExportSource.COLUMNS);
        assertThat(rows).hasSize(1 + (int) registrationRows);
        assertThat(rows.get(rows.size() - 1).get(rows.get(0).indexOf("form.name"))).isEqualTo("𠮷田春");
        List<String> last = rows.get(rows.size() - 1);
        assertThat(last.get(2)).isEqualTo(registeredId);
        assertThat(last.get(4)).isEqualTo("𠮷田春");
        assertThat(last.get(9)).isEqualTo("湖北省武汉市洪山区关山街道海核社区" + TRICKY_STREET + "1037号");
        assertThat(rows.subList(1, rows.size())).allSatisfy(r -> assertThat(r.get(2)).hasSize(18));
        assertThat(run.out()).isEqualTo("已导出 " + registrationRows + " 条居住登记到 " + file + "。" + System.lineSeparator());
    }

    @Test
    void permitsExportCarriesStatusDatesAndEndorsementsOfEveryPermit() throws Exception {
        List<org.residencedesk.service.permit.PermitDemoData.Applicant> persons = new java.util.ArrayList<>();
        try (java.sql.Connection c = ctx.database().openConnection(); java.sql.ResultSet rs = c.createStatement().executeQuery(
                "SELECT PERSON_ID, REGISTERED_ON FROM RESIDENCE_REGISTRATION WHERE STATUS = 'ACTIVE' ORDER BY ID")) {
            while (rs.next()) {
                persons.add(new org.residencedesk.service.permit.PermitDemoData.Applicant(rs.getLong(1),
                        rs.getDate(2).toLocalDate()));
            }
        }
        org.residencedesk.domain.permit.Handover collector = org.residencedesk.domain.permit.Handover.collector("钱多多",
                new org.residencedesk.domain.identity.IdNumberParser(CLOCK, c -> true)
                        .check(IdNumbers.citizen("420106", "19800101", 801)).idNumber().orElseThrow(), "配偶");
        int generated = org.residencedesk.service.permit.PermitDemoData.generate(ctx.permits(), TestOperators.signIn(ctx,
                "zhaomin", "赵敏", Role.WINDOW_STAFF, Role.REVIEWER, Role.CLERK, Role.CHIEF), persons, 30,
                new org.residencedesk.service.permit.PermitDemoData.Settings(java.time.LocalDate.now(CLOCK), 1,
                        List.of(collector), "父母", card -> { }))
                .values().stream().mapToInt(Integer::intValue).sum();
        Path file = outDir.resolve("permits.csv");
        Run run = export("--what", "permits", "--format", "csv", "--out", file.toString(), "--operator", "chief", "--password-file", chiefPw);

        assertThat(run.exitCode()).as(run.err()).isZero();
        byte[] bytes = Files.readAllBytes(file);
        List<List<String>> rows = parseCsv(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
        assertThat(rows.get(0)).isEqualTo(org.residencedesk.service.permit.ExportRow.COLUMNS);
        List<List<String>> permits = rows.subList(1, rows.size());
        assertThat(permits).hasSize(generated).hasSize(30);
        int status = rows.get(0).indexOf("status");
        int endorsements = rows.get(0).indexOf("endorsements");
        assertThat(permits).extracting(r -> r.get(status)).isSubsetOf("AWAITING_MATERIALS", "ACCEPTED", "APPROVED",
                "REJECTED", "PRINTED", "ISSUED", "SUSPENDED", "CANCELLED").contains("ACCEPTED", "ISSUED", "CANCELLED");
        assertThat(permits).allSatisfy(r -> assertThat(r.get(endorsements)).matches("\\d+"));
        assertThat(ctx.transactions().readOnly(() -> ctx.auditLog().latest(1)).get(0).detail())
                .isEqualTo("what=permits,format=csv,rows=" + permits.size());
    }

    @Test
    void jsonIsAnArrayOfObjectsWithTheSameRows() throws Exception {
        Path file = outDir.resolve("registrations.json");
        Run run = export("--what", "REGISTRATIONS", "--format", "json", "--out", file.toString(), "--operator", "chief", "--password-file", chiefPw);

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode array = new ObjectMapper().readTree(file.toFile());
        assertThat(array.isArray()).isTrue();
        assertThat(array).hasSize((int) registrationRows);
        JsonNode last = array.get(array.size() - 1);
        assertThat(last.get("idNumber").asText()).isEqualTo(registeredId);
        assertThat(last.get("address").asText()).isEqualTo("湖北省武汉市洪山区关山街道海核社区" + TRICKY_STREET + "1037号");
        assertThat(last.get("endReason").isNull()).isTrue();
        List<String> keys = new ArrayList<>();
        last.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).isEqualTo(ctx.exports().registrationColumns());
    }

    @Test
    void eachExportIsAuditedWithWhoWhatFormatAndCountOnly() {
        Path file = outDir.resolve("audited.csv");
        assertThat(export("--what", "registrations", "--format", "csv", "--out", file.toString(), "--operator", "chief", "--password-file", chiefPw)
                .exitCode()).isZero();

        AuditEntry last = ctx.transactions().readOnly(() -> ctx.auditLog().latest(1)).get(0);
        assertThat(last.action()).isEqualTo(AuditAction.DATA_EXPORTED);
        assertThat(last.actor()).isEqualTo("chief");
        assertThat(last.detail()).isEqualTo("what=registrations,format=csv,rows=" + registrationRows);
    }

    private static long auditCount() {
        return ctx.transactions().readOnly(() -> ctx.auditLog().count());
    }

    private static AuditEntry lastAudit() {
        return ctx.transactions().readOnly(() -> ctx.auditLog().latest(1)).get(0);
    }

    private static Run exportAs(String login, String passwordFile, Path file) {
        return export("--what", "registrations", "--format", "csv", "--out", file.toString(), "--operator", login,
                "--password-file", passwordFile);
    }

    @Test
    void aWindowClerkSignedInWithTheRightPasswordIsRefusedAndNothingIsWritten() {
        long auditBefore = auditCount();
        Path file = outDir.resolve("refused-clerk.csv");

        Run run = exportAs("clerk", clerkPw, file);

        assertThat(run.exitCode()).isEqualTo(ExportCommand.EXIT_REFUSED);
        assertThat(run.err()).isEqualTo("账号 clerk 已停用或没有“导出个人信息”权限（须为站长），不能导出数据。" + System.lineSeparator());
        assertThat(run.out()).isEmpty();
        assertThat(file).doesNotExist();
        assertThat(auditCount()).as("the sign-in only, no export").isEqualTo(auditBefore + 1);
        assertThat(lastAudit().action()).isEqualTo(AuditAction.LOGIN_SUCCEEDED);
        assertThat(lastAudit().actor()).isEqualTo("clerk");
    }

    @Test
    void theAdministratorAloneSeesNoPersonalDataAndIsRefused() {
        Path file = outDir.resolve("refused-admin.csv");

        Run run = exportAs("admin", adminPw, file);

        assertThat(run.exitCode()).isEqualTo(ExportCommand.EXIT_REFUSED);
        assertThat(run.err()).isEqualTo("账号 admin 已停用或没有“导出个人信息”权限（须为站长），不能导出数据。" + System.lineSeparator());
        assertThat(file).doesNotExist();
    }

    @Test
    void withoutAUsablePasswordFileNothingIsExportedNorAudited() throws Exception {
        long auditBefore = auditCount();
        Path file = outDir.resolve("no-password.csv");

        Run missingOption = export("--what", "registrations", "--format", "csv", "--out", file.toString(),
                "--operator", "admin");
        assertThat(missingOption.exitCode()).isEqualTo(2);
        assertThat(missingOption.err()).contains("--password-file");

        Path absent = passwordDir.resolve("absent.txt");
        Run missingFile = exportAs("admin", absent.toString(), file);
        assertThat(missingFile.exitCode()).isEqualTo(ExportCommand.EXIT_NOT_SIGNED_IN);
        assertThat(missingFile.err()).isEqualTo("无法读取密码文件：" + absent + System.lineSeparator());

        String empty = passwordFile("empty.txt", "  ");
        Run emptyFile = exportAs("admin", empty, file);
        assertThat(emptyFile.exitCode()).isEqualTo(ExportCommand.EXIT_NOT_SIGNED_IN);
        assertThat(emptyFile.err()).isEqualTo("密码文件 " + empty + " 的第一行是空的：请把密码写在第一行。"
                + System.lineSeparator());

        assertThat(file).doesNotExist();
        assertThat(missingFile.out() + emptyFile.out()).isEmpty();
        assertThat(auditCount()).as("no sign-in was attempted").isEqualTo(auditBefore);
    }

    @Test
    void aWrongPasswordIsRefusedAndAuditedAsAFailedLogin() {
        long auditBefore = auditCount();
        Path file = outDir.resolve("wrong-password.csv");

        Run run = exportAs("chief", wrongPw, file);

        assertThat(run.exitCode()).isEqualTo(ExportCommand.EXIT_NOT_SIGNED_IN);
        assertThat(run.err()).isEqualTo("账号或密码错误" + System.lineSeparator());
        assertThat(run.out()).isEmpty();
        assertThat(file).doesNotExist();
        assertThat(auditCount()).isEqualTo(auditBefore + 1);
        assertThat(lastAudit().action()).isEqualTo(AuditAction.LOGIN_FAILED);
        assertThat(lastAudit().actor()).isEqualTo("chief");
    }

    @Test
    void anUnknownLoginGetsExactlyTheAnswerOfAWrongPassword() {
        Path file = outDir.resolve("unknown.csv");
        Run wrong = exportAs("chief", wrongPw, file);
        long auditBefore = auditCount();

        Run unknown = exportAs("nobody", adminPw, file);

        assertThat(unknown).isEqualTo(wrong);
        assertThat(file).doesNotExist();
        assertThat(auditCount()).isEqualTo(auditBefore + 1);
        assertThat(lastAudit().action()).isEqualTo(AuditAction.LOGIN_FAILED);
        assertThat(lastAudit().actor()).isEqualTo("nobody");
    }

    @Test
    void aStationChiefWithTheRightPasswordExports() {
        Path file = outDir.resolve("chief.csv");

        Run run = exportAs("chief", chiefPw, file);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(file).exists();
        assertThat(lastAudit().action()).isEqualTo(AuditAction.DATA_EXPORTED);
        assertThat(lastAudit().actor()).isEqualTo("chief");
    }

    @Test
    void aLockedAccountCannotExportEvenWithTheRightPassword() {
        Path file = outDir.resolve("locked.csv");
        for (int i = 0; i < 5; i++) {
            assertThat(exportAs("locked", wrongPw, file).exitCode()).isEqualTo(ExportCommand.EXIT_NOT_SIGNED_IN);
        }
        long exportsBefore = ctx.transactions().readOnly(() -> ctx.auditLog().latest(1000)).stream()
                .filter(e -> e.action() == AuditAction.DATA_EXPORTED).count();

        Run run = exportAs("locked", passwordFile("locked.txt", "Locked2026"), file);

        assertThat(run.exitCode()).isEqualTo(ExportCommand.EXIT_NOT_SIGNED_IN);
        assertThat(run.err()).isEqualTo("连续输错密码次数过多，账号已锁定15分钟" + System.lineSeparator());
        assertThat(run.out()).isEmpty();
        assertThat(file).doesNotExist();
        assertThat(ctx.transactions().readOnly(() -> ctx.auditLog().latest(1000)).stream()
                .filter(e -> e.action() == AuditAction.DATA_EXPORTED).count()).isEqualTo(exportsBefore);
    }

    // ---- safe files (docs/decisions/0135) ----

    private static Run exportTo(Path file, String... more) {
        List<String> args = new ArrayList<>(List.of("--what", "registrations", "--format", "csv",
                "--out", file.toString(), "--operator", "chief", "--password-file", chiefPw));
        args.addAll(List.of(more));
        return export(args.toArray(String[]::new));
    }

    private static void assertRefusedAsExisting(Run run, Path file) {
        assertThat(run.exitCode()).isEqualTo(ExportCommand.EXIT_TARGET_EXISTS);
        assertThat(run.err()).contains("已存在", file.toString()).doesNotContain("Exception", "\tat ");
        assertThat(run.out()).isEmpty();
    }

    private static List<String> leftovers() throws java.io.IOException {
        try (var files = Files.list(outDir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".part")).toList();
        }
    }

    @Test
    void theHelpNamesOverwriteAndEveryExitCode() {
        Run help = export("--help");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("--overwrite", "输出文件已存在时整体替换它",
                "退出码：0 导出成功；1 导出失败；2 账号无权导出；3 输出文件已存在",
                "--password-file", "含该账号密码的文件（首行）", "4 登录失败");
        assertThat(ExportCommand.EXIT_NOT_SIGNED_IN).isEqualTo(4);
        assertThat(ExportCommand.EXIT_TARGET_EXISTS).isEqualTo(3);
    }

    @Test
    void anExistingFileIsRefusedAndLeftExactlyAsItWas() throws Exception {
        Path file = Files.writeString(outDir.resolve("existing.csv"), "keep me");
        java.nio.file.attribute.FileTime mtime = java.nio.file.attribute.FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(file, mtime);
        long auditBefore = ctx.transactions().readOnly(() -> ctx.auditLog().count());

        assertRefusedAsExisting(exportTo(file), file);

        assertThat(file).hasContent("keep me");
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(mtime);
        // the operator signed in (audited like every sign-in), nothing was exported
        assertThat(ctx.transactions().readOnly(() -> ctx.auditLog().count())).isEqualTo(auditBefore + 1);
        assertThat(lastAudit().action()).isEqualTo(AuditAction.LOGIN_SUCCEEDED);
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aLinkToAnotherFileIsRefusedAndItsTargetUntouched() throws Exception {
        Path victim = Files.writeString(outDir.resolve("victim.txt"), "victim");
        Path link = Files.createSymbolicLink(outDir.resolve("link.csv"), victim);

        assertRefusedAsExisting(exportTo(link), link);

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readSymbolicLink(link)).isEqualTo(victim);
        assertThat(victim).hasContent("victim");
    }

    @Test
    void aDanglingLinkIsRefusedAndNothingIsCreatedWhereItPoints() throws Exception {
        Path nowhere = outDir.resolve("nowhere.csv");
        Path link = Files.createSymbolicLink(outDir.resolve("dangling.csv"), nowhere);

        assertRefusedAsExisting(exportTo(link), link);

        assertThat(nowhere).doesNotExist();
        assertThat(Files.isSymbolicLink(link)).isTrue();
    }

    @Test
    void aFolderIsRefusedEvenWithOverwrite() throws Exception {
        Path folder = Files.createDirectories(outDir.resolve("folder.csv"));

        assertRefusedAsExisting(exportTo(folder), folder);
        Run run = exportTo(folder, "--overwrite");

        assertThat(run.exitCode()).isEqualTo(ExportCommand.EXIT_TARGET_EXISTS);
        assertThat(run.err()).contains("文件夹", folder.toString()).doesNotContain("Exception");
        assertThat(folder).isEmptyDirectory();
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void overwriteReplacesAFileByANewOne() throws Exception {
        Path file = Files.writeString(outDir.resolve("replaced.csv"), "old export");
        Path otherName = Files.createLink(outDir.resolve("replaced-hardlink.csv"), file);
        Object oldKey = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey();

        Run run = exportTo(file, "--overwrite");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readAllBytes(file)).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey())
                .as("a new file renamed into place, not the old one rewritten").isNotEqualTo(oldKey);
        assertThat(otherName).as("the old file itself was never written").hasContent("old export");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void overwriteReplacesALinkItselfAndNeverWritesThroughIt() throws Exception {
        Path victim = Files.writeString(outDir.resolve("victim2.txt"), "victim");
        Path link = Files.createSymbolicLink(outDir.resolve("link2.csv"), victim);

        Run run = exportTo(link, "--overwrite");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.isSymbolicLink(link)).isFalse();
        assertThat(Files.readAllBytes(link)).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(victim).hasContent("victim");
    }

    /** RFC 4180 reader, independent of the writer under test. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        return rows;
    }
}

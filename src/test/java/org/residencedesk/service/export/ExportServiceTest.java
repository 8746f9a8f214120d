package org.residencedesk.service.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.EnumSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.app.AppContext;
import org.residencedesk.domain.account.Role;
import org.residencedesk.domain.account.UserAccount;
import org.residencedesk.domain.audit.AuditAction;
import org.residencedesk.domain.audit.AuditEntry;
import org.residencedesk.port.RegistrationExportSource;
import org.residencedesk.security.Pbkdf2PasswordHasher;
import org.residencedesk.service.Operator;
import org.residencedesk.service.PermissionDenied;
import org.residencedesk.testing.IdNumbers;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestOperators;
import org.residencedesk.testing.TestStation;
import org.residencedesk.testsupport.RegistrationFixture;

/** The export service on a real Derby database: who may export, what is audited, what stays on disk. */
class ExportServiceTest {
    static final TestClock CLOCK = TestClock.at("2026-11-28T01:15:00Z");
    static final Pbkdf2PasswordHasher HASHER = new Pbkdf2PasswordHasher(1_000);

    @TempDir
    static Path dataDir;
    @TempDir
    static Path outDir;
    static AppContext ctx;
    static String registeredId;

    @BeforeAll
    static void open() {
        ctx = TestStation.open(dataDir, CLOCK);
        ctx.transactions().run(() -> {
            ctx.users().save(new UserAccount("chief", "李站长", HASHER.hash("Chief2026".toCharArray()),
                    EnumSet.of(Role.CHIEF), CLOCK.instant()));
            ctx.users().save(new UserAccount("clerk", "王芳", HASHER.hash("Clerk2026".toCharArray()),
                    EnumSet.of(Role.WINDOW_STAFF), CLOCK.instant()));
            ctx.users().save(new UserAccount("leaver", "周站长", HASHER.hash("Leaver2026".toCharArray()),
                    EnumSet.of(Role.CHIEF), CLOCK.instant()));
        });
        registeredId = IdNumbers.citizen("420106", "19900315", 123);
        ctx.registration().register(signIn("clerk", "Clerk2026"),
                RegistrationFixture.valid().toBuilder().set("idNumber", registeredId).set("name", "钱多多")
                        .set("sex", "1").set("birthDate", "1990-03-15").set("operator", "")
                        .set("registrationDate", "").set("registrationNumber", "").build());
    }

    @AfterAll
    static void close() {
        ctx.close();
    }

    /** An operator exists only as the result of a sign-in, as in the window and the command line. */
    private static Operator signIn(String login, String password) {
        return ctx.authentication().login(login, password.toCharArray());
    }

    private static long auditCount() {
        return ctx.transactions().readOnly(() -> ctx.auditLog().count());
    }

    @Test
    void aStationChiefMayExportAndTheExportIsAuditedUnderTheirLogin() throws Exception {
        Path file = outDir.resolve("chief.csv");
        // the registration number is drawn by the service: read it back (the look-up is itself audited)
        String number = ctx.registration().activeRegistrationOf(TestOperators.windowStaff(ctx), registeredId).orElseThrow().registrationNumber();

        long rows = ctx.exports().export(signIn(" chief ", "Chief2026"), ExportSubject.REGISTRATIONS, ExportFormat.CSV, file);

        assertThat(rows).isEqualTo(1);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        // the summary columns, then one form.<id> column per form field (docs/decisions/0230)
        List<String> header = ctx.exports().registrationColumns();
        assertThat(header.subList(0, RegistrationExportSource.COLUMNS.size()))
                .isEqualTo(RegistrationExportSource.COLUMNS);
        assertThat(header.subList(RegistrationExportSource.COLUMNS.size(), header.size()))
                .isEqualTo(ctx.registration().form().tabOrder().stream().map(id -> "form." + id).toList());
        String[] lines = text.split("\r\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).isEqualTo("\uFEFF" + String.join(",", header));
        assertThat(lines[1]).startsWith(number + ",ACTIVE," + registeredId + ",CITIZEN,钱多多,1,1990-03-15,13812345678,"
                + "420111002003,湖北省武汉市洪山区关山街道海核社区珞喻路1037号,2026-11-01,2026-11-28,2026-11-28T01:15:00Z,clerk,,,1,"
                + "id-card," + registeredId + ",,钱多多,");
        List<String> cells = List.of(lines[1].split(",", -1));
        assertThat(cells).hasSize(header.size());
        assertThat(cells.get(header.indexOf("form.registrationNumber"))).isEqualTo(number);
        assertThat(cells.get(header.indexOf("form.residenceType"))).isEqualTo("34");
        AuditEntry last = ctx.transactions().readOnly(() -> ctx.auditLog().latest(1)).get(0);
        assertThat(last.action()).isEqualTo(AuditAction.DATA_EXPORTED);
        assertThat(last.actor()).isEqualTo("chief");
        assertThat(last.detail()).isEqualTo("what=registrations,format=csv,rows=1");
    }

    @Test
    void aClerkAndAnAdministratorAreRefusedBeforeAnyFileExists() {
        Path file = outDir.resolve("clerk.json");
        Operator clerk = signIn("clerk", "Clerk2026");
        Operator adminOnly = TestOperators.signIn(ctx, "sysadmin", "系统管理员", Role.ADMIN);
        long before = auditCount();

        assertThatThrownBy(() -> ctx.exports().export(clerk, ExportSubject.PERMITS, ExportFormat.JSON, file))
                .isInstanceOf(PermissionDenied.class);
        assertThatThrownBy(() -> ctx.exports().export(adminOnly, ExportSubject.PERMITS, ExportFormat.JSON, file))
                .as("the administrator sees no personal data").isInstanceOf(PermissionDenied.class);
        assertThat(file).doesNotExist();
        assertThat(auditCount()).isEqualTo(before);
    }

    @Test
    void aChiefDisabledAfterSigningInIsRefusedBeforeAnyFileExists() throws Exception {
        Operator leaver = signIn("leaver", "Leaver2026");
        try (java.sql.Connection c = ctx.database().openConnection();
             java.sql.Statement st = c.createStatement()) {
            assertThat(st.executeUpdate("UPDATE USER_ACCOUNT SET ACTIVE = FALSE WHERE LOGIN = 'leaver'")).isOne();
        }
        Path file = outDir.resolve("leaver.csv");
        long before = auditCount();

        assertThatThrownBy(() -> ctx.exports().export(leaver, ExportSubject.REGISTRATIONS, ExportFormat.CSV, file))
                .isInstanceOfSatisfying(ExportRefused.class, e -> assertThat(e.login()).isEqualTo("leaver"));
        assertThat(file).doesNotExist();
        assertThat(auditCount()).isEqualTo(before);
    }

    @Test
    void aFileThatCannotBeWrittenFailsWithoutAnAuditEntry() {
        Path file = outDir.resolve("missing-folder").resolve("x.csv");
        Operator chief = signIn("chief", "Chief2026");
        long before = auditCount();

        assertThatThrownBy(() -> ctx.exports().export(chief, ExportSubject.REGISTRATIONS, ExportFormat.CSV, file))
                .isInstanceOf(ExportFailed.class);
        assertThat(file.getParent()).doesNotExist();
        assertThat(auditCount()).isEqualTo(before);
    }

    @Test
    void anExistingFolderGivenAsTheTargetIsLeftAlone() throws Exception {
        Path folder = Files.createDirectories(outDir.resolve("a-folder"));
        Operator chief = signIn("chief", "Chief2026");

        assertThatThrownBy(() -> ctx.exports().export(chief, ExportSubject.REGISTRATIONS, ExportFormat.CSV, folder))
                .isInstanceOf(ExportTargetExists.class);
        assertThatThrownBy(() -> ctx.exports().export(chief, ExportSubject.REGISTRATIONS, ExportFormat.CSV, folder,
                true)).as("not even with overwrite").isInstanceOf(ExportTargetExists.class);
        assertThat(folder).isDirectory().isEmptyDirectory();
    }
}

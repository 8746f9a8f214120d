package org.residencedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.app.AppContext;
import org.residencedesk.domain.account.Role;
import org.residencedesk.domain.account.UserAccount;
import org.residencedesk.domain.audit.AuditAction;
import org.residencedesk.domain.audit.AuditEntry;
import org.residencedesk.service.PasswordChangeRequired;
import org.residencedesk.service.ValidationFailure;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestOperators;
import org.residencedesk.testing.TestStation;
import picocli.CommandLine;

/** {@code user …} round trips on a real station: sign-in, each subcommand, refusals and their exit codes, lockout. */
class UserCommandTest {
    @TempDir
    Path dataDir;
    @TempDir
    Path files;
    private final TestClock clock = TestClock.at("2026-11-28T01:15:00Z");
    private AppContext ctx;
    private String adminPw;

    @BeforeEach
    void open() throws IOException {
        ctx = TestStation.open(dataDir, clock);
        adminPw = file("admin.txt", TestStation.ADMIN_PASSWORD);
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    record Run(int exitCode, String out, String err) { }

    private Run user(String... args) {
        CommandLine cli = UserCommand.commandLine(ctx::userAdministration, ctx::authentication, clock);
        ChineseParameterErrors.install(cli);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return new Run(cli.execute(args), out.toString(), err.toString());
    }

    private Run asAdmin(String subcommand, String... args) {
        String[] all = new String[args.length + 5];
        all[0] = subcommand;
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--operator";
        all[args.length + 2] = TestStation.ADMIN;
        all[args.length + 3] = "--password-file";
        all[args.length + 4] = adminPw;
        return user(all);
    }

    private String file(String name, String firstLine) throws IOException {
        return org.residencedesk.testing.PasswordFiles.write(files, name, firstLine).toString();
    }

    @Test
    void addListResetRolesDisableEnableRoundTrip() throws Exception {
        String initial = file("initial.txt", "Guanshan#88");

        Run added = asAdmin("add", "liming", "--name", "李明", "--roles", "window_staff,CLERK",
                "--new-password-file", initial);
        assertThat(added.exitCode()).as(added.err()).isZero();
        assertThat(added.out()).isEqualTo("已新增账号 liming（窗口工作人员、制证员），首次登录时须修改初始密码。\n");
        assertThatThrownBy(() -> ctx.authentication().login("liming", "Guanshan#88".toCharArray()))
                .isInstanceOf(PasswordChangeRequired.class);

        Run list = asAdmin("list");
        assertThat(list.exitCode()).isZero();
        assertThat(list.out().lines().toList()).containsExactly(
                "账号\t姓名\t角色\t状态\t须修改密码\t最近登录",
                "admin\t站长\t管理员\t启用\t否\t2026-11-28 09:15:00",
                "liming\t李明\t窗口工作人员、制证员\t启用\t是\t2026-11-28 09:15:00");
        assertThat(list.out()).doesNotContain("pbkdf2");

        Run roles = asAdmin("roles", "liming", "--roles", "REVIEWER");
        assertThat(roles.out()).isEqualTo("账号 liming 的角色：审核员\n");
        assertThat(account("liming").roles()).containsExactly(Role.REVIEWER);

        Run reset = asAdmin("reset-password", "liming", "--new-password-file", file("new.txt", "Zhuodaoquan#3"));
        assertThat(reset.exitCode()).as(reset.err()).isZero();
        assertThat(reset.out()).isEqualTo("账号 liming 的密码已重置，下次登录时须修改。\n");
        assertThat(lastAudit().action()).isEqualTo(AuditAction.USER_PASSWORD_RESET);

        assertThat(asAdmin("disable", "liming").out()).isEqualTo("账号 liming 已停用。\n");
        assertThat(asAdmin("disable", "liming").exitCode()).as("running it twice is safe").isZero();
        assertThat(account("liming").isActive()).isFalse();
        assertThat(asAdmin("enable", "liming").out()).isEqualTo("账号 liming 已启用。\n");
        assertThat(account("liming").isActive()).isTrue();
    }

    @Test
    void refusalsAreToldInChineseWithTheirExitCodes() throws Exception {
        Run weak = asAdmin("add", "liming", "--name", "李明", "--roles", "CLERK", "--new-password-file",
                file("weak.txt", "Password123!"));
        assertThat(weak.exitCode()).isEqualTo(UserCommand.EXIT_REFUSED);
        assertThat(weak.err()).isEqualTo("--new-password-file：这是常见的弱密码（常用单词或键盘顺序加数字符号），请换一个\n");
        assertThat(ctx.transactions().readOnly(() -> ctx.users().findByLogin("liming"))).isEmpty();

        Run self = asAdmin("disable", "admin");
        assertThat(self.exitCode()).isEqualTo(UserCommand.EXIT_REFUSED);
        assertThat(self.err()).isEqualTo("不能停用自己正在使用的账号\n");

        Run lastAdmin = asAdmin("roles", "admin", "--roles", "CHIEF");
        assertThat(lastAdmin.exitCode()).isEqualTo(UserCommand.EXIT_REFUSED);
        assertThat(lastAdmin.err()).isEqualTo(
                "--roles：这是本站最后一个启用的管理员账号，不能去掉管理员角色；请先为另一账号授予管理员角色\n");

        Run unknown = asAdmin("enable", "nobody");
        assertThat(unknown.exitCode()).isEqualTo(UserCommand.EXIT_REFUSED);
        assertThat(unknown.err()).isEqualTo("没有账号 nobody\n");

        Run missingFile = asAdmin("reset-password", "admin", "--new-password-file", files.resolve("absent.txt").toString());
        assertThat(missingFile.exitCode()).isEqualTo(UserCommand.EXIT_REFUSED);
        assertThat(missingFile.err()).isEqualTo("无法读取密码文件：" + files.resolve("absent.txt") + "\n");

        Run onTheCommandLine = user("add", "liming", "--name", "李明", "--roles", "CLERK", "--new-password",
                "Guanshan#88", "--new-password-file", file("fine.txt", "Guanshan#88"), "--operator", "admin",
                "--password-file", adminPw);
        assertThat(onTheCommandLine.exitCode()).isEqualTo(2);
        assertThat(onTheCommandLine.err()).startsWith("无法识别的选项或参数");

        TestOperators.signIn(ctx, "lizz", "李站长", Role.CHIEF);
        Run chief = user("list", "--operator", "lizz", "--password-file", file("chief.txt", TestOperators.PASSWORD));
        assertThat(chief.exitCode()).isEqualTo(UserCommand.EXIT_NOT_PERMITTED);
        assertThat(chief.err()).isEqualTo("账号 lizz 不是管理员，不能管理账号。\n");
        assertThat(chief.out()).isEmpty();
    }

    @Test
    void fiveWrongPasswordsThroughTheCommandLineLockTheAccountAndASixthCorrectOneIsRefused() throws Exception {
        String wrong = file("wrong.txt", "Wrong#20260");
        for (int i = 1; i <= 4; i++) {
            Run run = user("list", "--operator", "admin", "--password-file", wrong);
            assertThat(run.exitCode()).as("attempt %d", i).isEqualTo(UserCommand.EXIT_NOT_SIGNED_IN);
            assertThat(run.err()).isEqualTo("账号或密码错误\n");
        }
        Run fifth = user("list", "--operator", "admin", "--password-file", wrong);
        assertThat(fifth.err()).isEqualTo("连续输错密码次数过多，账号已锁定15分钟\n");

        Run sixth = user("list", "--operator", "admin", "--password-file", adminPw);
        assertThat(sixth.exitCode()).isEqualTo(UserCommand.EXIT_NOT_SIGNED_IN);
        assertThat(sixth.err()).isEqualTo("连续输错密码次数过多，账号已锁定15分钟\n");
        assertThat(sixth.out()).as("nothing listed").isEmpty();
        assertThat(lastAudit().action()).isEqualTo(AuditAction.LOGIN_LOCKED);

        clock.advance(java.time.Duration.ofMinutes(15));
        assertThat(user("list", "--operator", "admin", "--password-file", adminPw).exitCode()).isZero();
    }

    @Test
    void theNewAccountChangesItsInitialPasswordThenWorks() throws Exception {
        asAdmin("add", "liming", "--name", "李明", "--roles", "WINDOW_STAFF", "--new-password-file",
                file("initial.txt", "Guanshan#88"));

        assertThatThrownBy(() -> ctx.authentication().changePassword("liming", "Guanshan#88".toCharArray(),
                "liming-2026#A".toCharArray(), "liming-2026#A".toCharArray()))
                .isInstanceOfSatisfying(ValidationFailure.class, e -> assertThat(e.fieldMessages())
                        .containsEntry("newPassword", "密码不能包含账号"));
        assertThat(ctx.authentication().changePassword("liming", "Guanshan#88".toCharArray(),
                "Zhuodaoquan#3".toCharArray(), "Zhuodaoquan#3".toCharArray()).roles())
                .containsExactly(Role.WINDOW_STAFF);
        assertThat(List.of(account("liming").mustChangePassword())).containsExactly(false);
    }

    private UserAccount account(String login) {
        return ctx.transactions().readOnly(() -> ctx.users().findByLogin(login).orElseThrow());
    }

    private AuditEntry lastAudit() {
        return ctx.transactions().readOnly(() -> ctx.auditLog().latest(1)).get(0);
    }
}

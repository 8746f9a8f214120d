package org.residencedesk.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.app.AppContext;
import org.residencedesk.domain.account.Role;
import org.residencedesk.domain.audit.AuditAction;
import org.residencedesk.service.Operator;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestOperators;
import org.residencedesk.testing.TestStation;
import org.residencedesk.ui.BackgroundWork;

/** 用户管理 without a window: the real services on a fresh station, every call inline. */
class UserManagementViewModelTest {
    @TempDir
    Path dataDir;
    private final TestClock clock = TestClock.at("2026-11-28T01:00:00Z");
    private AppContext ctx;
    private UserManagementViewModel screen;

    @BeforeEach
    void open() {
        ctx = TestStation.open(dataDir, clock);
        Operator admin = TestOperators.signIn(ctx, "chenjing", "陈静", Role.ADMIN);
        screen = new UserManagementViewModel(ctx.userAdministration(), ctx.idleLock(), admin, clock,
                BackgroundWork.inline());
        screen.refresh();
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    @Test
    void theListShowsEachAccountInChinese() {
        assertThat(screen.rows).extracting(UserManagementViewModel.Row::login).containsExactly("admin", "chenjing");
        UserManagementViewModel.Row admin = screen.rows.get(0);
        assertThat(admin.roles()).isEqualTo("管理员");
        assertThat(admin.status()).isEqualTo("启用");
        assertThat(admin.mustChange()).isEmpty();
        assertThat(admin.lastLogin()).isEqualTo("从未登录");
        assertThat(screen.rows.get(1).lastLogin()).isEqualTo("2026-11-28 09:00:00");
        assertThat(screen.idleMinutes.get()).isEqualTo("10");
    }

    @Test
    void addingAnAccountShowsItSelectedWithItsDutyToChangeThePassword() {
        screen.newLogin.set("liming");
        screen.newDisplayName.set("李明");
        screen.newRoles.get(Role.WINDOW_STAFF).set(true);
        screen.newRoles.get(Role.CLERK).set(true);
        screen.newPassword.set("Guanshan#88");
        screen.newPasswordConfirm.set("Guanshan#88");

        screen.add();

        assertThat(screen.addErrors.of("form").get()).isEmpty();
        assertThat(screen.notice.get()).isEqualTo("已新增账号 liming，首次登录时须修改初始密码");
        assertThat(screen.selected.get().login()).isEqualTo("liming");
        assertThat(screen.selected.get().roles()).isEqualTo("窗口工作人员、制证员");
        assertThat(screen.selected.get().mustChange()).isEqualTo("须修改");
        assertThat(screen.selectedRoles.get(Role.CLERK).get()).isTrue();
        assertThat(screen.selectedRoles.get(Role.ADMIN).get()).isFalse();
        assertThat(screen.newLogin.get()).isEmpty();
        assertThat(screen.newPassword.get()).isEmpty();
    }

    @Test
    void badInputIsShownBesideEachFieldOfTheNewAccount() {
        screen.newLogin.set("liming");
        screen.newPassword.set("Password123!");
        screen.newPasswordConfirm.set("Password123!");

        screen.add();

        assertThat(screen.addErrors.of("displayName").get()).isEqualTo("此项必填");
        assertThat(screen.addErrors.of("roles").get()).isEqualTo("请至少选择一个角色");
        assertThat(screen.addErrors.of("password").get())
                .isEqualTo("这是常见的弱密码（常用单词或键盘顺序加数字符号），请换一个");
        assertThat(screen.newPassword.get()).as("never kept").isEmpty();
        assertThat(screen.newLogin.get()).as("kept for correcting").isEqualTo("liming");
        assertThat(screen.rows).hasSize(2);
    }

    @Test
    void theSelectedAccountIsDisabledEnabledGivenRolesAndANewPassword() {
        TestOperators.signIn(ctx, "wangfang", "王芳", Role.WINDOW_STAFF);
        screen.refresh();
        screen.selected.set(screen.rows.get(2));

        screen.disableSelected();
        assertThat(screen.selected.get().status()).isEqualTo("已停用");
        assertThat(screen.notice.get()).isEqualTo("账号 wangfang 已停用");
        screen.enableSelected();
        assertThat(screen.selected.get().status()).isEqualTo("启用");

        screen.selectedRoles.get(Role.CHIEF).set(true);
        screen.saveSelectedRoles();
        assertThat(screen.selected.get().roles()).isEqualTo("窗口工作人员、站长");

        screen.resetPassword.set("Zhuodaoquan#3");
        screen.resetPasswordConfirm.set("Zhuodaoquan#3");
        screen.resetSelectedPassword();
        assertThat(screen.selected.get().mustChange()).isEqualTo("须修改");
        assertThat(screen.resetPassword.get()).isEmpty();
        assertThat(ctx.transactions().readOnly(() -> ctx.auditLog().latest(2)))
                .extracting(org.residencedesk.domain.audit.AuditEntry::action)
                .as("the reset, then the list shown again").containsExactlyInAnyOrder(
                        AuditAction.USER_PASSWORD_RESET, AuditAction.USERS_LISTED);
    }

    @Test
    void theRulesAboutOnesOwnAccountAndTheLastAdministratorAreShown() {
        screen.selected.set(screen.rows.get(1)); // 陈静 herself
        screen.disableSelected();
        assertThat(screen.selectedErrors.of("user").get()).isEqualTo("不能停用自己正在使用的账号");

        screen.selected.set(screen.rows.get(0));
        screen.disableSelected(); // the first administrator: 陈静 stays the only one
        screen.selected.set(screen.rows.get(1));
        screen.selectedRoles.get(Role.ADMIN).set(false);
        screen.selectedRoles.get(Role.CHIEF).set(true);
        screen.saveSelectedRoles();
        assertThat(screen.selectedErrors.of("roles").get())
                .isEqualTo("这是本站最后一个启用的管理员账号，不能去掉管理员角色；请先为另一账号授予管理员角色");

        screen.selected.set(null);
        screen.enableSelected();
        assertThat(screen.selectedErrors.of("user").get()).isEqualTo("请先在列表中选择一个账号");
    }

    @Test
    void theIdleTimeIsSavedWithinOneToSixtyMinutes() {
        screen.idleMinutes.set("abc");
        screen.saveIdleMinutes();
        assertThat(screen.idleErrors.of("idleMinutes").get()).isEqualTo("请输入1到60之间的整数分钟数");

        screen.idleMinutes.set("90");
        screen.saveIdleMinutes();
        assertThat(screen.idleErrors.of("idleMinutes").get()).isEqualTo("自动锁屏时间应为1到60分钟之间的整数");

        screen.idleMinutes.set(" 5 ");
        screen.saveIdleMinutes();
        assertThat(screen.idleErrors.of("idleMinutes").get()).isEmpty();
        assertThat(screen.notice.get()).isEqualTo("自动锁屏时间已改为 5 分钟");
        assertThat(ctx.idleLock().idleTime(TestOperators.signIn(ctx, "wangfang", "王芳", Role.WINDOW_STAFF)))
                .isEqualTo(java.time.Duration.ofMinutes(5));
    }
}

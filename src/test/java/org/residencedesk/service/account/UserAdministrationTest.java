package org.residencedesk.service.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.app.AppContext;
import org.residencedesk.domain.account.Role;
import org.residencedesk.domain.account.UserAccount;
import org.residencedesk.domain.audit.AuditAction;
import org.residencedesk.domain.audit.AuditEntry;
import org.residencedesk.service.Operator;
import org.residencedesk.service.PasswordChangeRequired;
import org.residencedesk.service.PermissionDenied;
import org.residencedesk.service.ValidationFailure;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestOperators;
import org.residencedesk.testing.TestStation;

/** 用户管理 on a real station: each rule, the last administrator, and the audit entry of every change. */
class UserAdministrationTest {
    @TempDir
    Path dataDir;
    private final TestClock clock = TestClock.at("2026-11-28T01:00:00Z");
    private AppContext ctx;
    private UserAdministration users;
    /** A second administrator; the station's first one is {@link TestStation#ADMIN}. */
    private Operator chen;

    @BeforeEach
    void open() {
        ctx = TestStation.open(dataDir, clock);
        users = ctx.userAdministration();
        chen = TestOperators.signIn(ctx, "chenjing", "陈静", Role.ADMIN);
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    private static NewUser newUser(String login, String name, Set<Role> roles, String password) {
        return new NewUser(login, name, roles, password.toCharArray(), password.toCharArray());
    }

    @Test
    void theFirstAdministratorHoldsOnlyTheAdministratorRole() {
        assertThat(account(TestStation.ADMIN).roles()).containsExactly(Role.ADMIN);
    }

    @Test
    void anAddedAccountMustChangeItsInitialPasswordAndTheAdditionIsAudited() {
        UserSummary added = users.add(chen, newUser("liming", "李明", EnumSet.of(Role.WINDOW_STAFF, Role.CLERK),
                "Guanshan#88"));

        assertThat(added).isEqualTo(new UserSummary("liming", "李明", Set.of(Role.WINDOW_STAFF, Role.CLERK), true,
                false, true, clock.instant(), null));
        assertThat(lastAudit()).satisfies(e -> {
            assertThat(e.actor()).isEqualTo("chenjing");
            assertThat(e.action()).isEqualTo(AuditAction.USER_CREATED);
            assertThat(e.targetId()).isEqualTo("liming");
            assertThat(e.detail()).isEqualTo("roles=CLERK,WINDOW_STAFF");
        });
        assertThatThrownBy(() -> ctx.authentication().login("liming", "Guanshan#88".toCharArray()))
                .isInstanceOfSatisfying(PasswordChangeRequired.class,
                        e -> assertThat(e.getMessage()).isEqualTo("此密码由管理员设置，请先设置您自己的新密码"));
    }

    @Test
    void badInputIsNamedBesideEachFieldAndNothingIsStored() {
        long before = accounts();

        assertThatThrownBy(() -> users.add(chen, new NewUser("1x", " ", Set.of(), "short".toCharArray(),
                "short".toCharArray())))
                .isInstanceOfSatisfying(ValidationFailure.class, e -> assertThat(e.fieldMessages()).isEqualTo(Map.of(
                        "login", "账号以字母开头，3–32位字母、数字或 _ . -",
                        "displayName", "此项必填",
                        "roles", "请至少选择一个角色",
                        "password", "密码至少10位")));
        assertThatThrownBy(() -> users.add(chen, new NewUser("liming", "李明", Set.of(Role.CLERK),
                "Guanshan#88".toCharArray(), "Guanshan#89".toCharArray())))
                .isInstanceOfSatisfying(ValidationFailure.class, e -> assertThat(e.fieldMessages())
                        .isEqualTo(Map.of("passwordConfirm", "两次输入的密码不一致")));
        assertThatThrownBy(() -> users.add(chen, newUser("chenjing", "陈静", Set.of(Role.CLERK), "Guanshan#88")))
                .isInstanceOfSatisfying(ValidationFailure.class, e -> assertThat(e.fieldMessages())
                        .isEqualTo(Map.of("login", "账号 chenjing 已存在")));
        assertThat(accounts()).isEqualTo(before);
    }

    @Test
    void theListShowsNoPasswordDataAndIsAudited() {
        users.add(chen, newUser("liming", "李明", EnumSet.of(Role.WINDOW_STAFF), "Guanshan#88"));

        List<UserSummary> list = users.list(chen);

        assertThat(list).extracting(UserSummary::login).containsExactly("admin", "chenjing", "liming");
        assertThat(list.get(1)).isEqualTo(new UserSummary("chenjing", "陈静", Set.of(Role.ADMIN), true, false, false,
                clock.instant(), clock.instant()));
        assertThat(UserSummary.class.getRecordComponents()).extracting(c -> c.getName())
                .doesNotContain("passwordHash", "password");
        assertThat(lastAudit()).satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.USERS_LISTED);
            assertThat(e.detail()).isEqualTo("rows=3");
        });
    }

    @Test
    void aDisabledAccountCannotSignInUntilEnabledAgain() {
        users.add(chen, newUser("liming", "李明", EnumSet.of(Role.WINDOW_STAFF), "Guanshan#88"));

        assertThat(users.disable(chen, "liming").active()).isFalse();
        assertThat(lastAudit().action()).isEqualTo(AuditAction.USER_DISABLED);
        assertThatThrownBy(() -> ctx.authentication().login("liming", "Guanshan#88".toCharArray()))
                .isInstanceOfSatisfying(ValidationFailure.class, e -> assertThat(e.fieldMessages())
                        .isEqualTo(Map.of("password", "账号或密码错误")));

        assertThat(users.enable(chen, "liming").active()).isTrue();
        assertThat(lastAudit().action()).isEqualTo(AuditAction.USER_ENABLED);
        assertThatThrownBy(() -> ctx.authentication().login("liming", "Guanshan#88".toCharArray()))
                .isInstanceOf(PasswordChangeRequired.class);
    }

    @Test
    void nobodyDisablesThemselvesAndTheLastActiveAdministratorStays() {
        assertThatThrownBy(() -> users.disable(chen, "chenjing"))
                .isInstanceOfSatisfying(ValidationFailure.class, e -> assertThat(e.fieldMessages())
                        .isEqualTo(Map.of("user", "不能停用自己正在使用的账号")));

        users.disable(chen, TestStation.ADMIN);
        Operator zhao = TestOperators.signIn(ctx, "zhaolei", "赵磊", Role.ADMIN);
        users.setRoles(zhao, "zhaolei", Set.of(Role.CHIEF)); // allowed: 陈静 is still an administrator

        assertThatThrownBy(() -> users.disable(zhao, "chenjing"))
                .as("赵磊 lost the role since signing in").isInstanceOf(PermissionDenied.class);
        assertThatThrownBy(() -> users.setRoles(chen, "chenjing", Set.of(Role.CHIEF)))
                .isInstanceOfSatisfying(ValidationFailure.class, e -> assertThat(e.fieldMessages()).isEqualTo(Map.of(
                        "roles", "这是本站最后一个启用的管理员账号，不能去掉管理员角色；请先为另一账号授予管理员角色")));
        users.setRoles(chen, "zhaolei", Set.of(Role.ADMIN, Role.CHIEF));
        Operator zhaoAgain = TestOperators.signIn(ctx, "zhaolei", "赵磊", Role.ADMIN); // signs in again
        users.disable(zhaoAgain, "chenjing");
        assertThatThrownBy(() -> users.setRoles(zhaoAgain, "zhaolei", Set.of(Role.CHIEF)))
                .isInstanceOfSatisfying(ValidationFailure.class, e -> assertThat(e.fieldMessages().get("roles"))
                        .isEqualTo("这是本站最后一个启用的管理员账号，不能去掉管理员角色；请先为另一账号授予管理员角色"));
        assertThat(ctx.transactions().readOnly(() -> ctx.users().findAll()).stream()
                .filter(UserAccount::isActive).filter(a -> a.hasRole(Role.ADMIN)).map(UserAccount::login).toList())
                .containsExactly("zhaolei");
    }

    @Test
    void rolesChangeIsAuditedWithBeforeAndAfterAndNeedsOneRole() {
        users.add(chen, newUser("liming", "李明", EnumSet.of(Role.WINDOW_STAFF), "Guanshan#88"));

        users.setRoles(chen, "liming", Set.of(Role.CLERK, Role.REVIEWER));

        assertThat(account("liming").roles()).containsExactlyInAnyOrder(Role.CLERK, Role.REVIEWER);
        assertThat(lastAudit()).satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.USER_ROLES_CHANGED);
            assertThat(e.targetId()).isEqualTo("liming");
            assertThat(e.detail()).isEqualTo("roles=WINDOW_STAFF->CLERK,REVIEWER");
        });
        assertThatThrownBy(() -> users.setRoles(chen, "liming", Set.of()))
                .isInstanceOfSatisfying(ValidationFailure.class, e -> assertThat(e.fieldMessages())
                        .isEqualTo(Map.of("roles", "请至少选择一个角色")));
        assertThatThrownBy(() -> users.setRoles(chen, "nobody", Set.of(Role.CLERK)))
                .isInstanceOfSatisfying(ValidationFailure.class, e -> assertThat(e.fieldMessages())
                        .isEqualTo(Map.of("login", "没有账号 nobody")));
    }

    @Test
    void aResetPasswordEndsALockoutAndMustBeChangedAtTheNextSignIn() {
        Operator li = TestOperators.signIn(ctx, "liming", "李明", Role.WINDOW_STAFF);
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> ctx.authentication().login(li.login(), "Wrong#20260".toCharArray()))
                    .isInstanceOf(ValidationFailure.class);
        }
        assertThat(account("liming").isLockedAt(clock.instant())).isTrue();

        assertThatThrownBy(() -> users.resetPassword(chen, "liming", "liming#2026A".toCharArray(),
                "liming#2026A".toCharArray()))
                .isInstanceOfSatisfying(ValidationFailure.class, e -> assertThat(e.fieldMessages())
                        .isEqualTo(Map.of("password", "密码不能包含账号")));
        users.resetPassword(chen, "liming", "Zhuodaoquan#3".toCharArray(), "Zhuodaoquan#3".toCharArray());

        assertThat(account("liming").isLockedAt(clock.instant())).isFalse();
        assertThat(lastAudit().action()).isEqualTo(AuditAction.USER_PASSWORD_RESET);
        assertThat(lastAudit().actor()).isEqualTo("chenjing");
        assertThatThrownBy(() -> ctx.authentication().login("liming", "Zhuodaoquan#3".toCharArray()))
                .isInstanceOf(PasswordChangeRequired.class);
        assertThatThrownBy(() -> users.resetPassword(chen, "chenjing", "Zhuodaoquan#3".toCharArray(),
                "Zhuodaoquan#3".toCharArray()))
                .isInstanceOfSatisfying(ValidationFailure.class, e -> assertThat(e.fieldMessages())
                        .isEqualTo(Map.of("user", "自己的密码请通过右上角菜单中的“修改密码”修改")));
    }

    @Test
    void onlyAdministratorsManageUsersAndTheRefusalComesFirst() {
        Operator clerk = TestOperators.signIn(ctx, "wangfang", "王芳", Role.WINDOW_STAFF, Role.CHIEF);
        long entries = auditCount();

        assertThatThrownBy(() -> users.list(clerk)).isInstanceOf(PermissionDenied.class);
        assertThatThrownBy(() -> users.add(clerk, newUser("liming", "李明", Set.of(Role.CLERK), "Guanshan#88")))
                .isInstanceOf(PermissionDenied.class);
        assertThatThrownBy(() -> users.disable(clerk, "chenjing")).isInstanceOf(PermissionDenied.class);
        assertThatThrownBy(() -> users.enable(clerk, "chenjing")).isInstanceOf(PermissionDenied.class);
        assertThatThrownBy(() -> users.resetPassword(clerk, "chenjing", "Guanshan#88".toCharArray(),
                "Guanshan#88".toCharArray())).isInstanceOf(PermissionDenied.class);
        assertThatThrownBy(() -> users.setRoles(clerk, "wangfang", Set.of(Role.ADMIN)))
                .isInstanceOf(PermissionDenied.class);
        assertThat(auditCount()).as("nothing written").isEqualTo(entries);
        assertThat(account("wangfang").roles()).containsExactlyInAnyOrder(Role.WINDOW_STAFF, Role.CHIEF);
    }

    private UserAccount account(String login) {
        return ctx.transactions().readOnly(() -> ctx.users().findByLogin(login).orElseThrow());
    }

    private long accounts() {
        return ctx.transactions().readOnly(() -> ctx.users().count());
    }

    private AuditEntry lastAudit() {
        return ctx.transactions().readOnly(() -> ctx.auditLog().latest(1)).get(0);
    }

    private long auditCount() {
        return lastAudit().seq();
    }
}

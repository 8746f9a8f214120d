package org.residencedesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.app.AppContext;
import org.residencedesk.domain.account.Role;
import org.residencedesk.service.Operator;
import org.residencedesk.service.account.NewUser;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestOperators;
import org.residencedesk.testing.TestStation;
import org.residencedesk.ui.BackgroundWork;

/** The login screen's change-password step without a window: refused until changed, then signed in. */
class ChangePasswordViewModelTest {
    @TempDir
    Path dataDir;
    private AppContext ctx;
    private final List<Operator> signedIn = new ArrayList<>();
    private final List<String> changeFor = new ArrayList<>();

    @BeforeEach
    void open() {
        ctx = TestStation.open(dataDir, TestClock.at("2026-11-28T01:00:00Z"));
        Operator admin = TestOperators.signIn(ctx, "chenjing", "陈静", Role.ADMIN);
        ctx.userAdministration().add(admin, new NewUser("liming", "李明", Set.of(Role.WINDOW_STAFF),
                "Guanshan#88".toCharArray(), "Guanshan#88".toCharArray()));
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    @Test
    void aPasswordSetByTheAdministratorLeadsToTheChangeStepThenSignsIn() {
        LoginViewModel login = new LoginViewModel(ctx.authentication(), false, BackgroundWork.inline());
        login.login.set("liming");
        login.password.set("Guanshan#88");
        login.signIn(signedIn::add, () -> { }, changeFor::add);
        assertThat(signedIn).isEmpty();
        assertThat(changeFor).containsExactly("liming");
        assertThat(login.password.get()).isEmpty();

        ChangePasswordViewModel change = new ChangePasswordViewModel(ctx.authentication(), "liming", true,
                BackgroundWork.inline());
        assertThat(change.introText())
                .isEqualTo("账号 liming 的密码由管理员设置，请再次输入它，并设置只有您自己知道的新密码。");
        change.currentPassword.set("Guanshan#88");
        change.newPassword.set("Zhuodaoquan#3");
        change.newPasswordConfirm.set("Zhuodaoquan#4");
        change.submit(signedIn::add);
        assertThat(change.errors.of("newPasswordConfirm").get()).isEqualTo("两次输入的密码不一致");
        assertThat(change.newPassword.get()).as("typed again, never kept").isEmpty();
        assertThat(change.busy.get()).isFalse();

        change.currentPassword.set("Guanshan#88");
        change.newPassword.set("Zhuodaoquan#3");
        change.newPasswordConfirm.set("Zhuodaoquan#3");
        change.submit(signedIn::add);

        assertThat(signedIn).extracting(Operator::login).containsExactly("liming");
        login.password.set("Zhuodaoquan#3");
        login.signIn(signedIn::add, () -> { }, changeFor::add);
        assertThat(signedIn).hasSize(2);
        assertThat(changeFor).hasSize(1);
    }

    @Test
    void aWrongCurrentPasswordIsNamedBesideItsField() {
        ChangePasswordViewModel change = new ChangePasswordViewModel(ctx.authentication(), "liming", false,
                BackgroundWork.inline());
        assertThat(change.introText()).isEqualTo("为账号 liming 设置新密码。");
        change.currentPassword.set("Wrong#20260");
        change.newPassword.set("Zhuodaoquan#3");
        change.newPasswordConfirm.set("Zhuodaoquan#3");

        change.submit(signedIn::add);

        assertThat(change.errors.of("currentPassword").get()).isEqualTo("账号或密码错误");
        assertThat(signedIn).isEmpty();
    }
}

package org.residencedesk.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.app.AppContext;
import org.residencedesk.domain.account.Role;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestOperators;
import org.residencedesk.testing.TestStation;

/** 系统设置 shows 打印机 and 用户管理 to administrators and nothing to counter roles. */
class SettingsAreaViewModelTest {
    @TempDir
    Path dataDir;
    private AppContext ctx;

    @BeforeEach
    void open() {
        ctx = TestStation.open(dataDir, TestClock.at("2026-11-28T01:00:00Z"));
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    @Test
    void administratorsSeeEverySettingsTabCounterRolesNone() {
        assertThat(new SettingsAreaViewModel(TestOperators.signIn(ctx, "chenjing", "陈静", Role.ADMIN)).tabs())
                .containsExactly(SettingsAreaViewModel.Tab.PRINTERS, SettingsAreaViewModel.Tab.USERS,
                        SettingsAreaViewModel.Tab.POLICY, SettingsAreaViewModel.Tab.BACKUP,
                        SettingsAreaViewModel.Tab.PLATFORM, SettingsAreaViewModel.Tab.CARD_READER,
                        SettingsAreaViewModel.Tab.CAMERA,
                        SettingsAreaViewModel.Tab.ABOUT);
        assertThat(new SettingsAreaViewModel(TestOperators.signIn(ctx, "lizz", "李站长", Role.WINDOW_STAFF,
                Role.CLERK, Role.REVIEWER, Role.CHIEF)).tabs()).isEmpty();
    }
}

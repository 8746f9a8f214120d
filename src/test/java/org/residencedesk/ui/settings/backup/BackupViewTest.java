package org.residencedesk.ui.settings.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.app.AppContext;
import org.residencedesk.domain.account.Role;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestOperators;
import org.residencedesk.testing.TestStation;
import org.residencedesk.ui.BackgroundWork;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The FXML of 备份设置 loads headless and shows the view model's state (the lead wires it into the shell). */
@ExtendWith(ApplicationExtension.class)
class BackupViewTest {
    @TempDir
    static Path dataDir;
    @TempDir
    static Path keyDir;
    AppContext ctx;

    @Start
    void start(Stage stage) {
        ctx = org.residencedesk.testing.TestStation.open(dataDir, keyDir, TestClock.at("2026-11-28T01:15:00Z"));
        BackupViewModel model = new BackupViewModel(ctx.backups(),
                TestOperators.signIn(ctx, "beifen", "备份管理员", Role.ADMIN), ctx.clock(), BackgroundWork.inline());
        stage.setScene(new Scene(BackupView.load(model), 640, 420));
        stage.show();
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    @Test
    void showsTheStatusAndTheFields(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#keepField").queryAs(TextField.class).getText()).isEqualTo("14");
        assertThat(robot.lookup("#scheduleLabel").queryAs(Label.class).getText()).isEqualTo("自动备份：未设置，不会自动备份。");
        assertThat(robot.lookup("#lastBackupLabel").queryAs(Label.class).getText()).isEqualTo("上一次备份：无。");
    }
}

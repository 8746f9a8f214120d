package org.residencedesk.ui.settings.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
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

/** The 站点政策 screen in a (headless) window: its FXML loads and shows the values bound to the model. */
@ExtendWith(ApplicationExtension.class)
class StationPolicyViewTest {
    @TempDir
    static Path dataDir;
    private AppContext ctx;

    @Start
    void start(Stage stage) {
        ctx = TestStation.open(dataDir.resolve("station-" + System.nanoTime()), TestClock.at("2026-11-28T01:15:00Z"));
        StationPolicyViewModel model = new StationPolicyViewModel(ctx.stationPolicy(),
                TestOperators.signIn(ctx, "sysadmin", "系统管理员", Role.ADMIN), BackgroundWork.inline());
        stage.setScene(new Scene(new StationPolicyView(model).load(), 900, 700));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        org.testfx.api.FxToolkit.cleanupStages();
        ctx.close();
    }

    @Test
    void everySettingHasARowWithItsValueAndABadValueIsShownBesideIt(FxRobot robot) throws Exception {
        GridPane grid = robot.lookup("#grid").queryAs(GridPane.class);
        assertThat(grid.getChildren().stream().filter(n -> n instanceof Label l && l.getText().equals("承诺制证天数")))
                .hasSize(1);
        assertThat(grid.getChildren().stream().filter(n -> n instanceof CheckBox)).hasSize(2)
                .allSatisfy(n -> assertThat(((CheckBox) n).isSelected()).isTrue());
        // the calendar rule and the proposed 拟居住期限 (ADR 0336, none proposed by default)
        assertThat(grid.getChildren().stream().filter(n -> n instanceof ChoiceBox<?>)
                .map(n -> (Object) ((ChoiceBox<?>) n).getValue())).hasSize(2).contains((Object) "calendar");
        TextField months = grid.getChildren().stream().filter(n -> n instanceof TextField).map(n -> (TextField) n)
                .findFirst().orElseThrow();
        assertThat(months.getText()).isEqualTo("6");
        assertThat(robot.lookup("#issuingAuthority").queryAs(TextField.class).getText()).isEqualTo("武汉市公安局洪山分局");

        robot.interact(() -> months.setText("七十"));
        // the button sits below the fold of the scroll pane: fire it as a click would
        robot.interact(() -> robot.lookup("#saveButton").queryButton().fire());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> grid.getChildren().stream()
                .anyMatch(n -> n instanceof Label l && l.getText().equals("申领前须居住的月数须为整数（0 至 60）")));
        assertThat(robot.lookup("#status").queryAs(Label.class).getText()).isEmpty();
    }
}

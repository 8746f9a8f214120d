package org.residencedesk.ui.permit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.residencedesk.ui.permit.PermitUiFixture.waitUntil;

import java.util.EnumSet;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.residencedesk.app.Main;
import org.residencedesk.domain.account.Role;
import org.residencedesk.domain.account.UserAccount;
import org.residencedesk.domain.permit.PermitStatus;
import org.residencedesk.security.Pbkdf2PasswordHasher;
import org.residencedesk.service.PermissionDenied;
import org.residencedesk.ui.shell.Shell;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A window clerk signs in: the window shows only the areas and permit tabs the matrix grants, and the service refuses the rest. */
@ExtendWith(ApplicationExtension.class)
class PermitPermissionTest {
    private static final String STAFF_LOGIN = "limei";
    private static final String STAFF_PASSWORD = "Window2026";
    private PermitUiFixture fixture;
    private String permitId;

    @Start
    void start(Stage stage) throws Exception {
        fixture = new PermitUiFixture();
        permitId = fixture.acceptedPermit(fixture.registerResident());
        var ctx = fixture.context;
        ctx.transactions().run(() -> ctx.users().save(new UserAccount(STAFF_LOGIN, "李梅",
                new Pbkdf2PasswordHasher(1000).hash(STAFF_PASSWORD.toCharArray()), EnumSet.of(Role.WINDOW_STAFF),
                fixture.clock.instant())));
        Shell shell = new Shell(Main.deskServices(ctx), (owner, title, name) -> Optional.empty());
        stage.setScene(new Scene(shell.root(), 1200, 760));
        shell.start(ctx.stationSetup().station());
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    @Test
    void aWindowClerkSeesNoReviewOrPrintTabAndNoReportOrSettingsArea(FxRobot robot) throws Exception {
        robot.clickOn("#login").write(STAFF_LOGIN);
        robot.clickOn("#password").write(STAFF_PASSWORD).type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#field-idNumber").tryQuery().isPresent());
        TabPane areas = robot.lookup("#areas").queryAs(TabPane.class);
        assertThat(areas.getTabs()).extracting(Tab::getId)
                .containsExactly("homeTab", "registrationTab", "permitTab", "endorsementTab", "queryTab", "registerTab", "outflowTab",
                        "verifyTab", "collectionTab", "syncTab");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#permitArea").tryQuery().isPresent());
        PermitAreaView area = PermitUiFixture.controller(robot, "permitArea", PermitAreaView.class);
        assertThat(area.model().operator().login()).isEqualTo(STAFF_LOGIN);

        TabPane tabs = robot.lookup("#permitTabs").queryAs(TabPane.class);
        assertThat(tabs.getTabs()).extracting(Tab::getId)
                .containsExactly("applyTab", "collectionTab", "materialsTab", "onlineTab");
        // the approval the window does not offer is refused by the service too
        assertThatThrownBy(() -> fixture.context.permitReview().approve(area.model().operator(), permitId))
                .isInstanceOf(PermissionDenied.class);
        assertThat(fixture.context.permitQueries().summary(PermitUiFixture.ADMIN, permitId).status())
                .isEqualTo(PermitStatus.ACCEPTED);
    }
}

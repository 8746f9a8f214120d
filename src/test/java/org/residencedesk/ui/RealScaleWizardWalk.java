package org.residencedesk.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TextInputControl;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.residencedesk.app.AppContext;
import org.residencedesk.app.Main;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestMasterData;
import org.residencedesk.ui.shell.Shell;
import org.residencedesk.ui.shell.WindowPlacement;

/**
 * In {@link RealScaleChild}: the first-run wizard on a station that is not set up yet, in a window of the size the
 * program opens on this screen ({@link WindowPlacement}), each of its six steps checked like a screen (ADR 0386).
 * Steps 1 and 2 are filled in (the station is set up by step 2), steps 3–5 are skipped to reach the next; the
 * wizard is left on step 6 and its window closed.
 */
final class RealScaleWizardWalk {
    private final Path data;
    private final Path keys;

    RealScaleWizardWalk(Path data, Path keys) {
        this.data = data;
        this.keys = keys;
    }

    /** {@code check} receives the wizard's stage after each step is shown, with the step's screen name. */
    void walk(LayoutTour.Hands h, java.util.function.BiConsumer<String, Stage> check) throws Exception {
        AppContext ctx = AppContext.openForTests(data, keys, TestMasterData.shared(), TestClock.at(DeskWindowFixture.START));
        Shell[] shell = new Shell[1];
        Stage[] stage = new Stage[1];
        try {
            h.fx(() -> {
                shell[0] = new Shell(Main.deskServices(ctx), FileDialogs.system());
                WindowPlacement.Placement p = WindowPlacement.place(Optional.empty(),
                        List.of(Screen.getPrimary().getVisualBounds()));
                stage[0] = new Stage();
                stage[0].setScene(Theme.apply(new Scene(shell[0].root(), p.width(), p.height())));
                stage[0].setX(p.x());
                stage[0].setY(p.y());
                shell[0].start(Optional.empty());
                stage[0].show();
            });
            Parent root = shell[0].root();
            awaitStep(h, root, "STATION");
            check.accept("wizard-1-station", stage[0]);
            type(h, root, "#stationCode", "420111002001");
            type(h, root, "#stationName", "关山街道流动人口服务站");
            type(h, root, "#issuingAuthority", "武汉市公安局洪山分局");
            type(h, root, "#division", "420111002");
            fire(h, root, "#nextButton");
            h.until(() -> root.lookup("#adminLogin") != null);
            check.accept("wizard-2-admin", stage[0]);
            type(h, root, "#adminLogin", "wangzz");
            type(h, root, "#adminDisplayName", "王站长");
            type(h, root, "#password", "Counter2026");
            type(h, root, "#passwordConfirm", "Counter2026");
            fire(h, root, "#nextButton");
            String[][] later = {{"CARD_READER", "wizard-3-reader"}, {"PRINTERS", "wizard-4-printers"},
                    {"PLATFORM", "wizard-5-platform"}, {"BACKUP", "wizard-6-backup"}};
            for (int i = 0; i < later.length; i++) {
                if (i > 0) {
                    fire(h, root, "#skipButton");
                }
                awaitStep(h, root, later[i][0]);
                check.accept(later[i][1], stage[0]);
            }
        } finally {
            h.fx(() -> {
                if (shell[0] != null) shell[0].endSession();
                if (stage[0] != null) stage[0].close();
            });
            ctx.close();
        }
    }

    private static void awaitStep(LayoutTour.Hands h, Parent root, String step) throws Exception {
        h.until(() -> {
            Node label = root.lookup("#step-" + step);
            return label != null && label.getStyleClass().contains("wizard-step-current");
        });
    }

    private static void type(LayoutTour.Hands h, Parent root, String field, String text) {
        h.fx(() -> ((TextInputControl) root.lookup(field)).setText(text));
    }

    private static void fire(LayoutTour.Hands h, Parent root, String button) {
        h.fx(() -> ((Button) root.lookup(button)).fire());
    }
}

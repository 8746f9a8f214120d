package org.residencedesk.ui;

import javafx.stage.Stage;
import org.testfx.framework.junit5.Start;
/**
 * The window at 125 % scaling on a 1366×768 panel, 1093×614 logical pixels (issue 12 item 6, ADR 0360): the same
 * walk as at 1366×768 — nothing cut to "…", nothing outside the window.
 */
class LayoutAt125PercentTest extends LayoutWalk {
    @Override
    double width() {
        return 1093;
    }

    @Override
    double height() {
        return 614;
    }

    @Start
    void start(Stage stage) {
        show(stage);
    }
}

package org.residencedesk.ui.setup;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;

/**
 * A 系统设置 tab shown inside a wizard step: its own 保存 (the default button) is hidden, because the wizard's
 * 下一步 saves through the same view model and Enter must mean 下一步.
 */
final class EmbeddedSettings {
    private EmbeddedSettings() {
    }

    static Parent withoutDefaultButton(Parent settings) {
        hide(settings);
        return settings;
    }

    private static void hide(Node node) {
        if (node instanceof Button b && b.isDefaultButton()) {
            b.setDefaultButton(false);
            b.setVisible(false);
            b.setManaged(false);
        } else if (node instanceof ScrollPane scroll && scroll.getContent() != null) {
            hide(scroll.getContent());
        } else if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(EmbeddedSettings::hide);
        }
    }
}

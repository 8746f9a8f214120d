package org.residencedesk.ui;

import javafx.beans.binding.BooleanExpression;
import javafx.beans.binding.IntegerExpression;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;

/** The 上一页 / 第 n 页 / 下一页 controls of a paged list (see {@link Pages}), bound to its page and next-page flag. */
public final class PagerControls {
    private PagerControls() {
    }

    public static void bind(ButtonBase previous, Labeled pageLabel, ButtonBase next, IntegerExpression page,
                            BooleanExpression more) {
        previous.disableProperty().bind(page.isEqualTo(0));
        next.disableProperty().bind(more.not());
        pageLabel.textProperty().bind(page.add(1).asString(Fxml.text("query.page")));
    }
}

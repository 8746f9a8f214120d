package org.residencedesk.ui.form;

import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;

/**
 * Scrolls every scroll pane around a node so the node is in view, with a little room above and below:
 * where the keyboard goes, the eyes must be able to follow (ADR 0175). Done at once and again after the
 * next layout pass, because a field that just appeared has no position yet.
 */
final class ScrollIntoView {
    private static final double MARGIN = 24;

    private ScrollIntoView() { }

    static void reveal(Node node) {
        revealNow(node);
        Platform.runLater(() -> revealNow(node));
    }

    private static void revealNow(Node node) {
        if (node.getScene() == null) return;
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane scroll && scroll.getContent() != null) {
                reveal(scroll, node);
            }
        }
    }

    private static void reveal(ScrollPane scroll, Node node) {
        Node content = scroll.getContent();
        Bounds inContent = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewHeight = scroll.getViewportBounds().getHeight();
        double room = contentHeight - viewHeight;
        if (inContent == null || room <= 0 || viewHeight <= 0) return;
        double top = scroll.getVvalue() * room;
        double wanted = top;
        if (inContent.getMinY() - MARGIN < top) {
            wanted = inContent.getMinY() - MARGIN;
        } else if (inContent.getMaxY() + MARGIN > top + viewHeight) {
            wanted = inContent.getMaxY() + MARGIN - viewHeight;
        }
        wanted = Math.max(0, Math.min(room, wanted));
        if (wanted != top) scroll.setVvalue(wanted / room);
    }
}

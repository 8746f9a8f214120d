package org.residencedesk.ui.form;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The form's Enter/Tab rule, the same for every field kind (ADR 0175): finish the field (commit a look-up or a
 * register pick, normalise a date), then move on in paper-form order. A register pick waits for its fill before
 * moving (ADR 0283).
 */
final class FormKeys {
    private final FormViewModel vm;
    private final Supplier<List<Node>> keyboardOrder;
    private final Map<Node, Runnable> finishers;
    private final RegisterFills fills;

    FormKeys(FormViewModel vm, Supplier<List<Node>> keyboardOrder, Map<Node, Runnable> finishers, RegisterFills fills) {
        this.vm = vm;
        this.keyboardOrder = keyboardOrder;
        this.finishers = finishers;
        this.fills = fills;
    }

    private List<Node> keyboardOrder() {
        return keyboardOrder.get();
    }

    /**
     * Enter and Tab, the same for every field kind (ADR 0175): finish the field, then move on. Enter on
     * a button presses it. Tab past the last field (Shift+Tab before the first) leaves the form as usual.
     */
    void onKey(KeyEvent e) {
        if (e.getCode() != KeyCode.TAB && e.getCode() != KeyCode.ENTER) return;
        if (e.isControlDown() || e.isAltDown() || e.isMetaDown() || e.isShortcutDown()) return;
        if (!(e.getTarget() instanceof Node target)) return;
        if (!keyboardOrder().contains(target)) return;
        Runnable finish = finishers.get(target);
        if (finish != null) finish.run();
        if (e.getCode() == KeyCode.ENTER && target instanceof Button b) {
            e.consume();
            b.fire();
            return;
        }
        boolean enter = e.getCode() == KeyCode.ENTER;
        int step = e.isShiftDown() ? -1 : 1;
        if (fills.pending()) {
            // a picked house or employer is being filled in: move once it is, so Enter sees the filled fields
            e.consume();
            fills.afterFills(() -> move(target, enter, step));
            return;
        }
        if (move(target, enter, step)) e.consume();
    }

    /** Enter: the next field that needs input; Tab: the next (or previous) field. False when Tab leaves the form. */
    private boolean move(Node from, boolean enter, int step) {
        if (enter) {
            focusNext(from);
            return true;
        }
        List<Node> order = keyboardOrder();
        int at = order.indexOf(from);
        for (int j = at + step; j >= 0 && j < order.size(); j += step) {
            if (canTakeFocus(order.get(j))) {
                order.get(j).requestFocus();
                return true;
            }
        }
        return false;
    }

    /**
     * Enter goes to the next field that still needs something (required and empty, or with a message),
     * so a counter worker never presses Enter through optional fields; Tab still visits every field.
     * When nothing further needs input it simply goes to the next field.
     */
    void focusNext(Node from) {
        List<Node> order = keyboardOrder();
        int i = order.indexOf(from);
        Node fallback = null;
        for (int j = i + 1; j < order.size(); j++) {
            Node n = order.get(j);
            if (!canTakeFocus(n)) continue;
            if (fallback == null) fallback = n;
            if (needsInput(n)) {
                n.requestFocus();
                return;
            }
        }
        if (fallback != null) fallback.requestFocus();
    }

    boolean needsInput(Node n) {
        String id = n.getId();
        if (id == null || !id.startsWith("field-")) return false;
        String fieldId = id.substring("field-".length());
        return vm.definition().field(fieldId).filter(f -> !f.isGroup()).map(f -> {
            String value = vm.value(fieldId).get();
            boolean missing = f.requiredTrue() ? !"true".equals(value) : vm.required(fieldId).get() && value.isBlank();
            return missing || !vm.message(fieldId).get().isEmpty();
        }).orElse(false);
    }

    static boolean canTakeFocus(Node n) {
        if (n.isDisabled() || !n.isFocusTraversable()) return false;
        if (n instanceof TextField tf && !tf.isEditable()) return false;
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) return false;
        }
        return true;
    }

}

package org.residencedesk.ui.form;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import javafx.beans.property.StringProperty;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.residencedesk.domain.masterdata.Division;
import org.residencedesk.domain.masterdata.LookupContext;
import org.residencedesk.domain.masterdata.MasterData;

/**
 * Look-up fields for screens that are not a rendered form (ADR 0318): a text field laid out elsewhere (the
 * 流出人口 form) becomes a code-table or division look-up with the registration form's matching, ranking and
 * suggestion list (ADR 0177) and its Enter/Tab rule (ADR 0175): Enter and Tab take the highlighted suggestion
 * and move on (Shift+Tab back); leaving the field by mouse takes it too. The value stays the code; text that
 * matches nothing is kept as typed, so the service's rule names it.
 */
public final class LookupFields {
    private final MasterData masterData;
    private final LookupContext context;
    private final Map<TextField, LookupField> fields = new IdentityHashMap<>();

    /** @param context what ranks the suggestions: the station's area and this counter's picks */
    public LookupFields(MasterData masterData, LookupContext context) {
        this.masterData = masterData;
        this.context = context;
    }

    /** {@code field} looks up the rows of the code table {@code table}; {@code value} holds the code picked. */
    public void codeTable(TextField field, StringProperty value, String table) {
        attach(field, new LookupField(field, value, LookupSource.codeTable(masterData, table, context)));
    }

    /**
     * {@code field} looks up divisions below {@code within} (null: the whole tree) that {@code allowed} accepts;
     * its list shows each with its whole hierarchy (420111002003 湖北省 武汉市 洪山区 关山街道 海核社区).
     */
    public void divisions(TextField field, StringProperty value, String within, Predicate<Division> allowed) {
        attach(field, new LookupField(field, value, LookupSource.divisions(masterData, null, within, allowed, context)));
    }

    /** Every look-up shows its value again, dropping text half typed (a new or reloaded form). */
    public void showValues() {
        fields.values().forEach(LookupField::showValue);
    }

    /** The lines of {@code field}'s suggestion list while it is on show, else none. */
    public List<String> suggestionsShown(TextField field) {
        LookupField lookup = fields.get(field);
        return lookup == null ? List.of() : lookup.suggestions().stream().map(LookupSource.Suggestion::listText).toList();
    }

    /**
     * Enter inside {@code form}, as in the registration form: in a text field it moves on to the next field, as
     * Tab does, instead of pressing the window's default button; on a button it presses that button.
     */
    public static void enterMovesOn(Node form) {
        form.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() != KeyCode.ENTER || !plain(e)) return;
            if (e.getTarget() instanceof TextField field) {
                e.consume();
                moveOn(field);
            } else if (e.getTarget() instanceof Button button) {
                e.consume();
                button.fire();
            }
        });
    }

    private void attach(TextField field, LookupField lookup) {
        fields.put(field, lookup);
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (!plain(e)) return;
            if (e.getCode() == KeyCode.TAB) {
                lookup.commit(); // the focus then moves as usual
            } else if (e.getCode() == KeyCode.ENTER) {
                lookup.commit();
                e.consume();
                moveOn(field);
            }
        });
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) lookup.commit();
        });
    }

    /** Moves the focus on as Tab would: the window's own traversal, so the layout's order holds. */
    private static void moveOn(Node field) {
        Event.fireEvent(field, new KeyEvent(KeyEvent.KEY_PRESSED, KeyEvent.CHAR_UNDEFINED, "", KeyCode.TAB,
                false, false, false, false));
    }

    private static boolean plain(KeyEvent e) {
        return !e.isControlDown() && !e.isAltDown() && !e.isMetaDown() && !e.isShortcutDown();
    }
}

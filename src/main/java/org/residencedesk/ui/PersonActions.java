package org.residencedesk.ui;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Control;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.residencedesk.ui.PersonNavigation.Person;
import org.residencedesk.ui.PersonNavigation.Target;

/**
 * The person keys and context menu of a list (a table or the timeline): the same key map everywhere
 * (docs/keyboard.md, ADR 0180), shown beside each menu entry. The keys act on the selected row while the list
 * has the focus; a key whose target this operator may not open does nothing.
 */
public final class PersonActions {
    public static final KeyCombination TO_REGISTRATION = shortcut(KeyCode.D);
    public static final KeyCombination TO_PERMITS = shortcut(KeyCode.Z);
    public static final KeyCombination TO_ENDORSEMENT = shortcut(KeyCode.Q);
    public static final KeyCombination TO_HISTORY = shortcut(KeyCode.H);
    /** 显示证件号码 of a masked row (audited). */
    public static final KeyCombination REVEAL_ID = shortcut(KeyCode.X);

    private PersonActions() {
    }

    private static KeyCombination shortcut(KeyCode key) {
        return new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    }

    /**
     * @param list the table or list view
     * @param selected the person of the selected row, or null when none is selected
     * @param reveal 显示证件号码 of the selected row; null where the list has no masked number
     */
    public static void install(Control list, java.util.function.Supplier<Person> selected, PersonNavigation navigation,
                               Runnable reveal) {
        ContextMenu menu = new ContextMenu();
        add(menu, navigation, Target.REGISTRATION, "person.toRegistration", TO_REGISTRATION, selected,
                navigation::toRegistration);
        add(menu, navigation, Target.PERMITS, "person.toPermits", TO_PERMITS, selected, navigation::toPermits);
        add(menu, navigation, Target.ENDORSEMENT, "person.toEndorsement", TO_ENDORSEMENT, selected,
                navigation::toEndorsement);
        add(menu, navigation, Target.HISTORY, "person.toHistory", TO_HISTORY, selected, navigation::toHistory);
        if (reveal != null) {
            if (!menu.getItems().isEmpty()) {
                menu.getItems().add(new SeparatorMenuItem());
            }
            MenuItem item = new MenuItem(Fxml.text("person.revealId"));
            item.setId("revealIdItem");
            item.setAccelerator(REVEAL_ID);
            item.setOnAction(e -> reveal.run());
            menu.getItems().add(item);
        }
        if (menu.getItems().isEmpty()) {
            return;
        }
        menu.getItems().forEach(i -> i.disableProperty().bind(
                javafx.beans.binding.Bindings.createBooleanBinding(() -> selected.get() == null, menu.showingProperty())));
        list.setContextMenu(menu);
        list.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (REVEAL_ID.match(e) && reveal != null) {
                e.consume();
                reveal.run();
                return;
            }
            for (MenuItem item : menu.getItems()) {
                if (item.getAccelerator() != null && item.getAccelerator().match(e)) {
                    e.consume();
                    if (selected.get() != null) {
                        item.getOnAction().handle(null);
                    }
                    return;
                }
            }
        });
    }

    private static void add(ContextMenu menu, PersonNavigation navigation, Target target, String key,
                            KeyCombination keys, java.util.function.Supplier<Person> selected, Consumer<Person> go) {
        if (!navigation.offers(target)) {
            return;
        }
        MenuItem item = new MenuItem(Fxml.text(key));
        item.setId(target.name().toLowerCase() + "PersonItem");
        item.setAccelerator(keys);
        item.setOnAction(e -> {
            Person p = selected.get();
            if (p != null) {
                go.accept(p);
            }
        });
        menu.getItems().add(item);
    }

    /** A row's person through {@code toPerson}; null for no row. */
    public static <T> java.util.function.Supplier<Person> of(java.util.function.Supplier<T> row, Function<T, Person> toPerson) {
        return () -> {
            T r = row.get();
            return r == null ? null : toPerson.apply(r);
        };
    }
}

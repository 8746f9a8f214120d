package org.residencedesk.ui.form;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.Node;
import org.residencedesk.domain.form.RegisterPick;

/**
 * What a register picker asks the station's registers (ADR 0214). Answers come back on the FX thread; the work
 * itself runs in the background (the caller's view model owns it).
 */
public interface RegisterLookup {
    /** Suggestions for the typed text: code, name or its pinyin initials, address. */
    void suggest(RegisterPick register, String text, Consumer<List<Suggestion>> onResult);

    /**
     * The form values a picked row fills (field id → value: address parts, landlord, workplace …); ids the form
     * does not have are ignored by the renderer.
     */
    void fillsFor(RegisterPick register, String key, Consumer<Map<String, String>> onResult);

    /** Opens the small "new house / new employer" dialog; a registered row's key comes back. */
    void createNew(RegisterPick register, Node owner, Consumer<String> onCreated);

    /**
     * @param key      the house code or credit code
     * @param name     landlord or employer name (an employer-name field stores it)
     * @param listText what the list shows: key, name and address
     */
    record Suggestion(String key, String name, String listText) {
        @Override
        public String toString() {
            return listText;
        }
    }
}

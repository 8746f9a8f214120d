package org.residencedesk.ui.registration;

import java.util.ArrayList;
import java.util.List;
import javafx.event.Event;
import javafx.event.EventTarget;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The keys of one registration as a clerk types them, turned into the single key events the window gets:
 * KEY_PRESSED, KEY_TYPED (for characters) and KEY_RELEASED, each delivered on its own to whatever has
 * focus at that moment, as the windowing system does. Chinese text arrives as typed characters (an input
 * method's commit), like TestFX's {@code write}.
 */
final class KeyScript {
    /** One key event to deliver; {@code pause} marks where a slow typist waits for the screen. */
    record Stroke(KeyCode code, String character, boolean shift, boolean control, Pause pause) { }

    /** What a slow typist waits for after a stroke. */
    enum Pause { NONE, CARD, SAVE }

    private final List<Stroke> strokes = new ArrayList<>();

    KeyScript type(String text) {
        text.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            strokes.add(new Stroke(codeOf(cp), ch, false, false, Pause.NONE));
        });
        return this;
    }

    KeyScript enter() {
        return key(KeyCode.ENTER);
    }

    KeyScript tab() {
        return key(KeyCode.TAB);
    }

    KeyScript shiftTab() {
        strokes.add(new Stroke(KeyCode.TAB, null, true, false, Pause.NONE));
        return this;
    }

    KeyScript down() {
        return key(KeyCode.DOWN);
    }

    KeyScript space() {
        strokes.add(new Stroke(KeyCode.SPACE, " ", false, false, Pause.NONE));
        return this;
    }

    /** The field's value then Enter. */
    KeyScript field(String value) {
        return type(value).enter();
    }

    /** F2, the demo reader's swipe; a slow typist waits for the card to show. */
    KeyScript swipe() {
        strokes.add(new Stroke(KeyCode.F2, null, false, false, Pause.CARD));
        return this;
    }

    /** Ctrl+S; a slow typist waits for the save to finish. */
    KeyScript save() {
        strokes.add(new Stroke(KeyCode.S, null, false, true, Pause.SAVE));
        return this;
    }

    private KeyScript key(KeyCode code) {
        strokes.add(new Stroke(code, null, false, false, Pause.NONE));
        return this;
    }

    List<Stroke> strokes() {
        return List.copyOf(strokes);
    }

    /** Key presses counted as a clerk counts them (a Chinese character typed through the input method counts one). */
    int size() {
        return strokes.size();
    }

    /** The separate events of one stroke, each to be delivered on its own. */
    static List<Runnable> events(Scene scene, Stroke s) {
        List<Runnable> out = new ArrayList<>(3);
        if (s.code() != KeyCode.UNDEFINED) {
            out.add(() -> fire(scene, new KeyEvent(KeyEvent.KEY_PRESSED, KeyEvent.CHAR_UNDEFINED,
                    s.character() == null ? "" : s.character(), s.code(), s.shift(), s.control(), false, false)));
        }
        if (s.character() != null && !s.control()) {
            out.add(() -> fire(scene, new KeyEvent(KeyEvent.KEY_TYPED, s.character(), "", KeyCode.UNDEFINED,
                    s.shift(), false, false, false)));
        }
        if (s.code() != KeyCode.UNDEFINED) {
            out.add(() -> fire(scene, new KeyEvent(KeyEvent.KEY_RELEASED, KeyEvent.CHAR_UNDEFINED, "", s.code(),
                    s.shift(), s.control(), false, false)));
        }
        return out;
    }

    private static void fire(Scene scene, KeyEvent e) {
        EventTarget target = scene.getFocusOwner() != null ? scene.getFocusOwner() : scene;
        Event.fireEvent(target, e);
    }

    private static KeyCode codeOf(int cp) {
        if (cp >= '0' && cp <= '9') return KeyCode.valueOf("DIGIT" + (char) cp);
        if (cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z') return KeyCode.valueOf(String.valueOf((char) Character.toUpperCase(cp)));
        if (cp == '-') return KeyCode.MINUS;
        return KeyCode.UNDEFINED;
    }
}

package org.residencedesk.ui.print;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.text.Font;

/**
 * Loads the fonts the print templates embed (ADR 0030) into JavaFX, so that what the clerk sees on
 * screen uses the same glyphs as paper. Use {@link #FAMILY} in CSS ({@code -fx-font-family}); JavaFX has
 * no per-character fallback to a loaded font, so rare characters (Ext-A/B) in text controls come from
 * the system fallback fonts, while the print preview (a rendered image) shows the embedded ones.
 */
public final class PrintFonts {

    public static final String FAMILY = "WenQuanYi Micro Hei";
    public static final String RARE_FAMILY = "ResidenceDesk Rare Hanzi";
    private static final String[] RESOURCES = {"/fonts/WenQuanYiMicroHei.ttf", "/fonts/ResidenceDeskRareHanzi.ttf"};

    private static final String[] registered = new String[RESOURCES.length];

    private PrintFonts() {
    }

    /** Loads both fonts once; returns the family names JavaFX registered. Safe to call repeatedly. */
    public static synchronized List<String> load() {
        List<String> families = new ArrayList<>();
        for (int i = 0; i < RESOURCES.length; i++) {
            families.add(load(i));
        }
        return List.copyOf(families);
    }

    /**
     * Loads only the screen's font ({@link #FAMILY}, desk.css's first family) once: what the first screen needs. The
     * rare-character font (3 MB, used by the print preview's images) waits for {@link #load()} (ADR 0377).
     *
     * @return the family name JavaFX registered
     */
    public static synchronized String loadScreenFont() {
        return load(0);
    }

    private static String load(int i) {
        if (registered[i] == null) {
            try (InputStream in = PrintFonts.class.getResourceAsStream(RESOURCES[i])) {
                Font font = in == null ? null : Font.loadFont(in, 12);
                if (font == null) {
                    throw new IllegalStateException("Font missing or unreadable: " + RESOURCES[i]);
                }
                registered[i] = font.getFamily();
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read " + RESOURCES[i], e);
            }
        }
        return registered[i];
    }
}

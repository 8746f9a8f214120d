package org.residencedesk.domain.form;

/**
 * How a section is laid out on screen (ADR 0280), from the form file: its fields flow in {@code columns}
 * label/editor pairs (1–3) in paper order; {@code besideNext} puts the section at the right of the section that
 * follows it, in one band (the card block at the top right, like the card itself); {@code aside} names a field
 * of the section shown at the right of its grid over all its rows (the photo). Layout never changes the keyboard
 * order, which stays the paper order.
 */
public record SectionLayout(int columns, boolean besideNext, String aside) {
    public static final int MAX_COLUMNS = 3;

    public SectionLayout {
        if (columns < 1 || columns > MAX_COLUMNS) throw new IllegalArgumentException("columns " + columns);
    }

    /** One column, in the flow, nothing aside: the layout of a form file that says nothing. */
    public static SectionLayout single() {
        return new SectionLayout(1, false, null);
    }
}

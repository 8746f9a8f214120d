package org.residencedesk.port.report;

import java.util.Objects;

/**
 * One figure of a group: its key inside the group ({@code new}), the bundle key of its Chinese label
 * ({@code report.figure.registrations.new}, in {@code i18n/report.properties}), its unit and its kind.
 *
 * @param stock   a state on the window's last day (a queue, a backlog) rather than events counted in the window;
 *                stock figures are not compared with earlier periods, since they are read from today's columns
 * @param perStaff     also counted per operator
 * @param perDivision  also counted per village/community (the registration's residence division)
 */
public record FigureDefinition(String key, String labelKey, FigureUnit unit, boolean stock, boolean perStaff,
                               boolean perDivision) {

    public FigureDefinition {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(labelKey, "labelKey");
        Objects.requireNonNull(unit, "unit");
    }

    /** Events in the window, counted in total, per operator and per division. */
    public static FigureDefinition flow(String key, String labelKey) {
        return new FigureDefinition(key, labelKey, FigureUnit.COUNT, false, true, true);
    }

    /** A state on the window's last day, counted in total only. */
    public static FigureDefinition stock(String key, String labelKey) {
        return new FigureDefinition(key, labelKey, FigureUnit.COUNT, true, false, false);
    }

    public FigureDefinition inFen() {
        return new FigureDefinition(key, labelKey, FigureUnit.FEN, stock, perStaff, perDivision);
    }
}

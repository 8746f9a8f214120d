package org.residencedesk.service.report;

import org.residencedesk.port.report.FigureUnit;

/**
 * One figure of a report: where it belongs ({@code group.key} is its JSON path), its Chinese label, and its
 * value; for period statistics also the previous period's and last year's value (null for stock figures and in
 * the daily summary).
 */
public record FigureValue(String group, String key, String label, FigureUnit unit, boolean stock, long value,
                          Long previous, Long lastYear) {

    public String fullKey() {
        return group + "." + key;
    }
}

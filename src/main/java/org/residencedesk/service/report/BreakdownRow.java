package org.residencedesk.service.report;

import java.util.Map;

/**
 * One staff member's or one village/community's figures: {@code code} is the login or the division code,
 * {@code name} the display name or the division's name; values by full figure key (non-zero ones only).
 */
public record BreakdownRow(String code, String name, Map<String, Long> values) {
    public BreakdownRow {
        values = Map.copyOf(values);
    }
}

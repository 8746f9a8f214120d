package org.residencedesk.service.report;

import java.time.LocalDate;
import java.util.List;

/**
 * A window staff member's 我的今日 (ADR 0286): what this operator did today (their own share of today's figures)
 * and the station's queues they work on. Counts only, no personal data.
 */
public record MyDay(LocalDate day, List<FigureValue> mine, List<FigureValue> queues) {

    public MyDay {
        mine = List.copyOf(mine);
        queues = List.copyOf(queues);
    }
}

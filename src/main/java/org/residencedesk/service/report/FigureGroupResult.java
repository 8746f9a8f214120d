package org.residencedesk.service.report;

import java.util.List;

/** A group's heading and its figures in display order. */
public record FigureGroupResult(String id, String label, List<FigureValue> figures) {
    public FigureGroupResult {
        figures = List.copyOf(figures);
    }
}

package org.residencedesk.service.outflow;

import java.util.List;

/** One page of the 流出人口 list (ID numbers masked) and how many periods match in all. */
public record OutflowPage(List<OutflowRecord> rows, long total, int page, int pageSize) {
}

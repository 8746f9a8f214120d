package org.residencedesk.service.outflow;

/** One line of the by-destination or by-village list: the division, its Chinese name and how many periods. */
public record OutflowGroup(String code, String name, long periods) {
}

package org.residencedesk.service.permit;

import org.residencedesk.port.PermitSummary;

/** A row of a permit list: the permit's columns plus who it is for (ID number masked). */
public record PermitListItem(PermitSummary permit, String name, String maskedIdNumber) {
}

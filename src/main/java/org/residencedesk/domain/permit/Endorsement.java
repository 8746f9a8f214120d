package org.residencedesk.domain.permit;

import java.time.LocalDate;

/**
 * A yearly endorsement (签注, free). {@code anniversary} is the full year it covers; a late
 * endorsement covers none and restarts the residence years from {@code endorsedOn}.
 */
public record Endorsement(LocalDate endorsedOn, LocalDate anniversary, boolean late, String endorsedBy) {
}

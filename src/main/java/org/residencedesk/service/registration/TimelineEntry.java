package org.residencedesk.service.registration;

import java.time.Instant;

/** One line of a person's timeline (registrations, changes, move-outs; permits join later). */
public record TimelineEntry(Instant at, String kind, String reference, String summary, String operator) {
}

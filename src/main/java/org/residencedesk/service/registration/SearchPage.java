package org.residencedesk.service.registration;

import java.util.List;
import org.residencedesk.domain.registration.RegistrationSummary;

/** A page of search results; {@code more} says whether a next page exists (no full count on 1M rows). */
public record SearchPage(List<RegistrationSummary> items, int page, boolean more) {
}

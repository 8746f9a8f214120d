package org.residencedesk.service.permit;

import java.util.List;

/** One page of a permit list; {@code more} tells whether a next page exists. */
public record PermitPage(List<PermitListItem> items, int page, boolean more) {
}

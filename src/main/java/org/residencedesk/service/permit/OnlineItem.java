package org.residencedesk.service.permit;

import java.time.Instant;
import org.residencedesk.domain.online.OnlineKind;
import org.residencedesk.domain.online.OnlineStatus;

/** A row of the 互联网申办 queue; the ID number is masked until the card is swiped. */
public record OnlineItem(long id, OnlineKind kind, String name, String maskedIdNumber, Instant receivedAt,
                         OnlineStatus status) {
}

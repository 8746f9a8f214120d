package org.residencedesk.port;

import java.time.Instant;
import java.util.Objects;
import org.residencedesk.domain.card.IdCardData;

/** A card was placed on the reader and read completely. */
public record CardEvent(IdCardData card, Instant readAt) {
    public CardEvent {
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(readAt, "readAt");
    }
}

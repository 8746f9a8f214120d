package org.residencedesk.device.idcard;

import org.residencedesk.domain.card.IdCardData;

/** Result of one find → select → read attempt. */
public sealed interface CardReadOutcome {

    record CardRead(IdCardData card) implements CardReadOutcome {}

    /** No card in the field (find or select said so): the normal idle state. */
    record NoCard() implements CardReadOutcome {}

    record Failure(ReadFailure failure) implements CardReadOutcome {
        public ReadErrorCode code() {
            return failure.code();
        }
    }
}

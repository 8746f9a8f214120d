package org.residencedesk.device.idcard;

import java.util.Optional;
import org.residencedesk.domain.card.IdCardData;

/** find card (9F) → select card (90) → read base info (90) → parsed card, as typed outcomes. */
public final class CardReadSequence {
    private final ReaderLink link;
    private final CardTextParser parser = new CardTextParser();
    private final ReaderMessages messages = ReaderMessages.get();

    public CardReadSequence(ReaderLink link) {
        this.link = link;
    }

    public CardReadOutcome readOnce() {
        ReaderLink.Outcome find = link.send(Command.FIND_CARD);
        if (find instanceof ReaderLink.Failed f) {
            return failure(f.code());
        }
        Reply found = ((ReaderLink.Replied) find).reply();
        if (found.is(Sw3.FIND_CARD_FAILED)) {
            return new CardReadOutcome.NoCard();
        }
        if (!found.is(Sw3.CARD_FOUND)) {
            return new CardReadOutcome.Failure(messages.readerStatus(found.sw3()));
        }
        ReaderLink.Outcome select = link.send(Command.SELECT_CARD);
        if (select instanceof ReaderLink.Failed f) {
            return failure(f.code());
        }
        Reply selected = ((ReaderLink.Replied) select).reply();
        if (selected.is(Sw3.SELECT_CARD_FAILED)) {
            // the card left the field between find and select
            return new CardReadOutcome.NoCard();
        }
        if (!selected.is(Sw3.OK)) {
            return new CardReadOutcome.Failure(messages.readerStatus(selected.sw3()));
        }
        ReaderLink.Outcome read = link.send(Command.READ_BASE_INFO);
        if (read instanceof ReaderLink.Failed f) {
            return failure(f.code());
        }
        Reply info = ((ReaderLink.Replied) read).reply();
        if (!info.is(Sw3.OK)) {
            return new CardReadOutcome.Failure(messages.readerStatus(info.sw3()));
        }
        return parse(info.data());
    }

    /** Decodes a read-base-info reply's data; public so the bench can time exactly this step. */
    public CardReadOutcome parse(byte[] replyData) {
        Optional<BaseInfo> baseInfo = BaseInfo.parse(replyData);
        if (baseInfo.isEmpty()) {
            return failure(ReadErrorCode.MALFORMED_DATA);
        }
        CardTextParser.Result parsed = parser.parse(baseInfo.get().text(), baseInfo.get().photo());
        if (parsed instanceof CardTextParser.Parsed p) {
            IdCardData card = p.card();
            return new CardReadOutcome.CardRead(card);
        }
        return failure(ReadErrorCode.MALFORMED_DATA);
    }

    /** Whether the SAM answers at all: used to detect which port carries a reader. */
    public boolean samResponds() {
        return link.send(Command.SAM_STATUS) instanceof ReaderLink.Replied r && r.reply().is(Sw3.OK);
    }

    private CardReadOutcome failure(ReadErrorCode code) {
        return new CardReadOutcome.Failure(messages.failure(code));
    }
}

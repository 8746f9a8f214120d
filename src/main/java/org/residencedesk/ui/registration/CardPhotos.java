package org.residencedesk.ui.registration;

import org.residencedesk.domain.card.IdCardData;
import org.residencedesk.domain.form.PhotoValue;
import org.residencedesk.port.PhotoDecoder;
import org.residencedesk.ui.BackgroundWork;
import org.residencedesk.ui.form.FormViewModel;
import org.slf4j.LoggerFactory;

/**
 * A swiped card's photo into the form's 相片 (ADR 0284): the WLT blob is decoded by the port on a worker (the
 * vendor library blocks and may load native code); a decoded PNG that {@link PhotoValue} accepts is put into the
 * field and locked like every value from the chip — if the form on screen is still that card's. Without the
 * library ({@link PhotoDecoder.Unavailable}) nothing changes: the box keeps 无相片 and 从文件选择.
 */
final class CardPhotos {
    private CardPhotos() {
    }

    static void fill(IdCardData card, FormViewModel form, PhotoDecoder decoder, BackgroundWork work) {
        if (card.photo().isEmpty() || form.definition().field("photo").isEmpty()) return;
        String idNumber = card.idNumber();
        work.run(() -> decoder.decode(card.photo()), result -> {
            if (!(result instanceof PhotoDecoder.Decoded decoded)) return;
            if (!idNumber.equals(form.value("idNumber").get())) return; // another form meanwhile
            byte[] png = decoded.png();
            if (PhotoValue.problem(png).isPresent()) return;
            form.value("photo").set(PhotoValue.encode(png));
            form.lock("photo");
        }, invalid -> { }, message -> LoggerFactory.getLogger(CardPhotos.class)
                .warn("card photo not decoded (incident text: {})", message));
    }
}

package org.residencedesk.print;

import java.util.Arrays;
import java.util.Optional;

import javax.print.PrintService;
import javax.print.attribute.standard.Media;
import javax.print.attribute.standard.MediaSize;
import javax.print.attribute.standard.MediaSizeName;
import javax.print.attribute.standard.MediaTray;

import org.residencedesk.port.printing.PaperKind;

/** Picks tray and paper-size attributes only among what the printer says it supports. */
final class MediaChoice {

    private static final float TOLERANCE_MM = 1.5f;

    private MediaChoice() {
    }

    static Optional<Media> tray(PrintService service, String trayName) {
        if (trayName == null) {
            return Optional.empty();
        }
        return supportedMedia(service).filter(m -> m instanceof MediaTray)
                .filter(m -> m.toString().equals(trayName)).findFirst();
    }

    /** Card printers announce a CR80 size under vendor names; match by dimensions, either orientation. */
    static Optional<Media> paperSize(PrintService service, PaperKind paper) {
        return supportedMedia(service).filter(m -> m instanceof MediaSizeName)
                .filter(m -> matches(MediaSize.getMediaSizeForName((MediaSizeName) m), paper)).findFirst();
    }

    static java.util.stream.Stream<Media> supportedMedia(PrintService service) {
        Object values = service.getSupportedAttributeValues(Media.class, null, null);
        return values instanceof Media[] media ? Arrays.stream(media) : java.util.stream.Stream.empty();
    }

    private static boolean matches(MediaSize size, PaperKind paper) {
        if (size == null) {
            return false;
        }
        float w = size.getX(MediaSize.MM);
        float h = size.getY(MediaSize.MM);
        return close(w, paper.widthMm()) && close(h, paper.heightMm())
                || close(h, paper.widthMm()) && close(w, paper.heightMm());
    }

    private static boolean close(float a, double b) {
        return Math.abs(a - b) <= TOLERANCE_MM;
    }
}

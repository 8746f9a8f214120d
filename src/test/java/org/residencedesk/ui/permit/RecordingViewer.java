package org.residencedesk.ui.permit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.residencedesk.port.printing.DocumentType;
import org.residencedesk.port.printing.PrintDocument;
import org.residencedesk.port.printing.PrintOutcome;

/** Keeps what the view models sent to the preview, for view-model tests without a window. */
final class RecordingViewer implements DocumentViewer {
    record Opened(String title, PrintDocument document, Consumer<PrintOutcome> onOutcome) {
    }

    final List<Opened> opened = new ArrayList<>();

    @Override
    public void open(String title, PrintDocument document, Consumer<PrintOutcome> onOutcome) {
        opened.add(new Opened(title, document, onOutcome));
    }

    List<DocumentType> types() {
        return opened.stream().map(o -> o.document().type()).toList();
    }

    Opened last() {
        return opened.get(opened.size() - 1);
    }
}

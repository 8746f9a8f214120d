package org.residencedesk.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ResourceBundle;

import org.junit.jupiter.api.Test;
import org.residencedesk.port.printing.DocumentType;
import org.residencedesk.port.printing.PrintStatus;

/** Keys built at run time (not greppable as literals) must all exist in the print bundle. */
class PrintBundleTest {

    private final ResourceBundle bundle = ResourceBundle.getBundle("i18n.print");

    @Test
    void everyPrintStatusAndDocumentTypeHasAChineseText() {
        for (PrintStatus status : PrintStatus.values()) {
            assertThat(bundle.containsKey(status.messageKey())).as(status.messageKey()).isTrue();
        }
        for (DocumentType type : DocumentType.values()) {
            assertThat(bundle.getString("ui.print.document." + type.name())).isNotBlank();
        }
    }
}

package org.residencedesk.ui.permit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.residencedesk.app.Main;
import org.residencedesk.domain.audit.AuditAction;
import org.residencedesk.domain.audit.AuditEntry;
import org.residencedesk.port.printing.DocumentType;
import org.residencedesk.port.printing.PrintDocument;
import org.residencedesk.port.printing.SampleDocuments;
import org.residencedesk.ui.DeskServices;
import org.residencedesk.ui.print.PrintPreviewViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Every print from a permit-area preview is audited, a second identical print too. */
@ExtendWith(ApplicationExtension.class)
class DocumentPreviewsAuditTest {
    private PermitUiFixture fixture;

    @Start
    void start(Stage stage) throws Exception {
        fixture = new PermitUiFixture();
    }

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    @Test
    void eachPrintOfAReceiptIsAuditedWithItsNumberAndOutcome(FxRobot robot) throws Exception {
        org.residencedesk.testing.SystemTools.require(PermitFlowTest.cupsRunning(), "no CUPS scheduler (lpstat -r): nothing can be printed for real");
        DeskServices services = Main.deskServices(fixture.context);
        DocumentPreviews previews = fixture.previews(services, PermitUiFixture.ADMIN);
        PrintDocument receipt = SampleDocuments.specimen(DocumentType.ACCEPTANCE_RECEIPT,
                LocalDateTime.of(2026, 11, 28, 9, 15));
        PrintPreviewViewModel[] preview = new PrintPreviewViewModel[1];
        robot.interact(() -> preview[0] = previews.open(null, "受理回执", receipt, outcome -> { }));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> preview[0].documentProperty().get() != null);

        for (int i = 0; i < 2; i++) {
            robot.interact(() -> preview[0].printDocument());
            int printsSoFar = i + 1;
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> printed().size() == printsSoFar);
        }

        // the printer is whichever CUPS queue this machine prints to: read it from the outcome the preview got
        String printer = preview[0].lastOutcomeProperty().get().printerName();
        assertThat(printer).isNotBlank();
        assertThat(printed()).hasSize(2).allSatisfy(e -> {
            assertThat(e.targetId()).isEqualTo(receipt.parameters().get("documentNumber"));
            assertThat(e.detail()).isEqualTo("ACCEPTANCE_RECEIPT printer=" + printer + " pages=1 copies=1 status=PRINTED");
        });
    }

    private java.util.List<AuditEntry> printed() {
        return fixture.context.transactions().readOnly(() -> fixture.context.auditLog().latest(50)).stream()
                .filter(e -> e.action() == AuditAction.DOCUMENT_PRINTED).toList();
    }
}

package org.residencedesk.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.JasperPrint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.port.printing.DocumentPreparationException;
import org.residencedesk.port.printing.DocumentType;
import org.residencedesk.port.printing.PrintDocument;
import org.residencedesk.port.printing.SampleDocuments;

/** Long addresses and rare names must fit the card fields completely (shrunk if needed, never cut). */
class CardLayoutTest {

    static final String ADDRESS_35 = "湖北省武汉市洪山区珞南街道珞喻路一百二十三号华中科技大学小区十二栋单元";
    static final String NAME = "吉𠮷㐀 阿依古丽·买买提";

    @TempDir
    Path dir;

    @Test
    void longAddressAndRareNameFitTheCard() throws Exception {
        assertThat(ADDRESS_35.codePointCount(0, ADDRESS_35.length())).isEqualTo(35);
        PrintDocument card = card(ADDRESS_35 + "四〇一室", ADDRESS_35);
        Path pdf = dir.resolve("card.pdf");

        JasperPreparedDocument prepared = (JasperPreparedDocument) PrintTestSupport.PRINTER.prepare(card);
        assertThat(PrintTestSupport.PRINTER.exportPdf(prepared, pdf).succeeded()).isTrue();

        String text = PrintTestSupport.squeeze(PrintTestSupport.pdfText(pdf));
        assertThat(text).contains(NAME.replace(" ", ""), ADDRESS_35 + "四〇一室", ADDRESS_35);
        JasperPrint print = prepared.jasperPrint();
        assertThat(print.getPages()).hasSize(2);
        for (JRPrintText field : texts(print)) {
            assertThat(field.getX() + field.getWidth()).as(field.getKey()).isLessThanOrEqualTo(print.getPageWidth());
            assertThat(field.getY() + field.getHeight()).as(field.getKey()).isLessThanOrEqualTo(print.getPageHeight());
            assertThat(field.getTextTruncateIndex()).as(field.getKey()).isNull();
        }
        JRPrintText address = texts(print).stream().filter(t -> "residenceAddress".equals(t.getKey())).findFirst()
                .orElseThrow();
        assertThat(address.getFullText()).isEqualTo(ADDRESS_35 + "四〇一室");
    }

    @Test
    void anAbsurdlyLongAddressShrinksInsteadOfBeingCut() throws Exception {
        String veryLong = ADDRESS_35.repeat(3);
        Path pdf = dir.resolve("long.pdf");

        Map<String, Object> parameters = new HashMap<>(card(veryLong, ADDRESS_35).parameters());
        // Without labels, pdftotext cannot interleave the label 居住地址 with the shrunk address lines.
        parameters.put("printLabels", Boolean.FALSE);
        JasperPreparedDocument prepared = (JasperPreparedDocument) PrintTestSupport.PRINTER.prepare(
                PrintDocument.of(DocumentType.PERMIT_CARD, parameters));
        assertThat(PrintTestSupport.PRINTER.exportPdf(prepared, pdf).succeeded()).isTrue();

        assertThat(PrintTestSupport.squeeze(PrintTestSupport.pdfText(pdf))).contains(veryLong);
        JRPrintText address = texts(prepared.jasperPrint()).stream()
                .filter(t -> "residenceAddress".equals(t.getKey())).findFirst().orElseThrow();
        assertThat(address.getFontSize()).isLessThan(7.0f);
    }

    @Test
    void labelsCanBeLeftOffForPrePrintedBlanks() throws Exception {
        Map<String, Object> parameters = new HashMap<>(card(ADDRESS_35, ADDRESS_35).parameters());
        parameters.put("printLabels", Boolean.FALSE);

        JasperPreparedDocument prepared = (JasperPreparedDocument) PrintTestSupport.PRINTER.prepare(
                PrintDocument.of(DocumentType.PERMIT_CARD, parameters));

        assertThat(texts(prepared.jasperPrint())).extracting(JRPrintText::getKey)
                .contains("name", "residenceAddress").doesNotContain("nameLabel", "cardTitle");
    }

    @Test
    void thePhotoIsPlacedOnTheFront() throws Exception {
        Map<String, Object> parameters = new HashMap<>(card(ADDRESS_35, ADDRESS_35).parameters());
        parameters.put("photo", TestImages.portraitPng());

        JasperPreparedDocument prepared = (JasperPreparedDocument) PrintTestSupport.PRINTER.prepare(
                PrintDocument.of(DocumentType.PERMIT_CARD, parameters));

        assertThat(prepared.jasperPrint().getPages().get(0).getElements()).extracting(JRPrintElement::getKey)
                .contains("photo");
        BufferedImage front = prepared.renderPage(0, 2f);
        // The test portrait is solid dark grey; its middle lands inside the photo box (x 168-234, y 24-108).
        int rgb = front.getRGB(2 * 201, 2 * 66) & 0xFFFFFF;
        assertThat(rgb).isEqualTo(TestImages.PORTRAIT_RGB);
    }

    @Test
    void aBrokenParameterTypeIsADocumentErrorNotACrash() {
        Map<String, Object> parameters = new HashMap<>(card(ADDRESS_35, ADDRESS_35).parameters());
        parameters.put("printLabels", "yes");

        assertThatThrownBy(() -> PrintTestSupport.PRINTER.prepare(PrintDocument.of(DocumentType.PERMIT_CARD, parameters)))
                .isInstanceOf(DocumentPreparationException.class).hasMessageContaining("permit-card");
    }

    static PrintDocument card(String residenceAddress, String hukouAddress) {
        Map<String, Object> parameters = new HashMap<>(SampleDocuments.specimen(DocumentType.PERMIT_CARD,
                LocalDateTime.of(2026, 7, 21, 10, 0)).parameters());
        parameters.put("name", NAME);
        parameters.put("residenceAddress", residenceAddress);
        parameters.put("hukouAddress", hukouAddress);
        return PrintDocument.of(DocumentType.PERMIT_CARD, parameters);
    }

    static List<JRPrintText> texts(JasperPrint print) {
        List<JRPrintText> texts = new ArrayList<>();
        print.getPages().forEach(page -> page.getElements().stream().filter(JRPrintText.class::isInstance)
                .map(JRPrintText.class::cast).forEach(texts::add));
        return texts;
    }
}

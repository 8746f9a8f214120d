package org.residencedesk.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.residencedesk.port.printing.DocumentType;
import org.residencedesk.port.printing.ExportOutcome;
import org.residencedesk.port.printing.PrintDocument;
import org.residencedesk.port.printing.SampleDocuments;

class PdfExportTest {

    private static final LocalDateTime PRINTED_AT = LocalDateTime.of(2026, 7, 6, 9, 30);

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(DocumentType.class)
    void everyDocumentExportsWithEmbeddedChineseFont(DocumentType type) {
        Path pdf = dir.resolve(type.templateId() + ".pdf");

        ExportOutcome outcome = PrintTestSupport.PRINTER.exportPdf(SampleDocuments.specimen(type, PRINTED_AT), pdf);

        assertThat(outcome.succeeded()).as(outcome.message()).isTrue();
        assertThat(PrintTestSupport.pdfFonts(pdf)).containsPattern("WenQuanYiMicroHei\\s+CID TrueType\\s+Identity-H\\s+yes");
        String text = PrintTestSupport.squeeze(PrintTestSupport.pdfText(pdf));
        if (type != DocumentType.CALIBRATION_CARD) {
            assertThat(text).contains("测试样张");
        }
        if (type == DocumentType.ACCEPTANCE_RECEIPT) {
            assertThat(text).contains("居住证申领受理回执", "承诺办结日期", "2026年7月21日", "经办人：测试经办人");
        }
        if (type == DocumentType.MISSING_MATERIALS_NOTICE) {
            assertThat(text).contains("居住地住址证明", "劳动合同或单位出具的就业证明（加盖公章）");
        }
    }

    @Test
    void rareAndMiddleDotNamesComeOutOfThePdf() {
        Map<String, Object> parameters = new HashMap<>(SampleDocuments.specimen(DocumentType.REGISTRATION_CERTIFICATE,
                PRINTED_AT).parameters());
        parameters.put("name", "吉𠮷㐀");
        parameters.put("hukouAddress", "新疆维吾尔自治区喀什地区疏附县阿依古丽·买买提家");
        PrintDocument document = PrintDocument.of(DocumentType.REGISTRATION_CERTIFICATE, parameters);
        Path pdf = dir.resolve("rare.pdf");

        assertThat(PrintTestSupport.PRINTER.exportPdf(document, pdf).succeeded()).isTrue();

        String fonts = PrintTestSupport.pdfFonts(pdf);
        assertThat(fonts).containsPattern("WenQuanYiMicroHei\\s+CID TrueType\\s+Identity-H\\s+yes");
        assertThat(fonts).containsPattern("ResidenceDeskRareHanzi-Regular\\s+CID TrueType\\s+Identity-H\\s+yes");
        assertThat(fonts).doesNotContain("Type 3");
        String text = PrintTestSupport.squeeze(PrintTestSupport.pdfText(pdf));
        assertThat(text).contains("吉𠮷㐀", "阿依古丽·买买提");
    }

    @Test
    void aFailedExportReportsWhyInChinese() throws Exception {
        Path blocked = dir.resolve("not-a-directory");
        java.nio.file.Files.writeString(blocked, "x");

        ExportOutcome outcome = PrintTestSupport.PRINTER.exportPdf(
                SampleDocuments.specimen(DocumentType.ISSUANCE_RECEIPT, PRINTED_AT), blocked.resolve("x.pdf"));

        assertThat(outcome.succeeded()).isFalse();
        assertThat(outcome.message()).contains("无法导出");
    }

    @Test
    void aChosenLinkIsReplacedAsALinkAndAFolderIsNeverRemoved() throws Exception {
        Path victim = java.nio.file.Files.writeString(dir.resolve("victim.txt"), "victim");
        Path link = java.nio.file.Files.createSymbolicLink(dir.resolve("link.pdf"), victim);
        Path folder = java.nio.file.Files.createDirectories(dir.resolve("folder.pdf"));
        PrintDocument document = SampleDocuments.specimen(DocumentType.ISSUANCE_RECEIPT, PRINTED_AT);

        assertThat(PrintTestSupport.PRINTER.exportPdf(document, link).succeeded()).isTrue();
        ExportOutcome onFolder = PrintTestSupport.PRINTER.exportPdf(document, folder);

        assertThat(java.nio.file.Files.isSymbolicLink(link)).isFalse();
        assertThat(java.nio.file.Files.readAllBytes(link)).startsWith("%PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertThat(victim).hasContent("victim");
        assertThat(onFolder.succeeded()).isFalse();
        assertThat(onFolder.message()).contains("无法导出");
        assertThat(folder).isEmptyDirectory();
    }
}

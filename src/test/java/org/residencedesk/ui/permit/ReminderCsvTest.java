package org.residencedesk.ui.permit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.domain.permit.PermitStatus;
import org.residencedesk.port.PermitSummary;
import org.residencedesk.service.permit.PermitListItem;

/** 到期签注提醒 goes through the product's one CSV writer: BOM, CRLF, RFC 4180 quoting, empty cells. */
class ReminderCsvTest {
    @TempDir
    Path dir;

    private static PermitListItem item(String name, String permitNumber, LocalDate nextAnniversary) {
        PermitSummary s = new PermitSummary("p1", 1, 1, PermitStatus.ISSUED, null, null, null, permitNumber, null,
                null, null, null, null, nextAnniversary, null, 0, null);
        return new PermitListItem(s, name, "420106********0311");
    }

    @Test
    void writesTheDueListWithTheSharedCsvRules() throws Exception {
        Path file = dir.resolve("提醒.csv");

        ReminderCsv.write(file, List.of(item("周建国", "4201112026000001", LocalDate.of(2027, 11, 28)),
                item("阿卜杜拉,\"小\"", null, null)), LocalDate.of(2027, 11, 10));

        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8)).isEqualTo(
                "姓名,公民身份号码,居住证编号,最后签注日,剩余天数\r\n"
                        + "周建国,420106********0311,4201112026000001,2027-11-27,17\r\n"
                        + "\"阿卜杜拉,\"\"小\"\"\",420106********0311,,,\r\n");
    }
}

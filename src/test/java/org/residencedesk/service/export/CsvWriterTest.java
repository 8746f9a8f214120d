package org.residencedesk.service.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one CSV writer: RFC 4180 quoting, CRLF, a UTF-8 byte-order mark for Excel, null as an empty cell. */
class CsvWriterTest {
    @Test
    void quotesOnlyWhatRfc4180AndExcelNeedQuoted() {
        assertThat(CsvWriter.quoted("王芳")).isEqualTo("王芳");
        assertThat(CsvWriter.quoted("")).isEmpty();
        assertThat(CsvWriter.quoted("解放路,二段")).isEqualTo("\"解放路,二段\"");
        assertThat(CsvWriter.quoted("解放路\"东\"")).isEqualTo("\"解放路\"\"东\"\"\"");
        assertThat(CsvWriter.quoted("一行\r\n两行")).isEqualTo("\"一行\r\n两行\"");
        assertThat(CsvWriter.quoted("a\nb")).isEqualTo("\"a\nb\"");
        assertThat(CsvWriter.quoted(" 前空格")).isEqualTo("\" 前空格\"");
        assertThat(CsvWriter.quoted("后空格 ")).isEqualTo("\"后空格 \"");
        assertThat(CsvWriter.quoted("中 间")).isEqualTo("中 间");
    }

    @Test
    void writesABomThenCrlfRowsWithNullsAsEmptyCells() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CsvWriter csv = new CsvWriter(bytes)) {
            csv.header(List.of("姓名", "地址", "结束日期"));
            csv.row(Arrays.asList("𠮷田春", "解放路\"东\",二段", null));
        }

        byte[] written = bytes.toByteArray();
        assertThat(written).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(written, 3, written.length - 3, StandardCharsets.UTF_8))
                .isEqualTo("姓名,地址,结束日期\r\n𠮷田春,\"解放路\"\"东\"\",二段\",\r\n");
    }
}

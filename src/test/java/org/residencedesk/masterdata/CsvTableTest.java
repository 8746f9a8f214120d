package org.residencedesk.masterdata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvTableTest {
    @Test
    void quotedFieldsWithCommasQuotesAndLineBreaks() {
        String text = "\uFEFFcode,name,note\r\n01,\"务工, 经商\",\"他说\"\"好\"\"\"\r\n02,\"两\n行\",\n03,plain,last";
        CsvTable t = CsvTable.parse("test", text);
        assertThat(t.rowCount()).isEqualTo(3);
        assertThat(t.column("code")).isZero();
        assertThat(t.rows().get(0)).containsExactly("01", "务工, 经商", "他说\"好\"");
        assertThat(t.rows().get(1)).containsExactly("02", "两\n行", "");
        assertThat(t.rows().get(2)).containsExactly("03", "plain", "last");
        assertThat(t.hasColumn("missing")).isFalse();
    }
}

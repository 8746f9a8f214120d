package org.residencedesk.masterdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.residencedesk.domain.masterdata.CodeEntry;
import org.residencedesk.domain.masterdata.CodeTable;

/**
 * The tables completed for issue 11 (ADR 0141): GB/T 4761-2008 with all its two-digit codes, and the
 * occupation table with the GB/T 2261.4-2003 codes for students, the unemployed and the retired.
 */
class CompleteCodeTablesTest {
    private static final ClasspathMasterData DATA = org.residencedesk.testing.TestMasterData.shared();

    /** The code ranges of GB/T 4761-2008's two-digit table: 0x, 1x and the full decades 2x–7x, 80–97, 99. */
    private static List<String> gbt4761Codes() {
        List<String> codes = new ArrayList<>(List.of("01", "02", "10", "11", "12"));
        for (int c = 20; c <= 97; c++) codes.add(String.valueOf(c));
        codes.add("99");
        return codes;
    }

    @Test
    void familyRelationshipHasEveryCodeOfGbt4761() {
        CodeTable t = DATA.codeTable("family-relationship");
        assertThat(t.version()).isEqualTo(2);
        assertThat(t.entries()).extracting(CodeEntry::code).containsExactlyElementsOf(gbt4761Codes()).hasSize(84);
        assertThat(t.byCode("98")).as("98 (保姆 in 1984) was removed in 2008").isEmpty();
        // a sample of each decade, names as in the standard's table
        Map<String, String> sample = new LinkedHashMap<>();
        sample.put("01", "本人");
        sample.put("12", "妻");
        sample.put("27", "养子或继子");
        sample.put("38", "儿媳");
        sample.put("41", "孙子");
        sample.put("44", "外孙女");
        sample.put("47", "曾孙子或外曾孙子");
        sample.put("58", "继母或养母");
        sample.put("61", "祖父");
        sample.put("65", "配偶的祖父母或外祖父母");
        sample.put("68", "配偶的曾祖父母或外曾祖父母");
        sample.put("69", "其他祖父母或外祖父母关系");
        sample.put("72", "嫂");
        sample.put("79", "其他兄弟姐妹");
        sample.put("81", "伯父");
        sample.put("84", "婶母");
        sample.put("90", "姑母");
        sample.put("91", "堂兄弟、堂姐妹");
        sample.put("92", "表兄弟、表姐妹");
        sample.put("96", "外甥女");
        sample.put("97", "其他亲属");
        sample.put("99", "非亲属");
        sample.forEach((code, name) -> assertThat(t.byCode(code)).as(code).get().extracting(CodeEntry::name).isEqualTo(name));
        assertThat(t.entries()).extracting(CodeEntry::name).doesNotHaveDuplicates();
        assertThat(t.search("bf", 3)).extracting(CodeEntry::code).startsWith("81");
        assertThat(t.search("外甥", 5)).extracting(CodeEntry::code).containsExactly("95", "96");
    }

    @Test
    void occupationHasStudentsUnemployedAndRetired() {
        CodeTable t = DATA.codeTable("occupation");
        assertThat(t.version()).isEqualTo(2);
        assertThat(t.entries()).extracting(CodeEntry::code)
                .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "31", "70", "80");
        assertThat(t.byCode("31")).get().extracting(CodeEntry::name).isEqualTo("学生");
        assertThat(t.byCode("70")).get().extracting(CodeEntry::name).isEqualTo("无业人员");
        assertThat(t.byCode("80")).get().extracting(CodeEntry::name).isEqualTo("退（离）休人员");
    }

    @Test
    void studentsUnemployedAndRetiredAreFoundByNameAndInitials() {
        CodeTable t = DATA.codeTable("occupation");
        assertThat(t.search("学生", 3)).extracting(CodeEntry::code).startsWith("31");
        assertThat(t.search("xs", 3)).extracting(CodeEntry::code).startsWith("31");
        assertThat(t.search("无业", 3)).extracting(CodeEntry::code).startsWith("70");
        assertThat(t.search("wy", 3)).extracting(CodeEntry::code).startsWith("70");
        assertThat(t.search("退休", 3)).extracting(CodeEntry::code).startsWith("80");
        assertThat(t.search("离退休", 3)).extracting(CodeEntry::code).startsWith("80");
        assertThat(t.search("ltx", 3)).extracting(CodeEntry::code).startsWith("80");
        assertThat(t.search("tx", 3)).extracting(CodeEntry::code).startsWith("80");
        assertThat(t.search("lx", 3)).extracting(CodeEntry::code).startsWith("80");
        assertThat(t.search("80", 3)).extracting(CodeEntry::code).startsWith("80");
        assertThat(t.byName("退（离）休人员")).get().extracting(CodeEntry::code).isEqualTo("80");
        assertThat(t.byName("离退休人员")).get().extracting(CodeEntry::code).isEqualTo("80");
        assertThat(t.byName("学生")).get().extracting(CodeEntry::code).isEqualTo("31");
        // aliases are search words only: the row still shows the standard's name
        assertThat(t.search("离退休", 1).get(0).display()).isEqualTo("80 退（离）休人员");
    }
}

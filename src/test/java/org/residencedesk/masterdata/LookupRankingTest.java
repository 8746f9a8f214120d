package org.residencedesk.masterdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.residencedesk.domain.masterdata.CodeEntry;
import org.residencedesk.domain.masterdata.CodeTable;
import org.residencedesk.domain.masterdata.Division;
import org.residencedesk.domain.masterdata.DivisionLevel;
import org.residencedesk.domain.masterdata.LookupContext;
import org.residencedesk.domain.masterdata.UsageCounts;

/**
 * Look-ups find what a clerk types, on the packaged tables (ADR 0177): code, any part of the name, initials
 * from any syllable, full pinyin; ranked by match (exact, start, inside, parent only), and within that by the
 * station's area, then this counter's picks, then code order. No window.
 */
class LookupRankingTest {
    private static final ClasspathMasterData DATA = new ClasspathMasterData();
    /** 关山街道, 洪山区, 武汉市, 湖北省. */
    private static final LookupContext GUANSHAN = new LookupContext("420111002", UsageCounts.NONE);

    private static List<String> codes(List<CodeEntry> rows) {
        return rows.stream().map(CodeEntry::code).toList();
    }

    private static List<String> divisionCodes(List<Division> rows) {
        return rows.stream().map(Division::code).toList();
    }

    @Test
    void initialsFromAnySyllableFindTheSeniorSchoolLevels() {
        CodeTable education = DATA.codeTable("education");
        assertThat(codes(education.search("gz", 12))).as("gz: 高中 inside 普通高中毕业 and 职业高中毕业")
                .containsExactly("44", "45", "46", "61", "62", "63");
        assertThat(codes(education.search("g", 40))).as("g: every level with a syllable starting with g")
                .contains("44", "45", "46", "61", "62", "63", "47", "48", "49");
        assertThat(codes(education.search("ptgz", 5))).startsWith("61", "62", "63");
    }

    @Test
    void fullPinyinAndChineseInsideTheNameFindTheSameRows() {
        CodeTable education = DATA.codeTable("education");
        assertThat(codes(education.search("gaozhong", 12))).containsExactly("44", "45", "46", "61", "62", "63");
        assertThat(codes(education.search("gaoz", 12))).containsExactly("44", "45", "46", "61", "62", "63");
        assertThat(codes(education.search("高中", 12))).containsExactly("44", "45", "46", "61", "62", "63");
        assertThat(codes(education.search("putonggaozhongbiye", 3))).containsExactly("61");
        assertThat(codes(DATA.codeTable("marital-status").search("yihun", 3))).startsWith("20");
        assertThat(codes(DATA.codeTable("ethnic-groups").search("weiwuer", 3))).containsExactly("05");
        assertThat(codes(DATA.codeTable("nationality").search("chn", 3))).as("letter codes without case").startsWith("CHN");
        assertThat(codes(DATA.codeTable("nationality").search("xianggang", 3))).containsExactly("HKG");
    }

    @Test
    void aSyllableMustStartWhereTheTypedTextStarts() {
        // "ong" is inside tong and zhong but starts no syllable: no match, no noise
        assertThat(DATA.codeTable("education").search("ong", 40)).isEmpty();
    }

    @Test
    void exactMatchesComeFirstThenTheMostPickedThenCodeOrder() {
        CodeTable education = DATA.codeTable("education");
        assertThat(codes(education.search("21", 3))).as("an exact code").startsWith("21");
        UsageCounts picked = (table, code) -> table.equals("education") && code.equals("63") ? 5
                : table.equals("education") && code.equals("45") ? 2 : 0;
        LookupContext counter = new LookupContext("420111002", picked);
        assertThat(codes(education.search("gz", 12, counter))).containsExactly("63", "45", "44", "46", "61", "62");
        assertThat(codes(education.search("63", 3, counter))).startsWith("63");
        UsageCounts otherTable = (table, code) -> table.equals("occupation") ? 9 : 0;
        assertThat(codes(education.search("gz", 12, new LookupContext("", otherTable))))
                .as("counts of another table do not count").containsExactly("44", "45", "46", "61", "62", "63");
    }

    @Test
    void theStationsOwnDistrictComesBeforeOtherPrefectures() {
        List<Division> hs = DATA.searchDivisions("hs", DivisionLevel.VILLAGE, "42", 100, GUANSHAN);
        assertThat(hs).as("a hundred villages starting with hs").allSatisfy(d -> assertThat(d.initials()).startsWith("hs"));
        assertThat(hs).as("the station's district before the rest of its city, its city before the province")
                .extracting(d -> distanceOf(d.code())).isSorted().contains(2, 3, 4);
        assertThat(divisionCodes(hs)).as("华师大社区 and 洪山社区 of 洪山区 in the first lines")
                .startsWith("420111001038", "420111007002");
        List<Division> hongshan = DATA.searchDivisions("洪山", DivisionLevel.VILLAGE, "42", 30, GUANSHAN);
        assertThat(divisionCodes(hongshan)).as("洪山区, then Wuhan, then Hubei; 小洪山 (inside the name) after")
                .startsWith("420111007002", "420106011026", "420106012006", "420117003217", "420607003002");
        assertThat(divisionCodes(hongshan).indexOf("420106012018")).isGreaterThan(divisionCodes(hongshan).indexOf("429006120224"));
        assertThat(divisionCodes(DATA.searchDivisions("hsq", DivisionLevel.COUNTY, null, 3, GUANSHAN)))
                .startsWith("420111");
    }

    @Test
    void withoutAStationAreaDivisionsComeInCodeOrder() {
        List<Division> hongshan = DATA.searchDivisions("洪山", DivisionLevel.VILLAGE, "42", 30, LookupContext.none());
        assertThat(divisionCodes(hongshan)).startsWith("420106011026", "420106012006", "420111007002",
                "420117003217");
    }

    @Test
    void thisCountersPicksRankWithinTheSameArea() {
        UsageCounts picked = (table, code) -> table.equals(UsageCounts.DIVISIONS) && code.equals("420117003217") ? 3 : 0;
        LookupContext counter = new LookupContext("420111002", picked);
        List<Division> hongshan = DATA.searchDivisions("洪山", DivisionLevel.VILLAGE, "42", 5, counter);
        assertThat(divisionCodes(hongshan)).as("own district first, then the picked one in the same city")
                .startsWith("420111007002", "420117003217", "420106011026", "420106012006");
    }

    @Test
    void aParentsNameFindsChildrenOnlyAfterOwnNames() {
        // 关山街道's villages contain 关山 only in their full name; 关山村 rows match by their own name
        List<Division> rows = DATA.searchDivisions("关山", DivisionLevel.VILLAGE, "42", 200, GUANSHAN);
        int firstParentOnly = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (!rows.get(i).name().contains("关山") && !rows.get(i).shortName().contains("关山")) {
                firstParentOnly = i;
                break;
            }
        }
        assertThat(firstParentOnly).as("some rows match only by their parent").isPositive();
        assertThat(rows.subList(firstParentOnly, rows.size()))
                .allSatisfy(d -> assertThat(d.name()).doesNotContain("关山"));
    }

    @Test
    void optionsOfAFormAreSearchedLikeACodeTable() {
        CodeTable kinds = DATA.optionTable("choice:registration.documentType", Map.of(
                "id-card", "居民身份证", "hmt-residence-permit", "港澳台居民居住证",
                "foreign-permanent-residence", "外国人永久居留身份证"));
        assertThat(codes(kinds.search("gat", 3))).containsExactly("hmt-residence-permit");
        assertThat(codes(kinds.search("hmt", 3))).containsExactly("hmt-residence-permit");
        assertThat(codes(kinds.search("waiguoren", 3))).containsExactly("foreign-permanent-residence");
        assertThat(codes(kinds.search("居住", 3))).containsExactly("hmt-residence-permit");
    }

    @Test
    void theHierarchyOfAVillageLeavesOutGroupingRows() {
        assertThat(DATA.path("420111002003")).extracting(Division::shortName)
                .containsExactly("湖北省", "武汉市", "洪山区", "关山街道", "海核社区");
        assertThat(DATA.path("110101")).extracting(Division::shortName).containsExactly("北京市", "东城区");
        assertThat(DATA.path("999999")).isEmpty();
    }

    private static int distanceOf(String code) {
        return GUANSHAN.distance(code);
    }
}

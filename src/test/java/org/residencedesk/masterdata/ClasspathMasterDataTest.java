package org.residencedesk.masterdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.residencedesk.domain.masterdata.CodeEntry;
import org.residencedesk.domain.masterdata.CodeTable;
import org.residencedesk.domain.masterdata.Division;
import org.residencedesk.domain.masterdata.DivisionLevel;

/** Runs against the data as packaged: target/classes/forms, copied there by the build. */
class ClasspathMasterDataTest {
    private static final ClasspathMasterData DATA = org.residencedesk.testing.TestMasterData.shared();

    @Test
    void divisionCountsMatchTheSourceFiles() {
        assertThat(DATA.divisionCount(DivisionLevel.PROVINCE)).isEqualTo(31);
        assertThat(DATA.divisionCount(DivisionLevel.CITY)).isEqualTo(342);
        assertThat(DATA.divisionCount(DivisionLevel.COUNTY)).isEqualTo(2978);
        assertThat(DATA.divisionCount(DivisionLevel.TOWNSHIP)).isEqualTo(1475);
        assertThat(DATA.divisionCount(DivisionLevel.VILLAGE)).isEqualTo(27057);
        assertThat(DATA.divisionsVersion()).isEqualTo("2023-06-30");
    }

    @Test
    void everyDivisionHangsUnderAnExistingParent() {
        assertThat(DATA.children(null)).hasSize(31);
        for (Division province : DATA.children(null)) {
            for (Division city : DATA.children(province.code())) {
                assertThat(city.parentCode()).isEqualTo(province.code());
            }
        }
        // walk all the way down in Hubei and count: every township and village is reachable
        long townships = 0;
        long villages = 0;
        for (Division city : DATA.children("42")) {
            for (Division county : DATA.children(city.code())) {
                for (Division township : DATA.children(county.code())) {
                    townships++;
                    villages += DATA.children(township.code()).size();
                }
            }
        }
        assertThat(townships).isEqualTo(1475);
        assertThat(villages).isEqualTo(27057);
    }

    @Test
    void lookUpByCodeWithFullNames() {
        Division hongshan = DATA.division("420111").orElseThrow();
        assertThat(hongshan.name()).isEqualTo("洪山区");
        assertThat(hongshan.level()).isEqualTo(DivisionLevel.COUNTY);
        assertThat(hongshan.parentCode()).isEqualTo("4201");
        assertThat(hongshan.fullName()).isEqualTo("湖北省武汉市洪山区");
        assertThat(hongshan.initials()).isEqualTo("hsq");
        // 市辖区 and 省直辖县级行政区划 only group counties and stay out of full names
        assertThat(DATA.division("110101").orElseThrow().fullName()).isEqualTo("北京市东城区");
        assertThat(DATA.division("429004").orElseThrow().fullName()).isEqualTo("湖北省仙桃市");
        assertThat(DATA.division("500229").orElseThrow().fullName()).isEqualTo("重庆市城口县");
        Division township = DATA.children("420111").get(0);
        assertThat(township.fullName()).isEqualTo("湖北省武汉市洪山区珞南街道");
        Division village = DATA.children(township.code()).get(0);
        assertThat(village.fullName()).isEqualTo("湖北省武汉市洪山区珞南街道石牌园社区");
        assertThat(village.level()).isEqualTo(DivisionLevel.VILLAGE);
    }

    @Test
    void unknownCodes() {
        assertThat(DATA.division("999999")).isEmpty();
        assertThat(DATA.division(null)).isEmpty();
        assertThat(DATA.children("999999")).isEmpty();
        assertThat(DATA.isKnownCounty("420111")).isTrue();
        assertThat(DATA.isKnownCounty("420100")).isFalse();
        assertThat(DATA.isKnownCounty(null)).isFalse();
        assertThatThrownBy(() -> DATA.codeTable("no-such-table")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pinyinInitialsFindHongshanAmongHubeiCounties() {
        List<Division> hits = DATA.searchDivisions("hs", DivisionLevel.COUNTY, "42", 20);
        assertThat(hits).extracting(Division::code).contains("420111");
        assertThat(hits.indexOf(DATA.division("420111").orElseThrow())).isLessThan(3);
        assertThat(hits).allSatisfy(d -> assertThat(d.code()).startsWith("42"));
        assertThat(DATA.searchDivisions("hsq", DivisionLevel.COUNTY, "42", 5).get(0).code()).isEqualTo("420111");
        assertThat(DATA.searchDivisions("hs", null, null, 20)).extracting(Division::code).contains("420111");
    }

    @Test
    void polyphonicPlaceNamesUseTheirPlaceReading() {
        assertThat(DATA.division("4301").orElseThrow().initials()).isEqualTo("css");   // 长沙市
        assertThat(DATA.division("50").orElseThrow().initials()).isEqualTo("cqs");     // 重庆市
        assertThat(DATA.division("3502").orElseThrow().initials()).isEqualTo("xms");   // 厦门市
        assertThat(DATA.division("420116").orElseThrow().initials()).isEqualTo("hpq"); // 黄陂区
        // the other reading still finds it, after the preferred matches
        assertThat(DATA.searchDivisions("zq", DivisionLevel.PROVINCE, null, 10)).extracting(Division::code).contains("50");
        assertThat(DATA.searchDivisions("cs", DivisionLevel.CITY, "43", 5).get(0).code()).isEqualTo("4301");
    }

    @Test
    void searchByNameAndCode() {
        assertThat(DATA.searchDivisions("洪山区", DivisionLevel.COUNTY, null, 5).get(0).code()).isEqualTo("420111");
        assertThat(DATA.searchDivisions("洪山", DivisionLevel.COUNTY, null, 5)).extracting(Division::code).contains("420111");
        assertThat(DATA.searchDivisions("420111", null, null, 1)).extracting(Division::code).containsExactly("420111");
        assertThat(DATA.searchDivisions("武汉市洪山", DivisionLevel.COUNTY, null, 5)).extracting(Division::code)
                .containsExactly("420111");
        assertThat(DATA.searchDivisions("", DivisionLevel.TOWNSHIP, "420111", 3)).hasSize(3)
                .allSatisfy(d -> assertThat(d.code()).startsWith("420111"));
        // initials match from any syllable (ADR 0177): zzzzzz is inside 甘孜藏族自治州's gzzzzzz, eight z's are in nothing
        assertThat(DATA.searchDivisions("zzzzzz", null, null, 5)).extracting(Division::code).startsWith("5133");
        assertThat(DATA.searchDivisions("zzzzzzzz", null, null, 5)).isEmpty();
    }

    @Test
    void codeTablesUnderTheirPlatformNames() {
        assertThat(DATA.codeTableNames()).containsExactly("sex", "ethnic-groups", "marital-status", "education",
                "occupation", "family-relationship", "residence-reasons", "residence-types", "intended-stay",
                "nationality", "nationality-numeric");
        // GB/T 2659 = ISO 3166-1: every alpha-3 row has its numeric twin under the same name (ADR 0171)
        assertThat(DATA.codeTable("nationality").entries()).hasSize(249);
        assertThat(DATA.codeTable("nationality").byCode("KOR")).get().extracting(CodeEntry::name).isEqualTo("韩国");
        assertThat(DATA.codeTable("nationality-numeric").byCode("410")).get().extracting(CodeEntry::name)
                .isEqualTo("韩国");
        assertThat(DATA.codeTable("nationality").byCode("HKG")).get().extracting(CodeEntry::name).isEqualTo("中国香港");
        assertThat(DATA.codeTable("nationality-numeric").entries()).extracting(CodeEntry::name)
                .containsExactlyInAnyOrderElementsOf(DATA.codeTable("nationality").entries().stream()
                        .map(CodeEntry::name).toList());
        CodeTable sex = DATA.codeTable("sex");
        assertThat(sex.entries()).hasSize(4);
        assertThat(sex.byCode("2")).get().extracting(CodeEntry::name).isEqualTo("女");
        assertThat(sex.version()).isEqualTo(1);
        // 8 GB/T 6565-2015 major groups + 学生, 无业人员, 退（离）休人员 of GB/T 2261.4-2003 (issue 11, ADR 0141)
        assertThat(DATA.codeTable("occupation").entries()).hasSize(11);
        assertThat(DATA.codeTable("ethnic-groups").entries()).hasSize(58);
        assertThat(DATA.codeTable("ethnic-groups").search("hz", 3).get(0).name()).isEqualTo("汉族");
        assertThat(DATA.codeTable("ethnic-groups").byName("朝鲜族")).get().extracting(CodeEntry::initials)
                .isEqualTo("cxz");
        assertThat(DATA.codeTable("education").byCode("11")).get().extracting(CodeEntry::parentCode).isEqualTo("10");
        assertThat(DATA.codeTable("residence-types").entries()).allSatisfy(e -> assertThat(e.parentCode()).isNotBlank());
        assertThat(DATA.codeTable("intended-stay").byCode("6")).isPresent();
        assertThat(DATA.codeTable("residence-reasons").search("wg", 5)).extracting(CodeEntry::code).startsWith("01");
    }

    @Test
    void concurrentFirstUseLoadsOnce() throws Exception {
        ClasspathMasterData fresh = new ClasspathMasterData();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<CompletableFuture<Division>> calls = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                calls.add(CompletableFuture.supplyAsync(() -> fresh.division("420111").orElseThrow(), pool));
            }
            Division first = calls.get(0).get();
            for (CompletableFuture<Division> c : calls) assertThat(c.get()).isSameAs(first);
        } finally {
            pool.shutdownNow();
        }
    }
}

package org.residencedesk.masterdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.residencedesk.domain.masterdata.Division;
import org.residencedesk.domain.masterdata.DivisionLevel;

/** Short names (ADR 0140) in the packaged Hubei table: kept beside the official name, in full names, searchable. */
class DivisionShortNameLookupTest {
    private static final ClasspathMasterData DATA = org.residencedesk.testing.TestMasterData.shared();

    @Test
    void officialNameStaysAndShortNameJoinsTheFullName() {
        Division jianqiang = DATA.division("420111491006").orElseThrow();
        assertThat(jianqiang.name()).isEqualTo("建强社区居民居委会");
        assertThat(jianqiang.shortName()).isEqualTo("建强社区");
        assertThat(jianqiang.fullName()).isEqualTo("湖北省武汉市洪山区东湖风景区街道（洪山）建强社区");
        assertThat(jianqiang.initials()).isEqualTo("jqsqjmjwh");

        Division hongshan = DATA.division("420117003217").orElseThrow();
        assertThat(hongshan.name()).isEqualTo("洪山村委会");
        assertThat(hongshan.shortName()).isEqualTo("洪山村");
        assertThat(hongshan.fullName()).isEqualTo("湖北省武汉市新洲区仓埠街道洪山村");

        // counties and townships have no committee suffix: short name = official name
        Division county = DATA.division("420111").orElseThrow();
        assertThat(county.shortName()).isEqualTo("洪山区");
        assertThat(county.hasShortName()).isFalse();
    }

    @Test
    void shortNameIsFoundByNameAndByItsInitials() {
        assertThat(first("建强社区", "420111491")).isEqualTo("420111491006");
        assertThat(first("jqsq", "420111491")).isEqualTo("420111491006");
        assertThat(first("洪山村", "420117003")).isEqualTo("420117003217");
        assertThat(first("hsc", "420117003")).isEqualTo("420117003217");
        // 东门居委会 is not part of the official 东门居民委员会: found only through the short name
        assertThat(first("东门居委会", "421126102")).isEqualTo("421126102003");
        assertThat(first("dmjwh", "421126102")).isEqualTo("421126102003");
        // the official name and its initials still work
        assertThat(first("建强社区居民居委会", null)).isEqualTo("420111491006");
        assertThat(first("jqsqjmjwh", null)).isEqualTo("420111491006");
        // and a clerk typing the address form finds the village
        assertThat(first("东湖风景区街道（洪山）建强社区", null)).isEqualTo("420111491006");
    }

    @Test
    void noVillageFullNameEndsInACommitteeWordWhenTheRuleApplies() {
        List<String> leftovers = new ArrayList<>();
        long shortened = 0;
        for (Division city : DATA.children("42")) {
            for (Division county : DATA.children(city.code())) {
                for (Division town : DATA.children(county.code())) {
                    for (Division v : DATA.children(town.code())) {
                        assertThat(v.fullName()).endsWith(v.shortName()).startsWith(town.fullName());
                        if (v.hasShortName()) shortened++;
                        if (v.fullName().endsWith("委员会") || v.fullName().endsWith("村委会")) leftovers.add(v.name());
                    }
                }
            }
        }
        assertThat(shortened).isEqualTo(24_299);
        // the only village whose committee word stays: no rule can tell what people call it
        assertThat(leftovers).containsExactly("巴河镇居委会村民委员会");
    }

    private static String first(String query, String within) {
        List<Division> hits = DATA.searchDivisions(query, DivisionLevel.VILLAGE, within, 5);
        assertThat(hits).as(query).isNotEmpty();
        return hits.get(0).code();
    }
}

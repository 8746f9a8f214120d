package org.residencedesk.domain.masterdata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The short-name rule of ADR 0140, suffix by suffix, with the edge cases found in the Hubei table. */
class DivisionShortNameTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            // 社区 stems are the short name, whatever committee word follows
            "建强社区居民居委会, 建强社区",
            "海核社区居民委员会, 海核社区",
            "万年社区居委会, 万年社区",
            "新墩社区委员会, 新墩社区",
            "长兴社区村民委员会, 长兴社区",
            "福善场社区村委会, 福善场社区",
            // villagers' committees are the village; 村 is added once, never twice
            "洪山村村民委员会, 洪山村",
            "洪山村委会, 洪山村",
            "洪山村民委员会, 洪山村",
            "洪山村村委会, 洪山村",
            "玉盘村村民居委会, 玉盘村",
            "江山新村委员会, 江山新村",
            "新村村委会, 新村",
            "庞居村委会, 庞居村",
            "苏区村委会, 苏区村",
            "七会村委会, 七会村",
            // residents' committees without 社区 keep the everyday 居委会
            "东门居民委员会, 东门居委会",
            "安居居民委员会, 安居居委会",
            "一居民委员会, 一居委会",
            "光明居委会, 光明居委会",
            "新村居委会, 新村居委会",
            // nothing to shorten, or no rule can tell
            "保成社区, 保成社区",
            "洪山村, 洪山村",
            "关山街道, 关山街道",
            "武汉东湖新技术开发区, 武汉东湖新技术开发区",
            "村民委员会, 村民委员会",
            "居委会, 居委会",
            "巴河镇居委会村民委员会, 巴河镇居委会村民委员会",
            "某某委员会, 某某委员会",
    })
    void derivesTheNamePeopleUse(String official, String expected) {
        assertThat(DivisionShortName.of(official)).isEqualTo(expected);
    }

    @Test
    void isIdempotentAndTrimsAndPassesNullThrough() {
        for (String n : new String[] {"建强社区居民居委会", "洪山村民委员会", "东门居民委员会", "光明居委会", "新村居委会"}) {
            String once = DivisionShortName.of(n);
            assertThat(DivisionShortName.of(once)).as(n).isEqualTo(once);
        }
        assertThat(DivisionShortName.of(" 洪山村委会 ")).isEqualTo("洪山村");
        assertThat(DivisionShortName.of(null)).isNull();
    }

    @Test
    void divisionCarriesOfficialAndShortName() {
        Division d = new Division("420111002003", "海核社区居民委员会", DivisionLevel.VILLAGE, "420111002", "hhsqjmwyh",
                "湖北省武汉市洪山区关山街道海核社区");
        assertThat(d.name()).isEqualTo("海核社区居民委员会");
        assertThat(d.shortName()).isEqualTo("海核社区");
        assertThat(d.hasShortName()).isTrue();
        Division county = new Division("420111", "洪山区", DivisionLevel.COUNTY, "4201", "hsq", "湖北省武汉市洪山区");
        assertThat(county.shortName()).isEqualTo("洪山区");
        assertThat(county.hasShortName()).isFalse();
    }
}

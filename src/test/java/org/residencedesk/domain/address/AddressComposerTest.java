package org.residencedesk.domain.address;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.residencedesk.domain.masterdata.Division;
import org.residencedesk.domain.masterdata.DivisionLevel;
import org.residencedesk.testing.TestMasterData;

class AddressComposerTest {
    private static final List<Division> HAIHE = TestMasterData.shared().path("420111002003");
    private static final List<Division> HONGSHAN = TestMasterData.shared().path("420111");
    private static final List<Division> CHAOYANG = TestMasterData.shared().path("110105");

    @ParameterizedTest(name = "{0}|{1}|{2}|{3}|{4} → {5}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "珞喻路|100|3|2|501|珞喻路100号3栋2单元501室",
            "珞喻路|100号|3栋|2单元|501室|珞喻路100号3栋2单元501室",
            "珞喻路|100|32|5|01|珞喻路100号32栋5单元01室",
            "珞喻路|1037号|||'' |珞喻路1037号",
            "珞喻路|1037|NULL|NULL|NULL|珞喻路1037号",
            "珞喻路|100|3号|NULL|501|珞喻路100号3号楼501室",
            "珞喻路|100|3号楼|二|五零一|珞喻路100号3号楼二单元五零一室",
            "珞喻路|一百零八|三|二|NULL|珞喻路一百零八号三栋二单元",
            "珞喻路|100|A|B|1203|珞喻路100号A栋B单元1203室",
            "珞喻路|１００|３|２|５０１|珞喻路１００号３栋２单元５０１室",
            "珞喻路|100|5幢|NULL|302房|珞喻路100号5幢302房",
            "珞喻路|100-2|NULL|NULL|NULL|珞喻路100-2号",
            "珞喻路|100附|NULL|NULL|NULL|珞喻路100附",
            "NULL|NULL|NULL|NULL|NULL|''",
            "珞喻路|NULL|NULL|NULL|501|珞喻路501室",
            "' 珞喻路 '|' 7 '|NULL|' 1 '|NULL|珞喻路7号1单元",
            "关山村|十一组|NULL|NULL|NULL|关山村十一组",
            "珞喻路|100|C座|NULL|1号|珞喻路100号C座1号",
    })
    void detailAddsUnitWordsOnce(String street, String number, String building, String unit, String room,
                                 String expected) {
        assertThat(AddressComposer.detail(new AddressParts(street, number, building, unit, room)))
                .isEqualTo(expected == null ? "" : expected);
    }

    @Test
    void printedResidenceStopsAtTheTownshipAndLeavesTheCommitteeOut() {
        assertThat(HAIHE).extracting(Division::level).containsExactly(DivisionLevel.PROVINCE, DivisionLevel.CITY,
                DivisionLevel.COUNTY, DivisionLevel.TOWNSHIP, DivisionLevel.VILLAGE);
        assertThat(AddressComposer.printedResidence(HAIHE, new AddressParts("珞喻路", "100", "3", "2", "501")))
                .isEqualTo("湖北省武汉市洪山区关山街道珞喻路100号3栋2单元501室");
    }

    @Test
    void recordLineKeepsTheCommitteeForSearching() {
        assertThat(AddressComposer.recordLine(HAIHE, new AddressParts("珞喻路", "1037号", "", "", "")))
                .isEqualTo("湖北省武汉市洪山区关山街道海核社区珞喻路1037号");
        assertThat(AddressComposer.committee(HAIHE)).isEqualTo("海核社区");
        assertThat(AddressComposer.committee(HONGSHAN)).isEmpty();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            // the card repeats the whole division: printed once
            "湖北省武汉市洪山区关山街道关山村12号|湖北省武汉市洪山区关山街道关山村12号",
            // the card leaves out the province, or province and city
            "武汉市洪山区关山街道关山村12号|湖北省武汉市洪山区关山街道关山村12号",
            "洪山区关山街道关山村12号|湖北省武汉市洪山区关山街道关山村12号",
            // the card begins below the county: the whole division goes before it
            "关山街道关山村12号|湖北省武汉市洪山区关山街道关山村12号",
            // the person moved within the city after the card: the card's district is kept, the city not repeated
            "武汉市江夏区纸坊街道3号|湖北省武汉市江夏区纸坊街道3号",
            // a typed detail without any division
            "珞喻路100号|湖北省武汉市洪山区珞喻路100号",
            "' 湖北省武汉市洪山区珞喻路100号 '|湖北省武汉市洪山区珞喻路100号",
    })
    void hukouNeverRepeatsTheDivision(String address, String expected) {
        assertThat(AddressComposer.hukou(HONGSHAN, address)).isEqualTo(expected);
    }

    @Test
    void hukouOfAMunicipalitySkipsTheGroupingRow() {
        assertThat(CHAOYANG).extracting(Division::shortName).containsExactly("北京市", "朝阳区");
        assertThat(AddressComposer.hukou(CHAOYANG, "北京市朝阳区建国路1号")).isEqualTo("北京市朝阳区建国路1号");
        assertThat(AddressComposer.hukou(CHAOYANG, "朝阳区建国路1号")).isEqualTo("北京市朝阳区建国路1号");
        assertThat(AddressComposer.hukou(CHAOYANG, "建国路1号")).isEqualTo("北京市朝阳区建国路1号");
    }

    @Test
    void hukouMatchesTheOfficialCommitteeNameAsWellAsTheShortOne() {
        Division village = HAIHE.get(4);
        assertThat(village.hasShortName()).isTrue();
        String official = HAIHE.get(3).fullName() + village.name() + "5号";
        assertThat(AddressComposer.hukou(HAIHE, official)).isEqualTo(official);
        assertThat(AddressComposer.hukou(HAIHE, village.name() + "5号"))
                .isEqualTo(HAIHE.get(3).fullName() + village.name() + "5号");
    }

    @Test
    void blankHukouPrintsTheDivisionAndAnUnknownDivisionPrintsTheText() {
        assertThat(AddressComposer.hukou(HONGSHAN, "  ")).isEqualTo("湖北省武汉市洪山区");
        assertThat(AddressComposer.hukou(HONGSHAN, null)).isEqualTo("湖北省武汉市洪山区");
        assertThat(AddressComposer.hukou(List.of(), "香港九龙弥敦道1号")).isEqualTo("香港九龙弥敦道1号");
    }
}

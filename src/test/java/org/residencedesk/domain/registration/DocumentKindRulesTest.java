package org.residencedesk.domain.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.residencedesk.domain.form.CrossFieldRules;
import org.residencedesk.domain.form.FieldError;
import org.residencedesk.domain.form.FormDefinition;
import org.residencedesk.domain.form.FormMessages;
import org.residencedesk.domain.form.FormValidator;
import org.residencedesk.domain.form.FormValues;
import org.residencedesk.forms.YamlFormLoader;
import org.residencedesk.testsupport.InMemoryMasterData;
import org.residencedesk.testsupport.RegistrationFixture;

/**
 * The packaged registration form with the product's real identity checks (ADR 0171): the document kind must
 * agree with the number, foreigners' numbers name a GB/T 2659 nationality (and the 2023 ones a province), and
 * foreigners and HK/Macao/Taiwan residents register without a mainland hukou or ethnic group.
 */
class DocumentKindRulesTest {
    private static final InMemoryMasterData MASTER_DATA = new InMemoryMasterData();
    private static final FormValidator VALIDATOR = validator();

    private static FormValidator validator() {
        CrossFieldRules rules = IdentityFormRules.crossFieldRules(RegistrationFixture.clock(), MASTER_DATA);
        try {
            FormDefinition form = new YamlFormLoader(rules).loadClasspath("forms/registration.yaml");
            return new FormValidator(form, MASTER_DATA, RegistrationFixture.clock(),
                    IdentityFormRules.fieldValidators(RegistrationFixture.clock(), MASTER_DATA), rules,
                    FormMessages.fromBundle());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** A Korean holder of a 2023 permanent residence card (accepted in Hubei, 42), no hukou, no ethnic group. */
    private static FormValues.Builder foreigner() {
        return RegistrationFixture.valid().toBuilder().set("documentType", "foreign-permanent-residence")
                .set("idNumber", "942410198503150012").set("nationality", "KOR").set("name", "KIM MINSU")
                .set("sex", "1").set("birthDate", "1985-03-15").set("ethnicGroup", "").set("hukouDivision", "")
                .set("hukouAddress", "").set("issuingAuthority", "").set("validUntil", "2033-12-01");
    }

    /** A Hong Kong resident with a 港澳台居民居住证 (810000…). */
    private static FormValues.Builder hongKong() {
        return RegistrationFixture.valid().toBuilder().set("documentType", "hmt-residence-permit")
                .set("idNumber", "810000199001010019").set("nationality", "HKG").set("name", "陈家明")
                .set("sex", "1").set("birthDate", "1990-01-01").set("ethnicGroup", "").set("hukouDivision", "")
                .set("hukouAddress", "");
    }

    private static Map<String, String> errors(FormValues.Builder values) {
        return VALIDATOR.validate(values.build()).errors().stream()
                .collect(java.util.stream.Collectors.toMap(FieldError::fieldPath, FieldError::message));
    }

    private static Map<String, String> errors(FormValues.Builder base, UnaryOperator<FormValues.Builder> change) {
        return errors(change.apply(base));
    }

    @Test
    void foreignersAndHongKongResidentsRegisterWithoutAMainlandHukou() {
        assertThat(errors(foreigner())).isEmpty();
        assertThat(errors(hongKong())).isEmpty();
        assertThat(errors(hongKong(), b -> b.set("idNumber", "830000199001010039").set("nationality", "TWN")))
                .isEmpty();
        assertThat(errors(foreigner(), b -> b.set("idNumber", "KOR420085031501").set("validUntil", "2027-01-01")))
                .as("2017 card: three letters, place of acceptance, YYMMDD, two digits").isEmpty();
        // a citizen still needs hukou and ethnic group
        assertThat(errors(RegistrationFixture.valid().toBuilder().set("hukouDivision", "").set("ethnicGroup", "")))
                .containsOnlyKeys("hukouDivision", "ethnicGroup");
        assertThat(errors(foreigner(), b -> b.set("nationality", ""))).containsExactly(Map.entry("nationality", "此项必填"));
    }

    @Test
    void aResidentIdCardWithAnotherKindOfNumberIsRefusedBesideTheNumber() {
        FormValues.Builder citizenCard = RegistrationFixture.valid().toBuilder();
        assertThat(errors(citizenCard.set("idNumber", "810000199001010019").set("birthDate", "1990-01-01")
                .set("sex", "1"))).containsExactly(Map.entry("idNumber",
                "证件号码与证件类型不符：号码以81/82/83开头，是港澳台居民居住证号码，请将证件类型改为“港澳台居民居住证”"));
        assertThat(errors(RegistrationFixture.valid().toBuilder().set("documentType", "temporary-id-card")
                .set("idNumber", "942410198503150012").set("birthDate", "1985-03-15").set("sex", "1")))
                .containsExactly(Map.entry("idNumber", "证件号码与证件类型不符：号码以9开头，是外国人永久居留身份证（2023版）号码，"
                        + "请将证件类型改为“外国人永久居留身份证”"));
        assertThat(errors(RegistrationFixture.valid().toBuilder().set("idNumber", "KOR420085031501")
                .set("birthDate", "1985-03-15"))).containsExactly(Map.entry("idNumber",
                "证件号码与证件类型不符：号码为3个字母加12位数字，是外国人永久居留身份证（2017版）号码，请将证件类型改为“外国人永久居留身份证”"));
    }

    @Test
    void theOtherKindsRefuseACitizenNumber() {
        String citizen = "证件号码与证件类型不符：这是居民身份证号码，请将证件类型改为“居民身份证”";
        assertThat(errors(hongKong(), b -> b.set("idNumber", "11010519491231002X").set("birthDate", "1949-12-31")
                .set("sex", "2"))).containsExactly(Map.entry("idNumber", citizen));
        assertThat(errors(foreigner(), b -> b.set("idNumber", "11010519491231002X").set("birthDate", "1949-12-31")
                .set("sex", "2"))).containsExactly(Map.entry("idNumber", citizen));
        assertThat(errors(foreigner(), b -> b.set("idNumber", "810000199001010019").set("birthDate", "1990-01-01")
                .set("nationality", "HKG"))).containsEntry("idNumber",
                "证件号码与证件类型不符：号码以81/82/83开头，是港澳台居民居住证号码，请将证件类型改为“港澳台居民居住证”");
    }

    @Test
    void the2017NumberNamesAGbt2659NationalityAndItsBirthDate() {
        UnaryOperator<FormValues.Builder> card2017 = b -> b.set("idNumber", "KOR420085031501");
        assertThat(errors(foreigner(), b -> card2017.apply(b).set("nationality", "JPN"))).containsExactly(
                Map.entry("nationality", "国籍（地区）与证件号码不符：证件号码所载国籍（地区）为“KOR 韩国”"));
        assertThat(errors(foreigner(), b -> b.set("idNumber", "ZZZ420085031501"))).containsExactly(
                Map.entry("idNumber", "国籍（地区）与证件号码不符：号码前3位国籍代码“ZZZ”不在国籍代码表（GB/T 2659）中，请逐位核对"));
        assertThat(errors(foreigner(), b -> card2017.apply(b).set("birthDate", "1985-03-16")))
                .containsExactly(Map.entry("birthDate", "出生日期与证件号码不一致"));
    }

    @Test
    void the2023NumberNamesAProvinceAndANumericNationality() {
        assertThat(errors(foreigner(), b -> b.set("nationality", "USA"))).containsExactly(
                Map.entry("nationality", "国籍（地区）与证件号码不符：证件号码所载国籍（地区）为“KOR 韩国”"));
        assertThat(errors(foreigner(), b -> b.set("idNumber", "942840198503150020").set("sex", "2")
                .set("nationality", "USA"))).as("840 = USA").isEmpty();
        assertThat(errors(foreigner(), b -> b.set("idNumber", "942999198503150019"))).containsExactly(
                Map.entry("idNumber", "国籍（地区）与证件号码不符：号码第4至6位国籍代码“999”不在国籍代码表（GB/T 2659）中，请逐位核对"));
        assertThat(errors(foreigner(), b -> b.set("idNumber", "999410198503150018"))).containsExactly(
                Map.entry("idNumber", "国籍（地区）与证件号码不符：号码第2至3位受理地代码“99”不是省级行政区划代码，请逐位核对"));
        assertThat(errors(foreigner(), b -> b.set("idNumber", "942156198503150015").set("nationality", "CHN")))
                .containsExactly(Map.entry("nationality",
                        "国籍（地区）与证件号码不符：外国人永久居留身份证持有人的国籍不能为中国（含香港、澳门、台湾）"));
    }

    @Test
    void hongKongMacaoTaiwanNumbersNameTheirRegion() {
        assertThat(errors(hongKong(), b -> b.set("nationality", "MAC"))).containsExactly(
                Map.entry("nationality", "国籍（地区）与证件号码不符：证件号码所载国籍（地区）为“HKG 中国香港”"));
        assertThat(errors(hongKong(), b -> b.set("idNumber", "820000199001010029").set("sex", "2")
                .set("nationality", "MAC"))).isEmpty();
    }
}

package org.residencedesk.testsupport;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import org.residencedesk.domain.form.CrossFieldRules;
import org.residencedesk.domain.registration.IdentityFormRules;
import org.residencedesk.domain.form.FieldType;
import org.residencedesk.domain.form.FieldTypeValidators;
import org.residencedesk.domain.form.FormDefinition;
import org.residencedesk.domain.form.FormMessages;
import org.residencedesk.domain.form.FormValidator;
import org.residencedesk.domain.form.FormValues;
import org.residencedesk.forms.FormDefinitionException;
import org.residencedesk.forms.YamlFormLoader;

/** The packaged registration form with test validators, a fixed clock and a fully valid set of values. */
public final class RegistrationFixture {
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    public static final String BAD_ID_MESSAGE = "测试：证件号码校验位不正确";
    public static final String BAD_USCC_MESSAGE = "测试：统一社会信用代码格式不正确";

    private RegistrationFixture() { }

    public static Clock clock() {
        return Clock.fixed(TODAY.atTime(9, 15).atZone(ZONE).toInstant(), ZONE);
    }

    /** The real rule set of the product, including the two that read the identity number. */
    public static CrossFieldRules rules() {
        return IdentityFormRules.crossFieldRules(clock(), new InMemoryMasterData());
    }

    public static FormDefinition form() {
        try {
            return new YamlFormLoader(rules()).loadClasspath("forms/registration.yaml");
        } catch (FormDefinitionException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /**
     * Stand-ins for the real IdNumber / SocialCreditCode checks (written elsewhere): the GB 11643
     * MOD 11-2 check character, and the GB 32100 character-set shape.
     */
    public static FieldTypeValidators testTypeValidators() {
        return new FieldTypeValidators()
                .register(FieldType.ID_NUMBER, v -> mod112Ok(v) ? Optional.empty() : Optional.of(BAD_ID_MESSAGE))
                .register(FieldType.SOCIAL_CREDIT_CODE, v -> v.matches("[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}")
                        ? Optional.empty() : Optional.of(BAD_USCC_MESSAGE));
    }

    private static boolean mod112Ok(String v) {
        if (!v.matches("\\d{17}[\\dX]")) return false;
        int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) sum += (v.charAt(i) - '0') * w[i];
        return "10X98765432".charAt(sum % 11) == v.charAt(17);
    }

    public static FormValidator validator(FormDefinition form) {
        return new FormValidator(form, new InMemoryMasterData(), clock(), testTypeValidators(),
                rules(), FormMessages.fromBundle());
    }

    /** Every required field filled correctly; a rented flat in Wuhan, working, no companions. */
    public static FormValues valid() {
        return FormValues.builder()
                .set("documentType", "id-card").set("idNumber", "11010519491231002X").set("name", "张秀英")
                .set("sex", "2").set("ethnicGroup", "01").set("birthDate", "1949-12-31")
                .set("hukouDivision", "110105").set("hukouAddress", "北京市朝阳区建国门外大街1号")
                .set("issuingAuthority", "北京市公安局朝阳分局").set("validFrom", "2010-01-01").set("validUntil", "长期")
                .set("education", "21").set("maritalStatus", "20").set("mobile", "13812345678")
                .set("residenceDivision", "420111002003").set("street", "珞喻路").set("houseNumber", "1037号")
                .set("residenceType", "34").set("landlordName", "李四").set("landlordIdNumber", "34052419800101001X")
                .set("landlordPhone", "13900001111").set("arrivalDate", "2026-11-01").set("intendedStay", "4")
                .set("residenceReason", "01").set("occupation", "4").set("workplaceName", "武汉某物流有限公司")
                .set("declarant", "self").set("channel", "counter").set("privacyConsent", "true")
                .set("operator", "wangfang").set("registrationDate", "2026-11-28").set("registrationNumber", "R4201110020260001")
                .group("companions")
                .build();
    }
}

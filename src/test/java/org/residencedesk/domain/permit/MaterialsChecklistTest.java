package org.residencedesk.domain.permit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MaterialsChecklistTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    private static ApplicantCircumstances adult(PermitBasis basis) {
        return ApplicantCircumstances.adultInPerson(LocalDate.of(1990, 1, 1), LocalDate.of(2025, 1, 1), basis);
    }

    @Test
    void requirementsDependOnTheBasis() {
        assertThat(MaterialsChecklist.requiredFor(adult(PermitBasis.STABLE_EMPLOYMENT))).containsExactly(
                MaterialRequirement.APPLICANT_IDENTITY, MaterialRequirement.PHOTO,
                MaterialRequirement.RESIDENCE_ADDRESS_PROOF, MaterialRequirement.EMPLOYMENT_PROOF);
        assertThat(MaterialsChecklist.requiredFor(adult(PermitBasis.CONTINUOUS_STUDY)))
                .contains(MaterialRequirement.STUDY_PROOF).doesNotContain(MaterialRequirement.EMPLOYMENT_PROOF);
        assertThat(MaterialsChecklist.requiredFor(adult(PermitBasis.STABLE_RESIDENCE))).containsExactly(
                MaterialRequirement.APPLICANT_IDENTITY, MaterialRequirement.PHOTO, MaterialRequirement.RESIDENCE_ADDRESS_PROOF);
    }

    @Test
    void representedApplicantsNeedTheRepresentativesId() {
        ApplicantCircumstances child = adult(PermitBasis.CONTINUOUS_STUDY)
                .withRepresentation(Representation.GUARDIAN, false);
        assertThat(MaterialsChecklist.requiredFor(child)).endsWith(MaterialRequirement.REPRESENTATIVE_IDENTITY);
    }

    @Test
    void anyOneOfTheAlternativesSatisfiesALine() {
        for (MaterialKind proof : MaterialRequirement.RESIDENCE_ADDRESS_PROOF.acceptable(false)) {
            MaterialsCheck c = MaterialsChecklist.check(adult(PermitBasis.STABLE_RESIDENCE),
                    EnumSet.of(MaterialKind.RESIDENT_ID_CARD, MaterialKind.PHOTO, proof), TODAY);
            assertThat(c.complete()).as(proof.name()).isTrue();
            assertThat(c.notice().isEmpty()).isTrue();
            assertThat(c.notice().lines()).containsExactly("申领材料已齐全");
        }
    }

    @Test
    void householdRegisterProvesIdentityOnlyForMinors() {
        Set<MaterialKind> brought = EnumSet.of(MaterialKind.HOUSEHOLD_REGISTER, MaterialKind.PHOTO,
                MaterialKind.ACCOMMODATION_CERTIFICATE, MaterialKind.STUDENT_CARD, MaterialKind.REPRESENTATIVE_ID_CARD);
        ApplicantCircumstances child = ApplicantCircumstances.adultInPerson(LocalDate.of(2014, 9, 1),
                LocalDate.of(2025, 1, 1), PermitBasis.CONTINUOUS_STUDY).withRepresentation(Representation.GUARDIAN, false);
        assertThat(MaterialsChecklist.check(child, brought, TODAY).complete()).isTrue();
        ApplicantCircumstances grownUp = ApplicantCircumstances.adultInPerson(LocalDate.of(2000, 9, 1),
                LocalDate.of(2025, 1, 1), PermitBasis.CONTINUOUS_STUDY);
        assertThat(MaterialsChecklist.check(grownUp, brought, TODAY).missing())
                .containsExactly(MaterialRequirement.APPLICANT_IDENTITY);
    }

    @Test
    void oneTimeNoticeListsEverythingMissingWithTheAlternatives() {
        ApplicantCircumstances c = adult(PermitBasis.STABLE_EMPLOYMENT).withRepresentation(Representation.NEAR_RELATIVE, true);
        MaterialsCheck check = MaterialsChecklist.check(c, EnumSet.of(MaterialKind.RESIDENT_ID_CARD), TODAY);
        assertThat(check.complete()).isFalse();
        assertThat(check.notice().lines()).containsExactly(
                "一次性告知：申领居住证尚缺以下材料，请一次备齐后再来办理：",
                "1. 本人近期相片",
                "2. 居住地住址证明（以下任选其一：房屋租赁合同、房屋产权证明、购房合同、房屋出租人、用人单位或就读学校出具的住宿证明）",
                "3. 就业证明（以下任选其一：工商营业执照、劳动合同、用人单位出具的劳动关系证明）",
                "4. 代办人或陪同监护人的身份证件",
                "告知日期：2026年3月2日");
    }

    @Test
    void basisProofFollowsTheBasis() {
        assertThat(MaterialsChecklist.basisProven(adult(PermitBasis.STABLE_EMPLOYMENT), Set.of(MaterialKind.LEASE), TODAY))
                .isFalse();
        assertThat(MaterialsChecklist.basisProven(adult(PermitBasis.STABLE_RESIDENCE), Set.of(MaterialKind.LEASE), TODAY))
                .isTrue();
        assertThat(MaterialsChecklist.basisProven(adult(PermitBasis.CONTINUOUS_STUDY), Set.of(MaterialKind.SCHOOL_CERTIFICATE),
                TODAY)).isTrue();
        assertThat(MaterialsChecklist.basisProven(adult(null), Set.of(MaterialKind.values()), TODAY)).isFalse();
    }
}

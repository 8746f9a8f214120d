package org.residencedesk.service.permit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.app.AppContext;
import org.residencedesk.domain.account.Role;
import org.residencedesk.domain.form.FormValues;
import org.residencedesk.domain.permit.Handover;
import org.residencedesk.domain.permit.MaterialKind;
import org.residencedesk.domain.permit.MaterialRequirement;
import org.residencedesk.domain.permit.PermitBasis;
import org.residencedesk.domain.permit.PermitStatus;
import org.residencedesk.domain.permit.Representation;
import org.residencedesk.domain.permit.ResidenceEvidence;
import org.residencedesk.domain.registration.MoveOutReason;
import org.residencedesk.service.Operator;
import org.residencedesk.service.ValidationFailure;
import org.residencedesk.service.registration.Registered;
import org.residencedesk.testing.IdNumbers;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestOperators;
import org.residencedesk.testing.TestStation;
import org.residencedesk.testsupport.RegistrationFixture;

/**
 * The counter rules of issue 11 on a real station with a clock the test moves (ADRs 0170–0173): the six months
 * count from the registration chain (not the declared arrival), or from a proven enrolment or insurance start;
 * who may apply; endorsement after the registration ended; a minor with a guardian present.
 */
class CounterRulesTest {
    @TempDir
    static Path dataDir;
    static final TestClock CLOCK = TestClock.at("2026-01-05T01:15:00Z");
    static AppContext ctx;
    static Operator staff;
    static Operator chief;
    private static int nextPerson = 1;

    @BeforeAll
    static void open() {
        ctx = TestStation.open(dataDir, CLOCK);
        staff = TestOperators.signIn(ctx, "wangfang", "王芳", Role.WINDOW_STAFF);
        chief = TestOperators.signIn(ctx, "zhangzhan", "张站长", Role.CHIEF, Role.REVIEWER, Role.CLERK);
    }

    @AfterAll
    static void close() {
        ctx.close();
    }

    private static void today(LocalDate day) {
        CLOCK.set(day.atTime(9, 30).atZone(TestClock.STATION_ZONE).toInstant());
    }

    /** A resident registered on {@code registeredOn} who declares the arrival {@code arrival}. */
    private static Registered register(LocalDate registeredOn, LocalDate arrival, UnaryOperator<FormValues.Builder> more) {
        today(registeredOn);
        int n = nextPerson++;
        FormValues.Builder b = RegistrationFixture.valid().toBuilder()
                .set("idNumber", IdNumbers.citizen("420106", "19900315", 2 * n + 1)).set("name", "居民" + (char) ('甲' + n))
                .set("sex", "1").set("birthDate", "1990-03-15").set("arrivalDate", arrival.toString())
                .set("operator", "").set("registrationDate", "").set("registrationNumber", "");
        return ctx.registration().register(staff, more.apply(b).build());
    }

    private static long personOf(Registered r) {
        return ctx.registration().open(staff, r.registrationId()).summary().personId();
    }

    private static EligibilityReport eligibility(long person, LocalDate on) {
        today(on);
        return ctx.permitApplications().checkEligibility(staff, person,
                ApplicationRequest.inPerson(PermitBasis.STABLE_RESIDENCE, Set.of()));
    }

    @Test
    void theSixMonthsRunFromTheRegistrationNotFromTheDeclaredArrival() {
        Registered r = register(LocalDate.of(2026, 3, 10), LocalDate.of(2025, 1, 1), b -> b);
        long person = personOf(r);

        EligibilityReport dayBefore = eligibility(person, LocalDate.of(2026, 9, 9));
        assertThat(dayBefore.eligible()).isFalse();
        assertThat(dayBefore.messages()).containsExactly("居住未满6个月，2026年9月10日起方可申领居住证");
        assertThat(dayBefore.eligibility().countedEvidence()).isEqualTo(ResidenceEvidence.REGISTRATION);
        assertThat(dayBefore.countedFromText()).isEqualTo(
                "居住时间自2026年3月10日在本站首次居住登记之日起算（连续的换地登记一并计算；申报的来本地日期不作为起算日）");
        assertThat(eligibility(person, LocalDate.of(2026, 9, 10)).eligible()).isTrue();

        // 变更 of the arrival date to years earlier never makes the person eligible sooner
        today(LocalDate.of(2026, 9, 1));
        var opened = ctx.registration().open(staff, r.registrationId());
        ctx.registration().change(staff, r.registrationId(), opened.version(),
                opened.values().toBuilder().set("arrivalDate", "2020-01-01").build());
        EligibilityReport afterChange = eligibility(person, LocalDate.of(2026, 9, 9));
        assertThat(afterChange.eligible()).isFalse();
        assertThat(afterChange.eligibility().residenceRequirementMetOn()).isEqualTo(LocalDate.of(2026, 9, 10));
    }

    @Test
    void aReRegistrationKeepsTheStartAndAGapStartsAnew() {
        Registered first = register(LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 1), b -> b);
        long person = personOf(first);
        // 换地登记 within the station on 2026-05-20: the chain still starts on 2026-02-02
        today(LocalDate.of(2026, 5, 20));
        FormValues moved = ctx.registration().open(staff, first.registrationId()).values().toBuilder()
                .set("street", "关山大道").set("arrivalDate", "2026-05-20").build();
        Registered second = ctx.registration().reRegister(staff, first.registrationId(), moved);
        assertThat(eligibility(person, LocalDate.of(2026, 8, 1)).eligible()).isFalse();
        EligibilityReport met = eligibility(person, LocalDate.of(2026, 8, 2));
        assertThat(met.eligible()).isTrue();
        assertThat(met.circumstances().registrationStart()).isEqualTo(LocalDate.of(2026, 2, 2));

        // moved out on 2026-08-10, registered again the next day: continuous
        today(LocalDate.of(2026, 8, 10));
        ctx.registration().moveOut(staff, second.registrationId(), MoveOutReason.MOVED_AWAY, LocalDate.of(2026, 8, 10));
        today(LocalDate.of(2026, 8, 11));
        FormValues back = ctx.registration().open(staff, second.registrationId()).values().toBuilder()
                .set("arrivalDate", "2026-08-11").set("registrationDate", "").set("registrationNumber", "")
                .set("operator", "").build();
        Registered third = ctx.registration().register(staff, back);
        assertThat(eligibility(person, LocalDate.of(2026, 8, 11)).circumstances().registrationStart())
                .isEqualTo(LocalDate.of(2026, 2, 2));

        // moved out on 2026-08-20, back on 2026-08-22: one day without registration breaks the chain
        today(LocalDate.of(2026, 8, 20));
        ctx.registration().moveOut(staff, third.registrationId(), MoveOutReason.MOVED_AWAY, LocalDate.of(2026, 8, 20));
        today(LocalDate.of(2026, 8, 22));
        ctx.registration().register(staff, back.toBuilder().set("arrivalDate", "2026-08-22").build());
        EligibilityReport anew = eligibility(person, LocalDate.of(2026, 8, 22));
        assertThat(anew.circumstances().registrationStart()).isEqualTo(LocalDate.of(2026, 8, 22));
        assertThat(anew.messages()).containsExactly("居住未满6个月，2027年2月22日起方可申领居住证");
    }

    @Test
    void aProvenSchoolEnrolmentCountsFromItsDay() {
        Registered r = register(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 9), b -> b.set("residenceReason", "13")
                .set("occupation", "").set("workplaceName", "").set("schoolName", "武汉科技职业学院")
                .set("schoolEnrolmentDate", "2025-09-11"));
        long person = personOf(r);

        EligibilityReport dayBefore = eligibility(person, LocalDate.of(2026, 3, 10));
        assertThat(dayBefore.eligible()).isFalse();
        assertThat(dayBefore.messages()).containsExactly("居住未满6个月，2026年3月11日起方可申领居住证");
        EligibilityReport met = eligibility(person, LocalDate.of(2026, 3, 11));
        assertThat(met.eligible()).isTrue();
        assertThat(met.eligibility().countedEvidence()).isEqualTo(ResidenceEvidence.SCHOOL_ENROLMENT);
        assertThat(met.countedFromText())
                .isEqualTo("居住时间自2025年9月11日入学之日起算（在校登记时间，须提交载明入学日期的就读证明）");

        // the enrolment counts only on its proof: without the school's certificate the application waits
        ApplicationRequest noProof = ApplicationRequest.inPerson(PermitBasis.STABLE_RESIDENCE,
                Set.of(MaterialKind.RESIDENT_ID_CARD, MaterialKind.PHOTO, MaterialKind.LEASE));
        PermitStep waiting = ctx.permitApplications().submit(staff, person, noProof);
        assertThat(waiting.document()).as("one-time notice").isPresent();
        assertThatThrownBy(() -> ctx.permitApplications().accept(staff, waiting.permit().id()))
                .isInstanceOf(ValidationFailure.class)
                .satisfies(e -> assertThat(((ValidationFailure) e).fieldMessages().get("materials"))
                        .isEqualTo("材料不齐，尚缺：入学时间证明（就读证明）"));
        ctx.permitApplications().supplyMaterials(staff, waiting.permit().id(),
                ApplicationRequest.inPerson(PermitBasis.STABLE_RESIDENCE, Set.of(MaterialKind.SCHOOL_CERTIFICATE)));
        assertThat(ctx.permitApplications().accept(staff, waiting.permit().id()).permit().status())
                .isEqualTo(PermitStatus.ACCEPTED);
    }

    @Test
    void socialInsuranceCountsFromTheFirstDayOfItsMonthWithItsProof() {
        Registered r = register(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 9),
                b -> b.set("insuranceStartMonth", "2025-10"));
        long person = personOf(r);
        assertThat(eligibility(person, LocalDate.of(2026, 3, 31)).messages())
                .containsExactly("居住未满6个月，2026年4月1日起方可申领居住证");
        EligibilityReport met = eligibility(person, LocalDate.of(2026, 4, 1));
        assertThat(met.eligible()).isTrue();
        assertThat(met.countedFromText())
                .isEqualTo("居住时间自2025年10月1日起算（在本地交纳社会保险的时间，须提交社保缴纳证明）");
        assertThat(org.residencedesk.domain.permit.MaterialsChecklist.requiredFor(met.circumstances()))
                .contains(MaterialRequirement.SOCIAL_INSURANCE_PROOF);
        // once the registration alone gives six months, no proof of the insurance is asked for
        EligibilityReport later = eligibility(person, LocalDate.of(2026, 9, 10));
        assertThat(later.eligibility().countedEvidence()).isEqualTo(ResidenceEvidence.REGISTRATION);
        assertThat(org.residencedesk.domain.permit.MaterialsChecklist.requiredFor(later.circumstances()))
                .doesNotContain(MaterialRequirement.SOCIAL_INSURANCE_PROOF);
    }

    @Test
    void foreignersAndHongKongResidentsAreRegisteredButGetAMessageInsteadOfAnApplication() {
        Registered foreigner = register(LocalDate.of(2025, 1, 6), LocalDate.of(2025, 1, 5), b -> b
                .set("documentType", "foreign-permanent-residence").set("idNumber", "942410198503150012")
                .set("nationality", "KOR").set("name", "KIM MINSU").set("sex", "1").set("birthDate", "1985-03-15")
                .set("ethnicGroup", "").set("hukouDivision", "").set("hukouAddress", "").set("validUntil", "2033-12-01"));
        long person = personOf(foreigner);
        today(LocalDate.of(2026, 1, 5));
        long audits = ctx.transactions().readOnly(() -> ctx.auditLog().count());
        String message = "外国人不适用《居住证暂行条例》，不能申领居住证（居住登记照常办理）";
        assertThatThrownBy(() -> ctx.permitApplications().checkEligibility(staff, person,
                ApplicationRequest.inPerson(null, Set.of())))
                .isInstanceOf(ValidationFailure.class)
                .satisfies(e -> assertThat(((ValidationFailure) e).fieldMessages()).containsExactly(
                        Map.entry("form", message)));
        assertThatThrownBy(() -> ctx.permitApplications().submit(staff, person,
                ApplicationRequest.inPerson(PermitBasis.STABLE_RESIDENCE, Set.of(MaterialKind.PHOTO))))
                .isInstanceOf(ValidationFailure.class)
                .satisfies(e -> assertThat(((ValidationFailure) e).fieldMessages().get("form")).isEqualTo(message));
        assertThat(ctx.transactions().readOnly(() -> ctx.auditLog().count())).as("nothing stored").isEqualTo(audits);

        Registered hongKong = register(LocalDate.of(2025, 1, 6), LocalDate.of(2025, 1, 5), b -> b
                .set("documentType", "hmt-residence-permit").set("idNumber", "810000199001010019")
                .set("nationality", "HKG").set("name", "陈家明").set("sex", "1").set("birthDate", "1990-01-01")
                .set("ethnicGroup", "").set("hukouDivision", "").set("hukouAddress", ""));
        today(LocalDate.of(2026, 1, 5));
        assertThatThrownBy(() -> ctx.permitApplications().checkEligibility(staff, personOf(hongKong),
                ApplicationRequest.inPerson(null, Set.of())))
                .isInstanceOf(ValidationFailure.class)
                .satisfies(e -> assertThat(((ValidationFailure) e).fieldMessages().get("form")).isEqualTo(
                        "港澳台居民不适用《居住证暂行条例》的居住证，本站不受理其申领；请按《港澳台居民居住证申领发放办法》申领港澳台居民居住证"));
    }

    @Test
    void aFifteenYearOldAppliesInPersonWithAGuardianPresent() {
        Registered r = register(LocalDate.of(2025, 6, 2), LocalDate.of(2025, 6, 1), b -> b
                .set("idNumber", IdNumbers.citizen("420106", "20110101", 12)).set("birthDate", "2011-01-01")
                .set("sex", "2").set("residenceReason", "13").set("occupation", "").set("workplaceName", "")
                .set("schoolName", "武汉市第四十九中学").set("guardianPresent", "true").set("guardianName", "居民父")
                .set("guardianIdNumber", IdNumbers.citizen("420106", "19800101", 1)));
        long person = personOf(r);
        today(LocalDate.of(2026, 6, 1));
        ApplicationRequest alone = new ApplicationRequest(PermitBasis.CONTINUOUS_STUDY, Representation.IN_PERSON,
                false, Set.of());
        assertThat(ctx.permitApplications().checkEligibility(staff, person, alone).messages())
                .containsExactly("未满16周岁本人申领的，须有监护人陪同；也可由监护人或近亲属代为申领");
        ApplicationRequest accompanied = new ApplicationRequest(PermitBasis.CONTINUOUS_STUDY,
                Representation.IN_PERSON_WITH_GUARDIAN, false, Set.of(MaterialKind.HOUSEHOLD_REGISTER,
                MaterialKind.PHOTO, MaterialKind.ACCOMMODATION_CERTIFICATE, MaterialKind.STUDENT_CARD,
                MaterialKind.REPRESENTATIVE_ID_CARD));
        assertThat(ctx.permitApplications().checkEligibility(staff, person, accompanied).eligible()).isTrue();
        String id = ctx.permitApplications().submit(staff, person, accompanied).permit().id();
        assertThat(ctx.permitApplications().accept(staff, id).permit().status()).isEqualTo(PermitStatus.ACCEPTED);
    }

    @Test
    void endorsementIsRefusedOnceTheHoldersRegistrationEnded() {
        Registered r = register(LocalDate.of(2025, 1, 6), LocalDate.of(2025, 1, 5), b -> b);
        long person = personOf(r);
        today(LocalDate.of(2025, 7, 7));
        String id = ctx.permitApplications().submit(staff, person, ApplicationRequest.inPerson(
                PermitBasis.STABLE_EMPLOYMENT, PermitServiceFixture.ALL_FOR_WORK)).permit().id();
        ctx.permitApplications().accept(staff, id);
        ctx.permitReview().approve(chief, id);
        CardPrintJob job = ctx.cardProduction().print(chief, id, PrintSpec.first());
        ctx.cardProduction().markPrinted(chief, job, PermitServiceFixture.printed());
        ctx.cardProduction().issue(staff, id, Handover.holder());

        // the window opens on 2026-06-07 (a month before 2026-07-07); the holder moved away on 2026-06-01
        today(LocalDate.of(2026, 6, 3));
        ctx.registration().moveOut(staff, r.registrationId(), MoveOutReason.RETURNED_TO_HUKOU, LocalDate.of(2026, 6, 1));
        today(LocalDate.of(2026, 6, 20));
        long audits = ctx.transactions().readOnly(() -> ctx.auditLog().count());
        assertThatThrownBy(() -> ctx.permitLifecycle().endorse(staff, id))
                .isInstanceOf(ValidationFailure.class)
                .satisfies(e -> assertThat(((ValidationFailure) e).fieldMessages()).containsExactly(Map.entry("form",
                        "持证人的居住登记已于2026年6月1日注销（返回户籍地），居住登记终止后不能签注；如仍在本地居住，请先重新办理居住登记")));
        assertThat(ctx.permitQueries().summary(staff, id).status()).isEqualTo(PermitStatus.ISSUED);
        assertThat(ctx.transactions().readOnly(() -> ctx.auditLog().count())).as("nothing stored").isEqualTo(audits);

        // registered again: the endorsement goes through
        FormValues again = ctx.registration().open(staff, r.registrationId()).values().toBuilder()
                .set("arrivalDate", "2026-06-20").set("registrationDate", "").set("registrationNumber", "")
                .set("operator", "").build();
        ctx.registration().register(staff, again);
        assertThat(ctx.permitLifecycle().endorse(staff, id).permit().status()).isEqualTo(PermitStatus.ISSUED);
        CLOCK.set(Instant.parse("2026-01-05T01:15:00Z"));
    }
}

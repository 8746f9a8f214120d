package org.residencedesk.domain.permit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.residencedesk.domain.permit.PermitFixtures.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.residencedesk.domain.identity.IdNumber;
import org.residencedesk.domain.identity.IdNumberType;
import org.residencedesk.domain.identity.Sex;

class PermitApplicationTest {

    static PermitRuleViolation violation(ThrowingCallable call) {
        try {
            call.call();
        } catch (PermitRuleViolation v) {
            return v;
        } catch (Throwable t) {
            throw new AssertionError("expected a PermitRuleViolation, got " + t, t);
        }
        throw new AssertionError("expected a PermitRuleViolation, nothing was thrown");
    }

    @Nested
    class SubmissionAndAcceptance {
        @Test
        void incompleteMaterialsStayAwaitingAndAcceptanceNamesEverythingMissing() {
            PermitApplication a = submitted(EnumSet.of(MaterialKind.RESIDENT_ID_CARD));
            assertThat(a.status()).isEqualTo(PermitStatus.AWAITING_MATERIALS);
            assertThat(a.materialsCheck(SUBMITTED).missing()).containsExactly(MaterialRequirement.PHOTO,
                    MaterialRequirement.RESIDENCE_ADDRESS_PROOF, MaterialRequirement.EMPLOYMENT_PROOF);

            PermitRuleViolation v = violation(() -> a.accept("SL1", POLICY, WINDOW, on(SUBMITTED)));
            assertThat(v.findings()).extracting(PermitFinding::problem).containsExactly(PermitProblem.MATERIALS_INCOMPLETE);
            assertThat(v.messages().get(0)).isEqualTo("材料不齐，尚缺：本人近期相片、居住地住址证明、就业证明");
            assertThat(a.status()).isEqualTo(PermitStatus.AWAITING_MATERIALS);
            assertThat(a.acceptanceNumber()).isEmpty();
        }

        @Test
        void supplyingTheRestAllowsAcceptanceWithPromisedDate() {
            PermitApplication a = submitted(EnumSet.of(MaterialKind.RESIDENT_ID_CARD));
            a.supplyMaterials(Set.of(MaterialKind.PHOTO, MaterialKind.PROPERTY_CERTIFICATE,
                    MaterialKind.EMPLOYER_CERTIFICATE), WINDOW, on(2026, 3, 3));
            a.accept(" SL2026000007 ", POLICY, WINDOW, on(2026, 3, 4));
            assertThat(a.status()).isEqualTo(PermitStatus.ACCEPTED);
            assertThat(a.acceptanceNumber()).contains("SL2026000007");
            assertThat(a.acceptedOn()).contains(LocalDate.of(2026, 3, 4));
            assertThat(a.promisedOn()).contains(LocalDate.of(2026, 3, 19));
            assertThat(a.history()).extracting(PermitTransition::action).containsExactly(PermitAction.SUBMIT,
                    PermitAction.SUPPLY_MATERIALS, PermitAction.ACCEPT);
            PermitTransition accept = a.history().get(2);
            assertThat(accept.actorLogin()).isEqualTo("window1");
            assertThat(accept.at()).isEqualTo(Instant.parse("2026-03-04T01:00:00Z"));
            assertThat(accept.from()).isEqualTo(PermitStatus.AWAITING_MATERIALS);
            assertThat(a.history().get(0).from()).isNull();
        }

        @Test
        void acceptanceRefusesAnApplicantNotYetEligibleAndSaysFromWhen() {
            ApplicantCircumstances recent = ApplicantCircumstances.adultInPerson(LocalDate.of(1990, 5, 17),
                    LocalDate.of(2025, 9, 2), PermitBasis.STABLE_EMPLOYMENT);
            PermitApplication a = PermitApplication.submit("A2", "R2", recent, COMPLETE_FOR_EMPLOYMENT, WINDOW,
                    on(2026, 3, 1));
            PermitRuleViolation v = violation(() -> a.accept("SL2", POLICY, WINDOW, on(2026, 3, 1)));
            assertThat(v.problem()).isEqualTo(PermitProblem.RESIDENCE_TOO_SHORT);
            assertThat(v.messages()).containsExactly("居住未满6个月，2026年3月2日起方可申领居住证");
            a.accept("SL2", POLICY, WINDOW, on(2026, 3, 2));
            assertThat(a.status()).isEqualTo(PermitStatus.ACCEPTED);
        }

        @Test
        void missingMaterialsAndEligibilityProblemsComeTogether() {
            ApplicantCircumstances child = new ApplicantCircumstances(LocalDate.of(2015, 1, 1), LocalDate.of(2026, 1, 5),
                    null, null, PermitBasis.CONTINUOUS_STUDY, false, Representation.IN_PERSON, false);
            PermitApplication a = PermitApplication.submit("A3", "R3", child, Set.of(MaterialKind.HOUSEHOLD_REGISTER),
                    WINDOW, on(2026, 3, 2));
            PermitRuleViolation v = violation(() -> a.accept("SL3", POLICY, WINDOW, on(2026, 3, 2)));
            assertThat(v.findings()).extracting(PermitFinding::problem).containsExactly(
                    PermitProblem.MATERIALS_INCOMPLETE, PermitProblem.RESIDENCE_TOO_SHORT,
                    PermitProblem.MINOR_NEEDS_REPRESENTATIVE);
            assertThat(v.getMessage()).doesNotContain("2015").contains("MATERIALS_INCOMPLETE");
        }

        @Test
        void acceptanceNeedsANumber() {
            PermitApplication a = inStatus(PermitStatus.AWAITING_MATERIALS);
            assertThat(violation(() -> a.accept("  ", POLICY, WINDOW, on(SUBMITTED))).problem())
                    .isEqualTo(PermitProblem.ACCEPTANCE_NUMBER_MISSING);
        }

        @Test
        void promisedDateSkipsWeekendsAndHolidaysInWorkingDayMode() {
            // 2026-09-30 (Wed) accepted; National Day 10-01..10-07 off, 2026-10-10 (Sat) worked.
            WorkingDayCalendar cal = new ConfiguredWorkingDayCalendar(
                    Set.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 5),
                            LocalDate.of(2026, 10, 6), LocalDate.of(2026, 10, 7)),
                    Set.of(LocalDate.of(2026, 10, 10)));
            PermitPolicy policy = POLICY.withPromisedDays(3, true, cal);
            PermitApplication a = submitted(COMPLETE_FOR_EMPLOYMENT);
            a.accept("SL9", policy, WINDOW, on(2026, 9, 30));
            // working days after 09-30: 10-08 (Thu), 10-09 (Fri), 10-10 (make-up Sat)
            assertThat(a.promisedOn()).contains(LocalDate.of(2026, 10, 10));
        }
    }

    @Nested
    class Review {
        @Test
        void rejectionNeedsAReasonAndIsFinal() {
            PermitApplication a = inStatus(PermitStatus.ACCEPTED);
            assertThat(violation(() -> a.reject(" ", REVIEWER, on(2026, 3, 5))).problem())
                    .isEqualTo(PermitProblem.REJECTION_REASON_MISSING);
            a.reject("就业证明与事实不符", CHIEF, on(2026, 3, 5));
            assertThat(a.status()).isEqualTo(PermitStatus.REJECTED);
            assertThat(a.rejectionReason()).contains("就业证明与事实不符");
            assertThat(a.reviewedBy()).contains("chief1");
            assertThat(violation(() -> a.print(PrintRequest.first(PERMIT_NO), POLICY, CLERK, on(2026, 3, 6))).problem())
                    .isEqualTo(PermitProblem.WRONG_STATUS);
        }

        @Test
        void windowStaffCannotApprove() {
            PermitApplication a = inStatus(PermitStatus.ACCEPTED);
            PermitRuleViolation v = violation(() -> a.approve(WINDOW, on(2026, 3, 5)));
            assertThat(v.problem()).isEqualTo(PermitProblem.NOT_PERMITTED_FOR_ROLE);
            assertThat(v.messages()).containsExactly("您没有“审核通过”的权限");
        }

        @Test
        void platformResultIsRecordedWithItsTimeAndAuthor() {
            PermitApplication a = inStatus(PermitStatus.ACCEPTED);
            Instant reviewed = Instant.parse("2026-03-03T06:30:00Z");
            a.applyPlatformReviewResult(false, "公安网审签未通过", reviewed);
            assertThat(a.status()).isEqualTo(PermitStatus.REJECTED);
            assertThat(a.reviewedAt()).contains(reviewed);
            PermitTransition last = a.history().get(a.history().size() - 1);
            assertThat(last.actorLogin()).isEqualTo("platform");
            assertThat(last.action()).isEqualTo(PermitAction.PLATFORM_REVIEW);
            assertThat(last.note()).isEqualTo("公安网审签未通过");
        }

        @Test
        void platformResultMustNotPrecedeAcceptanceAndRejectionsNeedAReason() {
            PermitApplication a = inStatus(PermitStatus.ACCEPTED);
            assertThat(violation(() -> a.applyPlatformReviewResult(true, null, Instant.parse("2026-03-01T00:00:00Z")))
                    .problem()).isEqualTo(PermitProblem.REVIEW_BEFORE_ACCEPTANCE);
            assertThat(violation(() -> a.applyPlatformReviewResult(false, null, Instant.parse("2026-03-03T00:00:00Z")))
                    .problem()).isEqualTo(PermitProblem.REJECTION_REASON_MISSING);
            assertThat(a.status()).isEqualTo(PermitStatus.ACCEPTED);
        }

        @Test
        void platformResultForAnApplicationNotAcceptedIsRefused() {
            PermitApplication a = inStatus(PermitStatus.APPROVED);
            assertThat(violation(() -> a.applyPlatformReviewResult(true, null, Instant.parse("2026-03-09T00:00:00Z")))
                    .messages()).containsExactly("当前状态为“审核通过”，不能办理“省级平台审签”");
        }
    }

    @Nested
    class PrintingAndIssuing {
        @Test
        void permitNumberMustMatchTheConfiguredFormat() {
            PermitApplication a = inStatus(PermitStatus.APPROVED);
            PermitRuleViolation v = violation(() -> a.print(PrintRequest.first("42011100100020260001"), POLICY, CLERK,
                    on(2026, 3, 10)));
            assertThat(v.messages()).containsExactly("居住证编号格式不对：应为22位数字");
            PermitPolicy shortNumbers = POLICY.withPermitNumberFormat(PermitNumberFormat.SUB_BUREAU_STATION_SERIAL);
            a.print(PrintRequest.first("010300000042"), shortNumbers, CLERK, on(2026, 3, 10));
            assertThat(a.permitNumber()).contains("010300000042");
        }

        @Test
        void reprintNeedsReasonAndAnAuthoriserHoldingReprintAuthorise() {
            PermitApplication a = inStatus(PermitStatus.PRINTED);
            assertThat(violation(() -> a.print(PrintRequest.reprint(PrintType.LOST_REPRINT, PERMIT_NO, "", CHIEF),
                    POLICY, CLERK, on(2026, 3, 11))).problem()).isEqualTo(PermitProblem.REPRINT_REASON_MISSING);
            assertThat(violation(() -> a.print(PrintRequest.reprint(PrintType.LOST_REPRINT, PERMIT_NO, "卡片遗失", CLERK),
                    POLICY, CLERK, on(2026, 3, 11))).problem()).isEqualTo(PermitProblem.REPRINT_NOT_AUTHORISED);
            assertThat(violation(() -> a.print(PrintRequest.reprint(PrintType.LOST_REPRINT, PERMIT_NO, "卡片遗失", null),
                    POLICY, CLERK, on(2026, 3, 11))).problem()).isEqualTo(PermitProblem.REPRINT_NOT_AUTHORISED);
            assertThat(violation(() -> a.print(PrintRequest.first(PERMIT_NO), POLICY, CLERK, on(2026, 3, 11))).problem())
                    .isEqualTo(PermitProblem.PRINT_TYPE_NOT_ALLOWED);
            assertThat(violation(() -> a.print(PrintRequest.reprint(PrintType.LOST_REPRINT, PERMIT_NO, "卡片遗失", ADMIN),
                    POLICY, CLERK, on(2026, 3, 11))).problem()).as("the administrator sees no personal data")
                    .isEqualTo(PermitProblem.REPRINT_NOT_AUTHORISED);
            a.print(PrintRequest.reprint(PrintType.LOST_REPRINT, PERMIT_NO_2, "制证后卡片遗失", CHIEF), POLICY, CLERK,
                    on(2026, 3, 11));
            assertThat(a.prints()).extracting(PrintRecord::type).containsExactly(PrintType.FIRST, PrintType.LOST_REPRINT);
            PrintRecord reprint = a.prints().get(1);
            assertThat(reprint.authorisedBy()).isEqualTo("chief1");
            assertThat(reprint.reason()).isEqualTo("制证后卡片遗失");
            assertThat(reprint.printedOn()).isEqualTo(LocalDate.of(2026, 3, 11));
            assertThat(a.permitNumber()).contains(PERMIT_NO_2);
        }

        @Test
        void firstPrintCannotBeAReprint() {
            PermitApplication a = inStatus(PermitStatus.APPROVED);
            assertThat(violation(() -> a.print(PrintRequest.reprint(PrintType.CORRECTION_REPRINT, PERMIT_NO, "重打",
                    CHIEF), POLICY, CLERK, on(2026, 3, 10))).messages())
                    .containsExactly("当前状态为“审核通过”，不能按“错正重打”打印");
        }

        @Test
        void issueBeforePrintIsRefused() {
            PermitApplication a = inStatus(PermitStatus.APPROVED);
            assertThat(violation(() -> a.issue(Handover.holder(), CLERK, on(2026, 3, 10))).problem())
                    .isEqualTo(PermitProblem.WRONG_STATUS);
        }

        @Test
        void issueToAnAuthorisedCollectorRecordsThem() {
            PermitApplication a = inStatus(PermitStatus.PRINTED);
            assertThat(violation(() -> a.issue(null, CLERK, on(2026, 3, 12))).problem())
                    .isEqualTo(PermitProblem.HANDOVER_MISSING);
            IdNumber id = new IdNumber("11010519491231002X", IdNumberType.CITIZEN, LocalDate.of(1949, 12, 31),
                    Sex.FEMALE, "110105");
            a.issue(Handover.collector("王某", id, "10"), WINDOW, on(2026, 3, 12));
            assertThat(a.status()).isEqualTo(PermitStatus.ISSUED);
            assertThat(a.handovers()).singleElement().satisfies(h -> {
                assertThat(h.byHolder()).isFalse();
                assertThat(h.collectorIdNumber()).isEqualTo(id);
                assertThat(h.toString()).doesNotContain("19491231");
            });
            assertThat(a.firstIssuedOn()).contains(LocalDate.of(2026, 3, 12));
            assertThat(a.endorsementSchedule()).as("residence years run from the date printed on the card (ADR 0143)")
                    .contains(new EndorsementSchedule(PRINTED_ON, 0));
        }

        @Test
        void collectorWithoutNameOrRelationshipIsRejectedAtConstruction() {
            IdNumber id = new IdNumber("11010519491231002X", IdNumberType.CITIZEN, LocalDate.of(1949, 12, 31),
                    Sex.FEMALE, "110105");
            assertThatThrownBy(() -> Handover.collector(" ", id, "10")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> Handover.collector("王某", null, "10")).isInstanceOf(NullPointerException.class);
        }

        @Test
        void theCardsDateFixedAtTheFirstPrintIsWhereTheResidenceYearsStart() {
            PermitApplication a = inStatus(PermitStatus.PRINTED); // printed 2026-03-10
            assertThat(a.cardValidFrom()).contains(PRINTED_ON);
            a.print(PrintRequest.reprint(PrintType.CORRECTION_REPRINT, PERMIT_NO, "姓名印错", CHIEF), POLICY, CLERK,
                    on(2026, 3, 11));
            assertThat(a.cardValidFrom()).as("a correction reprint keeps the card's dates").contains(PRINTED_ON);
            a.issue(Handover.holder(), CLERK, on(2026, 3, 16));
            assertThat(a.firstIssuedOn()).contains(LocalDate.of(2026, 3, 16));
            assertThat(a.endorsementSchedule().orElseThrow().anchor()).isEqualTo(PRINTED_ON);
            assertThat(a.validUntil(POLICY)).contains(POLICY.expiryFor(PRINTED_ON)).contains(LocalDate.of(2027, 3, 9));
            assertThat(a.isLapsedOn(LocalDate.of(2027, 3, 9))).isFalse();
            assertThat(a.isLapsedOn(LocalDate.of(2027, 3, 10))).as("the day after the card's last valid day").isTrue();
        }

        @Test
        void uncollectedCardIsOverdueTheDayAfterTheConfiguredDays() {
            PermitApplication a = inStatus(PermitStatus.PRINTED); // printed 2026-03-10
            assertThat(a.isCollectionOverdueOn(LocalDate.of(2026, 4, 9), POLICY)).isFalse();
            assertThat(a.isCollectionOverdueOn(LocalDate.of(2026, 4, 10), POLICY)).isTrue();
            a.issue(Handover.holder(), CLERK, on(2026, 4, 10));
            assertThat(a.isCollectionOverdueOn(LocalDate.of(2026, 4, 10), POLICY)).isFalse();
        }

        @Test
        void pastPromisedDateUntilFirstIssue() {
            PermitApplication a = inStatus(PermitStatus.PRINTED); // accepted 2026-03-02, promised 03-17
            assertThat(a.promisedOn()).contains(LocalDate.of(2026, 3, 17));
            assertThat(a.isPastPromisedDateOn(LocalDate.of(2026, 3, 17))).isFalse();
            assertThat(a.isPastPromisedDateOn(LocalDate.of(2026, 3, 18))).isTrue();
            a.issue(Handover.holder(), CLERK, on(2026, 3, 18));
            assertThat(a.isPastPromisedDateOn(LocalDate.of(2026, 3, 30))).isFalse();
        }
    }

    @Nested
    class EndorsementAndLapse {
        // ISSUED fixture: issued 2026-03-20; first anniversary 2027-03-20, window 2027-02-20..2027-03-19.

        @Test
        void endorsingBeforeTheWindowIsRefusedWithTheFirstDay() {
            PermitApplication a = inStatus(PermitStatus.ISSUED);
            PermitRuleViolation v = violation(() -> a.endorse(WINDOW, on(2027, 2, 19)));
            assertThat(v.problem()).isEqualTo(PermitProblem.ENDORSEMENT_WINDOW_NOT_OPEN);
            assertThat(v.messages()).containsExactly("未到签注期：2027年2月20日起可办理（居住满一年之日为2027年3月20日）");
            assertThat(a.endorsements()).isEmpty();
        }

        @Test
        void firstDayOfTheWindowEndorsesThatYear() {
            PermitApplication a = inStatus(PermitStatus.ISSUED);
            a.endorse(WINDOW, on(2027, 2, 20));
            assertThat(a.endorsements()).containsExactly(new Endorsement(LocalDate.of(2027, 2, 20),
                    LocalDate.of(2027, 3, 20), false, "window1"));
            assertThat(a.endorsementSchedule().orElseThrow().nextAnniversary()).isEqualTo(LocalDate.of(2028, 3, 20));
            assertThat(a.validUntil(POLICY)).contains(LocalDate.of(2028, 3, 19));
            assertThat(a.fees()).isEmpty(); // endorsement is free
            // a second endorsement in the same year is refused: the next window opens in 2028
            assertThat(violation(() -> a.endorse(WINDOW, on(2027, 3, 1))).problem())
                    .isEqualTo(PermitProblem.ENDORSEMENT_WINDOW_NOT_OPEN);
        }

        @Test
        void lastDayOfTheWindowStillEndorsesInTime() {
            PermitApplication a = inStatus(PermitStatus.ISSUED);
            assertThat(a.refreshLapse(on(2027, 3, 19))).isFalse();
            a.endorse(CHIEF, on(2027, 3, 19));
            assertThat(a.status()).isEqualTo(PermitStatus.ISSUED);
            assertThat(a.endorsements().get(0).late()).isFalse();
            assertThat(a.refreshLapse(on(2027, 3, 20))).isFalse();
        }

        @Test
        void theAnniversaryUnendorsedSuspendsThePermit() {
            PermitApplication a = inStatus(PermitStatus.ISSUED);
            assertThat(a.isLapsedOn(LocalDate.of(2027, 3, 19))).isFalse();
            assertThat(a.isLapsedOn(LocalDate.of(2027, 3, 20))).isTrue();
            assertThat(a.refreshLapse(on(2027, 3, 20))).isTrue();
            assertThat(a.status()).isEqualTo(PermitStatus.SUSPENDED);
            PermitTransition lapse = a.history().get(a.history().size() - 1);
            assertThat(lapse.action()).isEqualTo(PermitAction.LAPSE);
            assertThat(lapse.actorLogin()).isEqualTo("system");
            assertThat(a.refreshLapse(on(2027, 3, 21))).isFalse(); // idempotent
        }

        @Test
        void lateEndorsementRestoresAndRestartsResidenceYears() {
            PermitApplication a = inStatus(PermitStatus.SUSPENDED);
            a.endorse(WINDOW, on(2027, 5, 6));
            assertThat(a.status()).isEqualTo(PermitStatus.ISSUED);
            assertThat(a.endorsements()).containsExactly(new Endorsement(LocalDate.of(2027, 5, 6), null, true, "window1"));
            EndorsementSchedule s = a.endorsementSchedule().orElseThrow();
            assertThat(s.anchor()).isEqualTo(LocalDate.of(2027, 5, 6));
            assertThat(s.nextAnniversary()).isEqualTo(LocalDate.of(2028, 5, 6));
            assertThat(a.validUntil(POLICY)).contains(LocalDate.of(2028, 5, 5));
        }

        @Test
        void endorsingAfterTheAnniversaryWithoutARefreshIsLateToo() {
            PermitApplication a = inStatus(PermitStatus.ISSUED);
            a.endorse(WINDOW, on(2027, 3, 20));
            assertThat(a.history()).extracting(PermitTransition::action).endsWith(PermitAction.LAPSE, PermitAction.ENDORSE);
            assertThat(a.endorsements().get(0).late()).isTrue();
            assertThat(a.status()).isEqualTo(PermitStatus.ISSUED);
        }

        @Test
        void leapDayIssueKeepsItsAnniversariesAndExpiry() {
            PermitApplication a = inStatus(PermitStatus.APPROVED);
            a.print(PrintRequest.first(PERMIT_NO), POLICY, CLERK, on(2024, 2, 29)); // the card's date (ADR 0143)
            a.issue(Handover.holder(), CLERK, on(2024, 3, 4)); // handed over days later
            assertThat(a.validUntil(POLICY)).contains(LocalDate.of(2025, 2, 27));
            assertThat(violation(() -> a.endorse(WINDOW, on(2025, 1, 27))).problem())
                    .isEqualTo(PermitProblem.ENDORSEMENT_WINDOW_NOT_OPEN);
            a.endorse(WINDOW, on(2025, 1, 28));
            assertThat(a.endorsements().get(0).anniversary()).isEqualTo(LocalDate.of(2025, 2, 28));
            a.endorse(WINDOW, on(2026, 2, 27)); // last day of the 2026-02-28 window
            a.endorse(WINDOW, on(2027, 1, 28));
            // 2028 is a leap year again: the fourth anniversary is 29 February
            EndorsementSchedule s = a.endorsementSchedule().orElseThrow();
            assertThat(s.nextAnniversary()).isEqualTo(LocalDate.of(2028, 2, 29));
            assertThat(s.window()).isEqualTo(new EndorsementWindow(LocalDate.of(2028, 1, 29), LocalDate.of(2028, 2, 28),
                    LocalDate.of(2028, 2, 29)));
            assertThat(a.validUntil(POLICY)).contains(LocalDate.of(2028, 2, 28));
            assertThat(a.isLapsedOn(LocalDate.of(2028, 2, 28))).isFalse();
            assertThat(a.isLapsedOn(LocalDate.of(2028, 2, 29))).isTrue();
        }

        @Test
        void reminderListTakesPermitsWhoseLastDayIsWithinTheHorizon() {
            PermitApplication a = inStatus(PermitStatus.ISSUED); // last window day 2027-03-19
            assertThat(a.isEndorsementDueWithin(LocalDate.of(2027, 2, 16), POLICY)).isFalse();
            assertThat(a.isEndorsementDueWithin(LocalDate.of(2027, 2, 17), POLICY)).isTrue();
            assertThat(a.isEndorsementDueWithin(LocalDate.of(2027, 3, 19), POLICY)).isTrue();
            assertThat(a.isEndorsementDueWithin(LocalDate.of(2027, 3, 20), POLICY)).isFalse();
        }
    }

    @Nested
    class ReplacementReissueCancellation {
        @Test
        void replacementNeedsTheOldCardChargesTheFeeAndPrintsAFreshCard() {
            PermitApplication a = inStatus(PermitStatus.ISSUED);
            assertThat(violation(() -> a.replace(false, POLICY, WINDOW, on(2026, 6, 1))).problem())
                    .isEqualTo(PermitProblem.OLD_CARD_NOT_RETURNED);
            assertThat(a.fees()).isEmpty();
            a.replace(true, POLICY, WINDOW, on(2026, 6, 1));
            assertThat(a.status()).isEqualTo(PermitStatus.APPROVED);
            assertThat(a.fees()).containsExactly(new FeeRecord(FeeKind.REPLACEMENT, 2000, LocalDate.of(2026, 6, 1), "window1"));
            a.print(PrintRequest.first(PERMIT_NO_2), POLICY, CLERK, on(2026, 6, 2));
            a.issue(Handover.holder(), CLERK, on(2026, 6, 3));
            assertThat(a.status()).isEqualTo(PermitStatus.ISSUED);
            assertThat(a.prints()).extracting(PrintRecord::cycle).containsExactly(PrintCycleCause.NEW_PERMIT,
                    PrintCycleCause.REPLACEMENT);
            // residence years still run from the first issue
            assertThat(a.endorsementSchedule().orElseThrow().anchor()).isEqualTo(ISSUED_ON);
            assertThat(a.firstIssuedOn()).contains(ISSUED_ON);
            assertThat(a.lastIssuedOn()).contains(LocalDate.of(2026, 6, 3));
        }

        @Test
        void reissueOfALostCardStartsWithAnAuthorisedLostReprint() {
            PermitApplication a = inStatus(PermitStatus.ISSUED);
            a.reissue(POLICY.withPromisedDays(15, false, WorkingDayCalendar.weekendsOnly()), WINDOW, on(2026, 7, 1));
            assertThat(a.fees()).singleElement().extracting(FeeRecord::kind, FeeRecord::amountFen)
                    .containsExactly(FeeKind.REISSUE, 2000L);
            assertThat(violation(() -> a.print(PrintRequest.first(PERMIT_NO_2), POLICY, CLERK, on(2026, 7, 2))).problem())
                    .isEqualTo(PermitProblem.PRINT_TYPE_NOT_ALLOWED);
            a.print(PrintRequest.reprint(PrintType.LOST_REPRINT, PERMIT_NO_2, "持证人遗失", CHIEF), POLICY, CLERK,
                    on(2026, 7, 2));
            assertThat(a.status()).isEqualTo(PermitStatus.PRINTED);
        }

        @Test
        void replacementCardOfALapsedPermitIsIssuedSuspended() {
            PermitApplication a = inStatus(PermitStatus.SUSPENDED);
            a.reissue(POLICY, WINDOW, on(2027, 4, 1));
            a.print(PrintRequest.reprint(PrintType.LOST_REPRINT, PERMIT_NO_2, "持证人遗失", CHIEF), POLICY, CLERK,
                    on(2027, 4, 2));
            a.issue(Handover.holder(), CLERK, on(2027, 4, 3));
            assertThat(a.status()).isEqualTo(PermitStatus.SUSPENDED);
            assertThat(a.history()).extracting(PermitTransition::action).endsWith(PermitAction.ISSUE, PermitAction.LAPSE);
        }

        @Test
        void feesFollowThePolicy() {
            PermitPolicy local = new PermitPolicy(6, true, true, 15, false, WorkingDayCalendar.weekendsOnly(), 1,
                    1500, 2500, 30, 30, PermitNumberFormat.STATION_YEAR_SERIAL,
                    PermitNumberFormat.STATION_YEAR_SERIAL);
            PermitApplication a = inStatus(PermitStatus.ISSUED);
            a.replace(true, local, WINDOW, on(2026, 6, 1));
            assertThat(a.fees().get(0).amountFen()).isEqualTo(1500);
        }

        @Test
        void cancellationRules() {
            PermitApplication a = inStatus(PermitStatus.ISSUED);
            assertThat(violation(() -> a.cancel(CancellationReason.OTHER, " ", WINDOW, on(2026, 8, 1))).problem())
                    .isEqualTo(PermitProblem.CANCELLATION_NOTE_MISSING);
            assertThat(violation(() -> a.cancel(CancellationReason.FRAUD, null, WINDOW, on(2026, 8, 1))).messages())
                    .containsExactly("以“以欺骗等不正当手段取得”为由注销须由站长办理");
            a.cancel(CancellationReason.FRAUD, "房屋租赁合同系伪造", CHIEF, on(2026, 8, 1));
            assertThat(a.status()).isEqualTo(PermitStatus.CANCELLED);
            assertThat(a.cancellationReason()).contains(CancellationReason.FRAUD);
            assertThat(a.cancelledOn()).contains(LocalDate.of(2026, 8, 1));
            assertThat(a.isLapsedOn(LocalDate.of(2030, 1, 1))).isFalse();
            assertThat(violation(() -> a.cancel(CancellationReason.DEATH, null, CHIEF, on(2026, 8, 2))).problem())
                    .isEqualTo(PermitProblem.WRONG_STATUS);
        }

        @Test
        void historyKeepsEveryStepInOrder() {
            PermitApplication a = inStatus(PermitStatus.ISSUED);
            a.endorse(WINDOW, on(2027, 3, 1));
            a.cancel(CancellationReason.MOVED_AWAY, null, WINDOW, on(2027, 6, 1));
            List<PermitTransition> h = a.history();
            assertThat(h).extracting(PermitTransition::action).containsExactly(PermitAction.SUBMIT, PermitAction.ACCEPT,
                    PermitAction.APPROVE, PermitAction.PRINT, PermitAction.ISSUE, PermitAction.ENDORSE, PermitAction.CANCEL);
            for (int i = 1; i < h.size(); i++) {
                assertThat(h.get(i).from()).isEqualTo(h.get(i - 1).to());
                assertThat(h.get(i).at()).isAfterOrEqualTo(h.get(i - 1).at());
            }
            assertThat(h).extracting(PermitTransition::actorLogin).containsExactly("window1", "window1", "reviewer1",
                    "clerk1", "clerk1", "window1", "window1");
        }
    }
}

package org.residencedesk.domain.permit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.residencedesk.domain.permit.PermitFixtures.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.residencedesk.domain.account.Role;

/**
 * Every step from every status: allowed ones reach their target status, forbidden ones throw
 * WRONG_STATUS and leave the application untouched. Then every step with every single role.
 */
class PermitTransitionMatrixTest {

    /** A step with inputs that are valid whenever the status allows it. */
    record Step(String name, PermitAction action, Set<PermitStatus> from, PermitStatus to,
                BiConsumer<PermitApplication, Actor> run) {
        @Override
        public String toString() {
            return name;
        }
    }

    /**
     * Inside the first endorsement window of the ISSUED fixture; after its lapse for SUSPENDED; days after the
     * print for PRINTED (its card's validity runs from the print day, ADR 0143).
     */
    static Clock actionClock(PermitStatus status) {
        if (status == PermitStatus.PRINTED) {
            return on(PRINTED_ON.plusDays(5));
        }
        return status == PermitStatus.SUSPENDED ? on(ISSUED_ON.plusYears(1).plusDays(8)) : on(ISSUED_ON.plusYears(1).minusDays(5));
    }

    static List<Step> steps(Clock clock) {
        Set<PermitStatus> inForce = EnumSet.of(PermitStatus.ISSUED, PermitStatus.SUSPENDED);
        return List.of(
                new Step("supply", PermitAction.SUPPLY_MATERIALS, EnumSet.of(PermitStatus.AWAITING_MATERIALS),
                        PermitStatus.AWAITING_MATERIALS, (a, by) -> a.supplyMaterials(Set.of(MaterialKind.PHOTO), by, clock)),
                new Step("accept", PermitAction.ACCEPT, EnumSet.of(PermitStatus.AWAITING_MATERIALS),
                        PermitStatus.ACCEPTED, (a, by) -> a.accept("SL1", POLICY, by, clock)),
                new Step("approve", PermitAction.APPROVE, EnumSet.of(PermitStatus.ACCEPTED),
                        PermitStatus.APPROVED, (a, by) -> a.approve(by, clock)),
                new Step("reject", PermitAction.REJECT, EnumSet.of(PermitStatus.ACCEPTED),
                        PermitStatus.REJECTED, (a, by) -> a.reject("不符合条件", by, clock)),
                new Step("platformApprove", PermitAction.PLATFORM_REVIEW, EnumSet.of(PermitStatus.ACCEPTED),
                        PermitStatus.APPROVED, (a, by) -> a.applyPlatformReviewResult(true, null, clock.instant())),
                new Step("printFirst", PermitAction.PRINT, EnumSet.of(PermitStatus.APPROVED),
                        PermitStatus.PRINTED, (a, by) -> a.print(PrintRequest.first(PERMIT_NO), POLICY, by, clock)),
                new Step("printCorrection", PermitAction.PRINT, EnumSet.of(PermitStatus.PRINTED),
                        PermitStatus.PRINTED, (a, by) -> a.print(PrintRequest.reprint(PrintType.CORRECTION_REPRINT,
                        PERMIT_NO, "照片偏移", CHIEF), POLICY, by, clock)),
                new Step("issue", PermitAction.ISSUE, EnumSet.of(PermitStatus.PRINTED),
                        PermitStatus.ISSUED, (a, by) -> a.issue(Handover.holder(), by, clock)),
                new Step("endorse", PermitAction.ENDORSE, inForce,
                        PermitStatus.ISSUED, (a, by) -> a.endorse(by, clock)),
                new Step("replace", PermitAction.REPLACE, inForce,
                        PermitStatus.APPROVED, (a, by) -> a.replace(true, POLICY, by, clock)),
                new Step("reissue", PermitAction.REISSUE, inForce,
                        PermitStatus.APPROVED, (a, by) -> a.reissue(POLICY, by, clock)),
                new Step("cancel", PermitAction.CANCEL, EnumSet.complementOf(EnumSet.of(PermitStatus.REJECTED,
                        PermitStatus.CANCELLED)), PermitStatus.CANCELLED,
                        (a, by) -> a.cancel(CancellationReason.DEATH, null, by, clock)));
    }

    static Stream<Arguments> statusAndStep() {
        List<Arguments> all = new ArrayList<>();
        for (PermitStatus status : PermitStatus.values()) {
            for (Step step : steps(actionClock(status))) {
                all.add(Arguments.of(status, step));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{1} from {0}")
    @MethodSource("statusAndStep")
    void stepIsAllowedExactlyFromItsStatuses(PermitStatus status, Step step) {
        PermitApplication a = inStatus(status);
        assertThat(a.status()).isEqualTo(status);
        int before = a.history().size();
        if (step.from().contains(status)) {
            step.run().accept(a, EVERYONE);
            assertThat(a.status()).isEqualTo(step.to());
            PermitTransition last = a.history().get(a.history().size() - 1);
            assertThat(last.action()).isEqualTo(step.action());
            assertThat(last.to()).isEqualTo(step.to());
        } else {
            // a print of the wrong type in a printing status is named as such, not as a status error
            PermitProblem expected = step.action() == PermitAction.PRINT
                    && (status == PermitStatus.APPROVED || status == PermitStatus.PRINTED)
                    ? PermitProblem.PRINT_TYPE_NOT_ALLOWED : PermitProblem.WRONG_STATUS;
            assertThatThrownBy(() -> step.run().accept(a, EVERYONE))
                    .isInstanceOfSatisfying(PermitRuleViolation.class,
                            v -> assertThat(v.problem()).isEqualTo(expected));
            assertThat(a.status()).isEqualTo(status);
            assertThat(a.history()).hasSize(before);
        }
    }

    static Stream<Arguments> stepAndRole() {
        Map<PermitAction, PermitStatus> fixtureFor = Map.of(PermitAction.SUPPLY_MATERIALS, PermitStatus.AWAITING_MATERIALS,
                PermitAction.ACCEPT, PermitStatus.AWAITING_MATERIALS, PermitAction.APPROVE, PermitStatus.ACCEPTED,
                PermitAction.REJECT, PermitStatus.ACCEPTED, PermitAction.ISSUE, PermitStatus.PRINTED,
                PermitAction.ENDORSE, PermitStatus.ISSUED, PermitAction.REPLACE, PermitStatus.ISSUED,
                PermitAction.REISSUE, PermitStatus.ISSUED, PermitAction.CANCEL, PermitStatus.ISSUED);
        List<Arguments> all = new ArrayList<>();
        List<Step> steps = steps(actionClock(PermitStatus.ISSUED));
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            PermitStatus status = step.action() == PermitAction.PRINT
                    ? step.from().iterator().next() : fixtureFor.get(step.action());
            if (status == null) {
                continue; // platform review needs no local role
            }
            Step atItsFixturesClock = steps(actionClock(status)).get(i);
            for (Role role : Role.values()) {
                all.add(Arguments.of(atItsFixturesClock, role, status));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} by {1}")
    @MethodSource("stepAndRole")
    void stepNeedsOneOfItsRoles(Step step, Role role, PermitStatus status) {
        PermitApplication a = inStatus(status);
        int before = a.history().size();
        Actor actor = Actor.of("u-" + role, role);
        if (step.action().allowedRoles().contains(role)) {
            step.run().accept(a, actor);
            assertThat(a.status()).isEqualTo(step.to());
            assertThat(a.history().get(a.history().size() - 1).actorLogin()).isEqualTo("u-" + role);
        } else {
            assertThatThrownBy(() -> step.run().accept(a, actor))
                    .isInstanceOfSatisfying(PermitRuleViolation.class,
                            v -> assertThat(v.problem()).isEqualTo(PermitProblem.NOT_PERMITTED_FOR_ROLE));
            assertThat(a.history()).hasSize(before);
        }
    }

    @ParameterizedTest
    @MethodSource("rolesTable")
    void rightsAreTheDocumentedOnes(PermitAction action, Set<Role> roles) {
        assertThat(action.allowedRoles()).isEqualTo(roles);
    }

    static Stream<Arguments> rolesTable() {
        return Stream.of(
                Arguments.of(PermitAction.SUBMIT, Set.of(Role.WINDOW_STAFF, Role.CHIEF)),
                Arguments.of(PermitAction.ACCEPT, Set.of(Role.WINDOW_STAFF, Role.CHIEF)),
                Arguments.of(PermitAction.APPROVE, Set.of(Role.REVIEWER, Role.CHIEF)),
                Arguments.of(PermitAction.REJECT, Set.of(Role.REVIEWER, Role.CHIEF)),
                Arguments.of(PermitAction.PLATFORM_REVIEW, Set.of()),
                Arguments.of(PermitAction.PRINT, Set.of(Role.CLERK)),
                Arguments.of(PermitAction.ISSUE, Set.of(Role.CLERK, Role.WINDOW_STAFF)),
                Arguments.of(PermitAction.ENDORSE, Set.of(Role.WINDOW_STAFF, Role.CHIEF)),
                Arguments.of(PermitAction.LAPSE, Set.of()),
                Arguments.of(PermitAction.CANCEL, Set.of(Role.WINDOW_STAFF, Role.CHIEF)));
    }

    @org.junit.jupiter.api.Test
    void everyStatusHasAFixtureReachedByRealSteps() {
        for (PermitStatus s : PermitStatus.values()) {
            assertThat(inStatus(s).status()).isEqualTo(s);
        }
        assertThat(inStatus(PermitStatus.SUSPENDED).isLapsedOn(LocalDate.of(2027, 3, 20))).isTrue();
    }
}

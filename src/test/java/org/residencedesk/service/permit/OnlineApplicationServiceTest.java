package org.residencedesk.service.permit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.app.AppContext;
import org.residencedesk.domain.account.Role;
import org.residencedesk.domain.form.FormValues;
import org.residencedesk.domain.online.OnlineKind;
import org.residencedesk.domain.online.OnlineStatus;
import org.residencedesk.domain.permit.MaterialKind;
import org.residencedesk.domain.permit.PermitStatus;
import org.residencedesk.domain.permit.PermitBasis;
import org.residencedesk.domain.permit.Representation;
import org.residencedesk.forms.FormValuesJson;
import org.residencedesk.service.Operator;
import org.residencedesk.service.PermissionDenied;
import org.residencedesk.service.ValidationFailure;
import org.residencedesk.service.registration.Registered;
import org.residencedesk.testing.IdNumbers;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestOperators;
import org.residencedesk.testsupport.RegistrationFixture;

/** 互联网申办 on a real Derby database: queue, identity check with the swiped card, conversion. */
class OnlineApplicationServiceTest {
    static final TestClock CLOCK = TestClock.at("2026-11-28T01:15:00Z");
    static Operator STAFF;

    @TempDir
    static Path dataDir;
    static AppContext ctx;

    @BeforeAll
    static void open() {
        ctx = org.residencedesk.testing.TestStation.open(dataDir, CLOCK);
        STAFF = TestOperators.signIn(ctx, "wangfang", "王芳", Role.WINDOW_STAFF);
    }

    @AfterAll
    static void close() {
        ctx.close();
    }

    static OnlineApplicationService online() {
        return ctx.onlineApplications();
    }

    @Test
    void registrationPreApplicationIsVerifiedByCardAndBecomesThePrefilledForm() {
        String idNumber = IdNumbers.citizen("420106", "19920704", 71);
        FormValues typedOnline = RegistrationFixture.valid().toBuilder().set("idNumber", idNumber).set("name", "网上甲")
                .set("sex", "1").set("birthDate", "1992-07-04").set("channel", "").set("operator", "").set("registrationDate", "").set("registrationNumber", "").build();
        OnlineSubmission s = new OnlineSubmission("WEB-2026-0001", OnlineKind.REGISTRATION, idNumber, "网上甲",
                FormValuesJson.toJson("registration", 1, typedOnline), Instant.parse("2026-11-27T12:00:00Z"));

        long id = ctx.platformIntake().onlineApplicationReceived(s);
        assertThat(ctx.platformIntake().onlineApplicationReceived(s)).as("the same inbox message twice").isEqualTo(id);
        assertThat(online().pendingOnlineApplications(STAFF, 0, 50)).filteredOn(i -> i.id() == id).singleElement()
                .satisfies(i -> {
                    assertThat(i.maskedIdNumber()).isEqualTo(idNumber.substring(0, 6) + "********" + idNumber.substring(14));
                    assertThat(i.status()).isEqualTo(OnlineStatus.PENDING);
                });

        assertThatThrownBy(() -> online().convertToRegistration(STAFF, id)).as("not verified yet")
                .isInstanceOf(ValidationFailure.class);
        assertThatThrownBy(() -> online().verifyIdentity(STAFF, id, idNumber, "网上乙"))
                .isInstanceOfSatisfying(ValidationFailure.class, e -> assertThat(e.fieldMessages())
                        .containsEntry("idNumber", "刷证读取的身份信息与网上预申请不一致"));
        online().verifyIdentity(STAFF, id, idNumber.toLowerCase(), "网上甲");

        FormValues form = online().convertToRegistration(STAFF, id);
        assertThat(form.get("idNumber")).isEqualTo(idNumber);
        assertThat(form.get("channel")).isEqualTo("online");
        assertThat(form.get("street")).isEqualTo("珞喻路");
        assertThatThrownBy(() -> online().convertToPermitApplication(STAFF, id, 1L, Set.of()))
                .as("wrong kind").isInstanceOf(ValidationFailure.class);

        Registered r = ctx.registration().register(STAFF, form);
        online().markDone(STAFF, id, r.registrationNumber());
        assertThat(online().pendingOnlineApplications(STAFF, 0, 50)).noneMatch(i -> i.id() == id);
        assertThatThrownBy(() -> online().reject(STAFF, id, "重复")).isInstanceOf(ValidationFailure.class);
    }

    @Test
    void permitPreApplicationTurnsIntoAnApplicationInOneStep() {
        String idNumber = IdNumbers.citizen("420106", "19850101", 91);
        FormValues values = RegistrationFixture.valid().toBuilder().set("idNumber", idNumber).set("name", "网上丙")
                .set("sex", "1").set("birthDate", "1985-01-01").set("arrivalDate", "2026-01-05").set("operator", "")
                .set("registrationDate", "").set("registrationNumber", "").build();
        Registered r = ctx.registration().register(STAFF, values);
        long person = ctx.registration().open(STAFF, r.registrationId()).summary().personId();
        String permitForm = FormValuesJson.toJson("permit-online", 1, FormValues.builder()
                .set("basis", "STABLE_RESIDENCE").set("representation", "IN_PERSON").build());
        long id = ctx.platformIntake().onlineApplicationReceived(new OnlineSubmission("WEB-2026-0002", OnlineKind.PERMIT, idNumber,
                "网上丙", permitForm, Instant.parse("2026-11-27T13:00:00Z")));
        online().verifyIdentity(STAFF, id, idNumber, "网上丙");
        assertThat(online().permitRequestOf(STAFF, id)).as("what the counter's checklist follows")
                .isEqualTo(new ApplicationRequest(PermitBasis.STABLE_RESIDENCE, Representation.IN_PERSON, false, Set.of()));

        PermitStep step = online().convertToPermitApplication(STAFF, id, person,
                Set.of(MaterialKind.RESIDENT_ID_CARD, MaterialKind.PHOTO));
        assertThat(step.permit().status()).isEqualTo(PermitStatus.AWAITING_MATERIALS);
        assertThat(step.document()).as("the lease is missing: one-time notice").isPresent();
        assertThat(ctx.permitQueries().open(STAFF, step.permit().id()).circumstances().registrationStart())
                .as("the registration day, not the declared arrival (ADR 0170)").isEqualTo(LocalDate.of(2026, 11, 28));
        assertThat(online().pendingOnlineApplications(STAFF, 0, 50)).noneMatch(i -> i.id() == id);
    }

    @Test
    void unreadableFormsAreRefusedAndRejectionNeedsAReason() {
        assertThatThrownBy(() -> ctx.platformIntake().onlineApplicationReceived(new OnlineSubmission("WEB-2026-0003",
                OnlineKind.REGISTRATION, "110105194912310021", "某人", "{not json", Instant.parse("2026-11-27T13:00:00Z"))))
                .isInstanceOf(ValidationFailure.class);
        long id = ctx.platformIntake().onlineApplicationReceived(new OnlineSubmission("WEB-2026-0004", OnlineKind.REGISTRATION,
                "110105194912310021", "某人", FormValuesJson.toJson("registration", 1, FormValues.empty()),
                Instant.parse("2026-11-27T14:00:00Z")));
        assertThatThrownBy(() -> online().reject(STAFF, id, " ")).isInstanceOf(ValidationFailure.class);
        Operator clerkOnly = TestOperators.signIn(ctx, "zhaomin", "赵敏", Role.CLERK);
        assertThatThrownBy(() -> online().reject(clerkOnly, id, "未到场")).isInstanceOf(PermissionDenied.class);
        online().reject(STAFF, id, "未到场");
        assertThat(online().pendingOnlineApplications(STAFF, 0, 50)).noneMatch(i -> i.id() == id);
    }
}

package org.residencedesk.service.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.app.AppContext;
import org.residencedesk.domain.account.Role;
import org.residencedesk.domain.audit.AuditAction;
import org.residencedesk.domain.audit.AuditEntry;
import org.residencedesk.domain.form.FormValues;
import org.residencedesk.domain.registration.MoveOutReason;
import org.residencedesk.domain.registration.RegistrationStatus;
import org.residencedesk.domain.registration.RegistrationSummary;
import org.residencedesk.domain.registration.SearchKind;
import org.residencedesk.service.Operator;
import org.residencedesk.service.PermissionDenied;
import org.residencedesk.testing.IdNumbers;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestOperators;
import org.residencedesk.testsupport.RegistrationFixture;

/**
 * The look-ups behind the person keys (ADR 0180): a person's registration found by their id (the active one,
 * else the newest), and a masked ID number revealed only with REGISTRATION_VIEW, audited as a look. And the bench's
 * find-initials-3 failure (issue 17, ADR 0355): a person named with rare characters (demo data's 𠮷 surname, 䶮
 * given name) was saved with no pinyin initials, so a clerk typing their initials found nothing.
 */
class PersonLookupTest {
    @TempDir
    static Path dataDir;
    static AppContext ctx;
    static Operator clerk;

    @BeforeAll
    static void open() {
        ctx = org.residencedesk.testing.TestStation.open(dataDir, TestClock.at("2026-11-28T01:15:00Z"));
        clerk = TestOperators.signIn(ctx, "wangfang", "王芳", Role.WINDOW_STAFF);
    }

    @AfterAll
    static void close() {
        ctx.close();
    }

    @Test
    void theActiveRegistrationElseTheNewestStandsForThePerson() {
        String id = IdNumbers.citizen("420106", "19900315", 219);
        Registered r = ctx.registration().register(clerk, values(id, "陈晨"));
        long person = ctx.registration().open(clerk, r.registrationId()).summary().personId();

        var found = ctx.registration().currentRegistrationOf(clerk, person).orElseThrow();
        assertThat(found.registrationId()).isEqualTo(r.registrationId());
        assertThat(found.status()).isEqualTo(RegistrationStatus.ACTIVE);
        assertThat(latest().action()).isEqualTo(AuditAction.RECORD_SEARCHED);
        assertThat(latest().detail()).isEqualTo("kind=PERSON,lookup");

        ctx.registration().moveOut(clerk, r.registrationId(), MoveOutReason.MOVED_AWAY, LocalDate.of(2026, 11, 27));
        var ended = ctx.registration().currentRegistrationOf(clerk, person).orElseThrow();
        assertThat(ended.registrationId()).as("no active one: the newest").isEqualTo(r.registrationId());
        assertThat(ended.status()).isNotEqualTo(RegistrationStatus.ACTIVE);
        assertThat(ctx.registration().currentRegistrationOf(clerk, 987_654L)).isEmpty();
    }

    @Test
    void revealingAnIdNumberIsAuditedAndNeedsTheRightToViewRecords() {
        String id = IdNumbers.citizen("420106", "19850612", 37);
        Registered r = ctx.registration().register(clerk, values(id, "周明"));
        assertThat(ctx.registration().search(clerk, "周明", null, 0, 5).items().get(0).maskedIdNumber())
                .isNotEqualTo(id);

        assertThat(ctx.registration().revealIdNumber(clerk, r.registrationId())).isEqualTo(id);
        AuditEntry entry = latest();
        assertThat(entry.action()).isEqualTo(AuditAction.RECORD_VIEWED);
        assertThat(entry.actor()).isEqualTo("wangfang");
        assertThat(entry.targetId()).isEqualTo(r.registrationNumber());
        assertThat(entry.detail()).isEqualTo("idNumberRevealed").doesNotContain(id);

        Operator admin = TestOperators.signIn(ctx, "sysadmin", "管理员", Role.ADMIN);
        long before = ctx.transactions().readOnly(() -> ctx.auditLog().count());
        assertThatThrownBy(() -> ctx.registration().revealIdNumber(admin, r.registrationId()))
                .isInstanceOf(PermissionDenied.class);
        assertThat(ctx.transactions().readOnly(() -> ctx.auditLog().count())).isEqualTo(before);
    }

    @Test
    void personsWithRareNameCharactersAreFoundByTheirInitials() {
        ctx.registration().register(clerk, values(IdNumbers.citizen("420106", "19930315", 219), "𠮷䶮"));
        ctx.registration().register(clerk, values(IdNumbers.citizen("420106", "19880402", 57), "𠮷田春"));
        ctx.registration().register(clerk, values(IdNumbers.citizen("420106", "19920711", 133), "蒋燕"));

        assertThat(namesByInitials("jtc")).containsExactly("𠮷田春");
        assertThat(namesByInitials("jy")).containsExactlyInAnyOrder("𠮷䶮", "蒋燕");
        assertThat(namesByInitials("J")).containsExactlyInAnyOrder("𠮷䶮", "𠮷田春", "蒋燕");
    }

    private static java.util.List<String> namesByInitials(String initials) {
        return ctx.registration().search(clerk, initials, SearchKind.NAME_INITIALS, 0, 20).items().stream()
                .map(RegistrationSummary::name).toList();
    }

    private static FormValues values(String id, String name) {
        return RegistrationFixture.valid().toBuilder().set("idNumber", id).set("name", name).set("sex", "1")
                .set("birthDate", id.substring(6, 10) + "-" + id.substring(10, 12) + "-" + id.substring(12, 14))
                .set("operator", "").set("registrationDate", "").set("registrationNumber", "").build();
    }

    private static AuditEntry latest() {
        return ctx.transactions().readOnly(() -> ctx.auditLog().latest(1)).get(0);
    }
}

package org.residencedesk.ui.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.app.AppContext;
import org.residencedesk.domain.account.Role;
import org.residencedesk.domain.form.FormValues;
import org.residencedesk.service.Operator;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestOperators;
import org.residencedesk.testing.TestStation;
import org.residencedesk.testsupport.RegistrationFixture;
import org.residencedesk.ui.BackgroundWork;

/**
 * 拟居住期限 proposed from the station policy (ADR 0336): a station whose {@code station-policy.properties} says
 * {@code registration.intendedStayDefault = 3} gets 3 六个月 in every new registration form; what the clerk types
 * replaces it and is saved, and a form started without typing there saves the proposal. Real Derby, real file.
 */
class IntendedStayDefaultTest {
    @TempDir
    static Path dataDir;
    static AppContext ctx;
    static Operator clerk;

    @BeforeAll
    static void open() throws IOException {
        Files.writeString(dataDir.resolve("station-policy.properties"), """
                version = 1
                registration.intendedStayDefault = 3
                """, StandardCharsets.UTF_8);
        ctx = TestStation.open(dataDir, TestClock.at("2026-11-28T01:15:00Z"));
        clerk = TestOperators.signIn(ctx, "wangfang", "王芳", Role.WINDOW_STAFF);
    }

    @AfterAll
    static void close() {
        ctx.close();
    }

    private static RegistrationViewModel newScreen() {
        return new RegistrationViewModel(ctx.registration(), ctx.certificates(), ctx.printer(), ctx.printAudit(), clerk,
                ctx.drafts(), ctx.formCodec(), ctx.clock(), BackgroundWork.inline());
    }

    @Test
    void aNewFormProposesTheStationsIntendedStayAndTheClerkMayTypeAnother() {
        RegistrationViewModel screen = newScreen();

        assertThat(screen.form().value("intendedStay").get()).isEqualTo("3");
        assertThat(screen.form().isProposedDefault("intendedStay")).isTrue();
        assertThat(screen.draftToWrite()).as("a proposal is not input: no draft").isEmpty();

        screen.form().value("intendedStay").set("5");
        screen.startNew();
        assertThat(screen.form().value("intendedStay").get()).as("proposed again in the next form").isEqualTo("3");
    }

    @Test
    void theProposalIsSavedWhenTheClerkLeavesItAndTheTypedValueWhenTheClerkTypesOne() {
        FormValues withoutStay = RegistrationFixture.valid().toBuilder().set("intendedStay", "").build();
        RegistrationViewModel proposed = newScreen();
        proposed.form().restore(withoutStay);
        proposed.save();

        RegistrationViewModel typed = newScreen();
        typed.form().restore(withoutStay.toBuilder().set("idNumber", org.residencedesk.testing.IdNumbers.citizen("110105", "19491231", 4)).set("name", "张秀兰").build());
        typed.form().value("intendedStay").set("");
        typed.form().value("intendedStay").set("6");
        typed.save();

        assertThat(ctx.registration().open(clerk, proposed.registrationId().orElseThrow()).values().get("intendedStay"))
                .isEqualTo("3");
        assertThat(ctx.registration().open(clerk, typed.registrationId().orElseThrow()).values().get("intendedStay"))
                .isEqualTo("6");
    }
}

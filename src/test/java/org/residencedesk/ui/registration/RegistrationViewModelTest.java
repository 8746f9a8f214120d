package org.residencedesk.ui.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.app.AppContext;
import org.residencedesk.domain.account.Role;
import org.residencedesk.domain.card.CardType;
import org.residencedesk.domain.card.IdCardData;
import org.residencedesk.service.Operator;
import org.residencedesk.testing.IdNumbers;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testsupport.RegistrationFixture;

/** The registration screen's logic without a window: drafts survive a crash, cards fill and warn. */
class RegistrationViewModelTest {
    @TempDir
    static Path dataDir;
    static AppContext ctx;
    static final Operator CLERK = new Operator("wangfang", "王芳", EnumSet.of(Role.WINDOW_STAFF));

    @BeforeAll
    static void open() {
        ctx = org.residencedesk.testing.TestStation.open(dataDir, TestClock.at("2026-11-28T01:15:00Z"));
    }

    @AfterAll
    static void close() {
        ctx.close();
    }

    private static RegistrationViewModel newScreen() {
        return new RegistrationViewModel(ctx.registration(), ctx.certificates(), ctx.printer(), ctx.printAudit(), CLERK,
                ctx.drafts(), ctx.formCodec(), ctx.clock());
    }

    @Test
    void whatWasTypedSurvivesACrashAndIsOfferedOnTheNextStart() {
        RegistrationViewModel before = newScreen();
        before.form().value("name").set("𠮷田春");
        before.form().value("mobile").set("13812345678");
        before.draftToWrite().ifPresent(before::writeDraft);

        RegistrationViewModel afterRestart = newScreen();   // the process died: a fresh screen, same data folder
        assertThat(afterRestart.pendingDraft()).hasValueSatisfying(d -> {
            assertThat(d.get("name")).isEqualTo("𠮷田春");
            assertThat(d.get("mobile")).isEqualTo("13812345678");
        });
        afterRestart.restoreDraft(afterRestart.pendingDraft().orElseThrow());
        assertThat(afterRestart.form().value("name").get()).isEqualTo("𠮷田春");

        afterRestart.discardDraft();
        assertThat(newScreen().pendingDraft()).isEmpty();
    }

    @Test
    void savingRemovesTheDraft() {
        RegistrationViewModel screen = newScreen();
        assertThat(screen.draftToWrite()).as("an untouched form writes no draft").isEmpty();
        screen.form().restore(RegistrationFixture.valid());
        screen.form().value("mobile").set("13900001111");
        screen.draftToWrite().ifPresent(screen::writeDraft);
        assertThat(screen.pendingDraft()).isPresent();

        screen.applySaveOutcome(screen.saveOnWorker(screen.prepareSave().orElseThrow()));

        assertThat(screen.savedNumberProperty().get()).isEqualTo("4201110020012026000001");
        assertThat(screen.pendingDraft()).isEmpty();
        assertThat(screen.canPrint()).isTrue();
        java.nio.file.Path pdf = dataDir.resolve("certificate.pdf");
        var outcome = screen.exportCertificateOnWorker(screen.certificateRequest().orElseThrow(), pdf);
        assertThat(outcome.succeeded()).as(outcome.message()).isTrue();
        assertThat(pdf).exists();
    }

    @Test
    void aTypedIdNumberFillsBirthDateSexAndHukouCountyButNeverOverwrites() {
        RegistrationViewModel screen = newScreen();
        screen.form().value("sex").set("1");
        screen.form().value("idNumber").set(IdNumbers.citizen("420106", "19900315", 122));

        assertThat(screen.form().value("birthDate").get()).isEqualTo("1990-03-15");
        assertThat(screen.form().value("hukouDivision").get()).isEqualTo("420106");
        assertThat(screen.form().value("sex").get()).as("what staff typed stays").isEqualTo("1");
    }

    @Test
    void anExpiredCardFillsTheFormButWarns() {
        RegistrationViewModel screen = newScreen();
        IdCardData card = new IdCardData(CardType.ID_CARD, "李秀英", null, "2", "01", LocalDate.of(1960, 1, 1),
                "湖北省武汉市江岸区胜利街1号", IdNumbers.citizen("420102", "19600101", 24), "武汉市公安局江岸分局",
                LocalDate.of(2006, 1, 1), LocalDate.of(2026, 1, 1), false, null, null, null, null);

        screen.fillFromCard(card);

        assertThat(screen.form().value("name").get()).isEqualTo("李秀英");
        assertThat(screen.form().isEditable("name")).isFalse();
        assertThat(screen.noticeIsWarningProperty().get()).isTrue();
        assertThat(screen.noticeProperty().get()).isEqualTo("证件已于 2026-01-01 过期，请提醒本人及时换领");
    }
}

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
import org.residencedesk.testing.TestOperators;
import org.residencedesk.ui.BackgroundWork;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testsupport.RegistrationFixture;

/** The registration screen's logic without a window: drafts survive a crash, cards fill and warn. */
class RegistrationViewModelTest {
    @TempDir
    static Path dataDir;
    static AppContext ctx;
    static Operator CLERK;

    @BeforeAll
    static void open() {
        ctx = org.residencedesk.testing.TestStation.open(dataDir, TestClock.at("2026-11-28T01:15:00Z"));
        CLERK = TestOperators.signIn(ctx, "wangfang", "王芳", Role.WINDOW_STAFF);
    }

    @AfterAll
    static void close() {
        ctx.close();
    }

    private static RegistrationViewModel newScreen() {
        return new RegistrationViewModel(ctx.registration(), ctx.certificates(), ctx.printer(), ctx.printAudit(), CLERK,
                ctx.drafts(), ctx.formCodec(), ctx.clock(), BackgroundWork.inline());
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

        screen.save();

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

    private static RegistrationViewModel newScreen(Operator operator) {
        return new RegistrationViewModel(ctx.registration(), ctx.certificates(), ctx.printer(), ctx.printAudit(),
                operator, ctx.drafts(), ctx.formCodec(), ctx.clock(), BackgroundWork.inline());
    }

    private static org.residencedesk.domain.form.FormValues person(String idNumber, String name) {
        return RegistrationFixture.valid().toBuilder().set("idNumber", idNumber).set("name", name).set("sex", "1")
                .set("birthDate", "1980-05-05").set("operator", "").set("registrationDate", "")
                .set("registrationNumber", "").build();
    }

    private static org.residencedesk.domain.audit.AuditEntry lastAudit() {
        return ctx.transactions().readOnly(() -> ctx.auditLog().latest(1)).get(0);
    }

    @Test
    void anIncompleteFormIsNotSentAndSaysHowManyFieldsToFix() {
        RegistrationViewModel screen = newScreen();
        screen.form().value("mobile").set("1381234");

        screen.save();

        assertThat(screen.noticeProperty().get()).matches("有 \\d+ 处需要改正，请查看标红的项目");
        assertThat(screen.noticeIsWarningProperty().get()).isTrue();
        assertThat(screen.form().message("mobile").get()).isEqualTo("手机号码应为以1开头的11位数字");
        assertThat(screen.busyProperty().get()).isFalse();
        assertThat(screen.registrationId()).isEmpty();
    }

    @Test
    void staffWithoutTheRightToRegisterAreToldSoAndNothingIsStored() {
        String id = IdNumbers.citizen("420106", "19800505", 11);
        RegistrationViewModel screen = newScreen(TestOperators.signIn(ctx, "liqiang", "李强", Role.REVIEWER));
        assertThat(screen.mayPrintCertificate()).as("the certificate buttons are hidden").isFalse();
        assertThat(newScreen(TestOperators.signIn(ctx, "zhangzz", "张站长", Role.CHIEF)).mayPrintCertificate()).isTrue();
        screen.form().restore(person(id, "赵无权"));

        screen.save();

        assertThat(screen.noticeProperty().get()).isEqualTo("当前账号没有办理此业务的权限");
        assertThat(screen.noticeIsWarningProperty().get()).isTrue();
        assertThat(screen.busyProperty().get()).as("保存 works again").isFalse();
        assertThat(screen.modeProperty().get()).isEqualTo(RegistrationViewModel.Mode.NEW);
        assertThat(ctx.registration().activeRegistrationOf(CLERK, id)).isEmpty();
    }

    @Test
    void registeringSomeoneAlreadyActiveHereTurnsTheFormIntoAChange() {
        String id = IdNumbers.citizen("420106", "19800505", 31);
        RegistrationViewModel first = newScreen();
        first.form().restore(person(id, "钱已登"));
        first.save();
        String number = first.savedNumberProperty().get();
        assertThat(number).isEqualTo(ctx.registration().activeRegistrationOf(CLERK, id).orElseThrow().registrationNumber());
        // arrived 2026-11-01, registered 2026-11-28: accepted and flagged 逾期登记 (ADR 0172)
        assertThat(first.noticeProperty().get())
                .isEqualTo("登记成功，登记编号 " + number + "；来本地后超过规定期限才登记，已标记为逾期登记");

        RegistrationViewModel second = newScreen();
        second.form().restore(person(id, "钱已登").toBuilder().set("mobile", "13700002222").build());
        second.save();

        assertThat(second.modeProperty().get()).isEqualTo(RegistrationViewModel.Mode.CHANGE);
        assertThat(second.noticeProperty().get())
                .isEqualTo("此人已在本站登记（编号 " + number + "），已转为变更登记：核对后按 Ctrl+S 保存");
        assertThat(second.form().value("mobile").get()).as("what was typed stays").isEqualTo("13700002222");

        second.save();
        assertThat(second.noticeProperty().get()).isEqualTo("变更成功，登记编号 " + number + "；此登记为逾期登记");
        assertThat(ctx.registration().open(CLERK, second.registrationId().orElseThrow()).values().get("mobile"))
                .isEqualTo("13700002222");
    }

    @Test
    void theCertificateNeedsASavedFormAndItsPdfExportIsAudited() throws Exception {
        RegistrationViewModel screen = newScreen();
        assertThat(screen.openCertificatePreview(ctx.printerSettings())).isEmpty();
        assertThat(screen.noticeProperty().get()).isEqualTo("请先保存登记，再打印凭证");

        screen.form().restore(person(IdNumbers.citizen("420106", "19800505", 53), "孙导出"));
        screen.save();
        String number = screen.savedNumberProperty().get();
        java.nio.file.Path pdf = dataDir.resolve("export-command.pdf");

        screen.exportCertificate(screen.certificateRequest().orElseThrow(), pdf);

        assertThat(screen.noticeProperty().get()).isEqualTo("凭证已保存为 export-command.pdf");
        assertThat(screen.noticeIsWarningProperty().get()).isFalse();
        assertThat(java.nio.file.Files.readAllBytes(pdf)).startsWith("%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertThat(lastAudit().action()).isEqualTo(org.residencedesk.domain.audit.AuditAction.DATA_EXPORTED);
        assertThat(lastAudit().targetId()).isEqualTo(number);
    }

    @Test
    void unlockingCardFieldsMakesThemEditableAndIsAudited() {
        RegistrationViewModel screen = newScreen();
        screen.fillFromCard(new IdCardData(CardType.ID_CARD, "周卡锁", null, "1", "01", LocalDate.of(1980, 5, 5),
                "湖北省武汉市江岸区胜利街2号", IdNumbers.citizen("420102", "19800505", 71), "武汉市公安局江岸分局",
                LocalDate.of(2020, 1, 1), LocalDate.of(2040, 1, 1), false, null, null, null, null));
        assertThat(screen.form().isEditable("name")).isFalse();

        screen.unlockCardFields();

        assertThat(screen.form().isEditable("name")).isTrue();
        assertThat(lastAudit().action()).isEqualTo(org.residencedesk.domain.audit.AuditAction.CARD_FIELD_UNLOCKED);
        assertThat(lastAudit().actor()).isEqualTo("wangfang");
    }

    @Test
    void theDraftTimerWritesOnlyAChangedForm() {
        RegistrationViewModel screen = newScreen(TestOperators.signIn(ctx, "lihua", "李华", Role.WINDOW_STAFF));
        screen.saveDraft();
        assertThat(screen.pendingDraft()).as("nothing typed, nothing written").isEmpty();

        screen.form().value("name").set("吴草稿");
        screen.saveDraft();

        assertThat(newScreen(TestOperators.signIn(ctx, "lihua", "李华", Role.WINDOW_STAFF)).pendingDraft())
                .hasValueSatisfying(d -> assertThat(d.get("name")).isEqualTo("吴草稿"));
        screen.discardDraft();
    }
}

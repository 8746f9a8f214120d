package org.residencedesk.ui.permit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.residencedesk.domain.account.Role;
import org.residencedesk.domain.permit.PermitStatus;
import org.residencedesk.domain.permit.PrintType;
import org.residencedesk.port.printing.DocumentType;
import org.residencedesk.port.printing.PrintOutcome;
import org.residencedesk.port.printing.PrintStatus;
import org.residencedesk.testing.TestOperators;
import org.residencedesk.ui.BackgroundWork;

/**
 * 待制证 without a window: one card for the preview, a printer that fails leaves the card unprinted, the
 * cycle's print type is preselected and a reprint needs the authoriser's password. (Real printing is tested
 * through the window in PermitPrintTest.)
 */
class PrintTabViewModelTest {
    private PermitUiFixture fixture;
    private PrintTabViewModel print;
    private String permit;
    private final RecordingViewer viewer = new RecordingViewer();

    @BeforeEach
    void open() throws Exception {
        fixture = new PermitUiFixture();
        permit = fixture.approvedPermit(fixture.registerResident());
        var services = fixture.services();
        print = new PrintTabViewModel(services.permits(), services.authentication(), services.printerSettings(),
                services.printer(), PermitUiFixture.ADMIN, BackgroundWork.inline(), viewer);
        print.load(0);
    }

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    @Test
    void previewNeedsExactlyOneCardAndAFailedPrintMarksNothing() {
        print.previewPrint();
        assertThat(print.errors.of("form").get()).isEqualTo("预览打印请只选择一条记录");

        print.selected.setAll(print.queue.items());
        print.previewPrint();
        assertThat(viewer.types()).containsExactly(DocumentType.PERMIT_CARD);
        assertThat(print.errors.of("form").get()).isEmpty();

        viewer.last().onOutcome().accept(new PrintOutcome(DocumentType.PERMIT_CARD, "卡片打印机", 0, 1,
                PrintStatus.PRINTER_OFFLINE, "打印机已停止"));
        assertThat(print.errors.of("form").get()).isEqualTo("打印机已停止");
        assertThat(print.notice.get()).isEmpty();
        assertThat(fixture.context.permits().queries().summary(PermitUiFixture.ADMIN, permit).status()).isEqualTo(PermitStatus.APPROVED);
    }

    @Test
    void aReissuedCardIsALostReprintThatNeedsTheAuthoriser() {
        String issued = fixture.issuedPermit(fixture.register(
                org.residencedesk.testing.IdNumbers.citizen("420106", "19850612", 31), "周建国", "1", "1985-06-12"));
        fixture.context.permits().lifecycle().reissue(PermitUiFixture.ADMIN, issued);
        print.load(0);
        var reissued = print.queue.items().stream().filter(i -> i.permit().id().equals(issued)).findFirst()
                .orElseThrow();
        var first = print.queue.items().stream().filter(i -> i.permit().id().equals(permit)).findFirst()
                .orElseThrow();

        print.focus(reissued);
        assertThat(print.printType.get()).isEqualTo(PrintType.LOST_REPRINT);
        print.focus(first);
        assertThat(print.printType.get()).isEqualTo(PrintType.FIRST);
        print.focus(reissued);

        print.selected.setAll(reissued);
        print.reason.set("持证人遗失");
        print.authoriserLogin.set(PermitUiFixture.LOGIN);
        print.authoriserPassword.set("wrong-password");
        print.directPrint();

        assertThat(print.errors.of("authorisedBy").get()).isEqualTo("授权人验证未通过：账号或密码错误");
        assertThat(print.notice.get()).isEmpty();
        assertThat(fixture.context.permits().queries().summary(PermitUiFixture.ADMIN, issued).status()).isEqualTo(PermitStatus.APPROVED);

        // a real user with the right password but without REPRINT_AUTHORISE (an administrator) is refused too
        TestOperators.signIn(fixture.context, "sysadmin", "系统管理员", Role.ADMIN);
        print.authoriserLogin.set("sysadmin");
        print.authoriserPassword.set(TestOperators.PASSWORD);
        print.directPrint();
        assertThat(print.errors.of("authorisedBy").get()).isEqualTo("系统管理员 没有“授权重印卡片”的权限，须由站长授权。");
        assertThat(fixture.context.permits().queries().summary(PermitUiFixture.ADMIN, issued).status()).isEqualTo(PermitStatus.APPROVED);
    }

    @Test
    void directPrintWithoutSelectionIsSaid() {
        print.directPrint();
        assertThat(print.errors.of("form").get()).isEqualTo("请先在列表中选择一条记录");
    }
}

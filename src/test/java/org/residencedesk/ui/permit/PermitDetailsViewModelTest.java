package org.residencedesk.ui.permit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.residencedesk.domain.permit.CancellationReason;
import org.residencedesk.domain.permit.FeeKind;
import org.residencedesk.domain.permit.FeeRecord;
import org.residencedesk.domain.permit.PermitStatus;
import org.residencedesk.port.PermitSummary;
import org.residencedesk.ui.BackgroundWork;

/** One permit's details and 换领 / 补领 / 注销 without a window. */
class PermitDetailsViewModelTest {
    private PermitUiFixture fixture;
    private PermitAreaViewModel area;
    private PermitDetailsViewModel details;
    private String permit;

    @BeforeEach
    void open() throws Exception {
        fixture = new PermitUiFixture();
        permit = fixture.issuedPermit(fixture.registerResident());
        area = new PermitAreaViewModel(fixture.services(), PermitUiFixture.ADMIN, BackgroundWork.inline());
        details = area.details();
        area.finder().idNumber.set(PermitUiFixture.ID);
        area.finder().find();
    }

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    @Test
    void aRejectedPermitEventChoosesThatPermitsOwnRowAmongItsHoldersPermits() {
        PermitSummary summary = fixture.context.permits().queries().summary(PermitUiFixture.ADMIN, permit);
        PermitAreaViewModel fresh = new PermitAreaViewModel(fixture.services(), PermitUiFixture.ADMIN,
                BackgroundWork.inline());
        java.util.List<String> missing = new java.util.ArrayList<>();
        fresh.showPermit(summary.personId(), permit, () -> missing.add(permit));

        assertThat(missing).isEmpty();
        assertThat(fresh.selectedTab()).isEqualTo(PermitTab.APPLY);
        assertThat(fresh.details().permitsOfPerson()).extracting(PermitSummary::id).containsExactly(permit);
        assertThat(fresh.details().chosen.get().id()).isEqualTo(permit);

        fresh.showPermit(summary.personId(), "no-such-permit", () -> missing.add("no-such-permit"));
        assertThat(missing).containsExactly("no-such-permit");
    }

    @Test
    void aStepNeedsAnOpenedPermit() {
        details.reissue();
        assertThat(details.errors.of("form").get()).isEqualTo("请先在列表中选择一条记录");
        assertThat(status()).isEqualTo(PermitStatus.ISSUED);
    }

    @Test
    void openedPermitShowsItsDetailsAndReplaceNeedsTheOldCard() {
        details.open(details.permitsOfPerson().get(0));
        assertThat(details.lines.get(0)).isEqualTo("状态：已发证");
        assertThat(fixture.context.permits().queries().summary(PermitUiFixture.ADMIN, permit).permitNumber())
                .isEqualTo("4201110020012026000001");
        assertThat(details.lines).containsExactly(
                "状态：已发证",
                "受理编号：4201110020012026000001",
                "承诺办结日期：2026年12月13日",
                "居住证编号：4201110020012026000001",
                "有效期至：2027年11月27日",
                "下次签注到期日：2027年11月28日",
                "已签注次数：0",
                "2026-11-28　申领登记 → 待补材料　wangfang",
                "2026-11-28　受理 → 已受理　wangfang",
                "2026-11-28　审核通过 → 审核通过　wangfang",
                "2026-11-28　制证 → 已制证　wangfang",
                "2026-11-28　发证 → 已发证　wangfang");

        details.oldCardReturned.set(false);
        details.replace();
        assertThat(details.errors.of("oldCardReturned").get()).isEqualTo("换领须交回原居住证");
        assertThat(details.errors.of("form").get()).isEmpty();
        assertThat(details.notice.get()).isEmpty();
        assertThat(status()).isEqualTo(PermitStatus.ISSUED);

        details.oldCardReturned.set(true);
        details.replace();
        assertThat(details.notice.get()).isEqualTo("已办理换领，居住证进入待制证");
        assertThat(status()).isEqualTo(PermitStatus.APPROVED);
        assertThat(details.permitsOfPerson()).extracting(PermitSummary::status).containsExactly(PermitStatus.APPROVED);
        assertThat(fixture.context.permits().queries().open(PermitUiFixture.ADMIN, permit).fees()).extracting(FeeRecord::kind)
                .containsExactly(FeeKind.REPLACEMENT);
    }

    @Test
    void cancellingForAnOtherReasonNeedsANote() {
        details.open(details.permitsOfPerson().get(0));
        details.cancelReason.set(CancellationReason.OTHER);
        details.cancel();
        assertThat(details.errors.of("note").get()).isEqualTo("注销原因为“其他”时须填写说明");
        assertThat(details.errors.of("form").get()).isEmpty();
        assertThat(status()).isEqualTo(PermitStatus.ISSUED);

        details.cancelNote.set("本人申请注销");
        details.cancel();
        assertThat(details.notice.get()).isEqualTo("居住证已注销");
        assertThat(status()).isEqualTo(PermitStatus.CANCELLED);
        assertThat(details.feeText(FeeKind.REISSUE)).isEqualTo("工本费 20.00 元");
    }

    private PermitStatus status() {
        return fixture.context.permits().queries().summary(PermitUiFixture.ADMIN, permit).status();
    }
}

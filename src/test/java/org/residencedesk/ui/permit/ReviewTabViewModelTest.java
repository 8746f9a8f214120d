package org.residencedesk.ui.permit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.residencedesk.domain.account.Role;
import org.residencedesk.domain.permit.PermitStatus;
import org.residencedesk.port.printing.DocumentType;
import org.residencedesk.service.Operator;
import org.residencedesk.service.PermissionDenied;
import org.residencedesk.testing.TestOperators;
import org.residencedesk.ui.BackgroundWork;

/** 待审核 without a window: reason required, notice shown, approval, and the reviewer right. */
class ReviewTabViewModelTest {
    private PermitUiFixture fixture;
    private String permit;
    private final RecordingViewer viewer = new RecordingViewer();

    @BeforeEach
    void open() throws Exception {
        fixture = new PermitUiFixture();
        permit = fixture.acceptedPermit(fixture.registerResident());
    }

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    private ReviewTabViewModel review(Operator operator) {
        ReviewTabViewModel review = new ReviewTabViewModel(fixture.context.permits(), operator,
                BackgroundWork.inline(), viewer);
        review.load(0);
        return review;
    }

    @Test
    void nothingSelectedIsSaid() {
        ReviewTabViewModel review = review(PermitUiFixture.ADMIN);
        review.approve();
        assertThat(review.message.get()).isEqualTo("请先在列表中选择一条记录");
        assertThat(status()).isEqualTo(PermitStatus.ACCEPTED);
    }

    @Test
    void rejectNeedsAReasonAndOpensTheNotice() {
        ReviewTabViewModel review = review(PermitUiFixture.ADMIN);
        assertThat(review.queue.items()).hasSize(1);
        review.selected.set(review.queue.items().get(0));

        review.reject();
        assertThat(review.message.get()).isEqualTo("不予批准须填写理由");
        assertThat(review.notice.get()).isEmpty();
        assertThat(status()).isEqualTo(PermitStatus.ACCEPTED);

        review.rejectReason.set("居住登记信息与材料不符");
        review.reject();
        assertThat(review.message.get()).isEmpty();
        assertThat(review.notice.get()).isEqualTo("受理编号 4201110020012026000001 不予批准，通知书已打开");
        assertThat(review.rejectReason.get()).isEmpty();
        assertThat(viewer.types()).containsExactly(DocumentType.REJECTION_NOTICE);
        assertThat(viewer.last().document().parameters()).containsEntry("reason", "居住登记信息与材料不符");
        assertThat(status()).isEqualTo(PermitStatus.REJECTED);
        assertThat(review.queue.items()).as("the queue is read again").isEmpty();
    }

    @Test
    void approvalMovesItOnAndAClerkWithoutTheRightIsRefused() {
        Operator clerk = TestOperators.signIn(fixture.context, "limei", "李梅", Role.WINDOW_STAFF);
        ReviewTabViewModel refused = review(clerk);
        refused.selected.set(refused.queue.items().get(0));
        refused.approve();
        assertThat(refused.message.get()).isEqualTo(new PermissionDenied().getMessage());
        assertThat(refused.notice.get()).isEmpty();
        assertThat(status()).isEqualTo(PermitStatus.ACCEPTED);

        ReviewTabViewModel review = review(PermitUiFixture.ADMIN);
        review.selected.set(review.queue.items().get(0));
        review.approve();
        assertThat(review.notice.get()).isEqualTo("受理编号 4201110020012026000001 审核通过，已进入待制证");
        assertThat(status()).isEqualTo(PermitStatus.APPROVED);
        assertThat(review.queue.items()).isEmpty();
    }

    private PermitStatus status() {
        return fixture.context.permits().queries().summary(PermitUiFixture.ADMIN, permit).status();
    }
}

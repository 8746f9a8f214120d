package org.residencedesk.service.permit;

import static org.residencedesk.service.permit.PermitServiceFixture.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.residencedesk.domain.outbox.EventType;
import org.residencedesk.domain.outbox.OutboxEvent;
import org.residencedesk.domain.permit.PermitStatus;
import org.residencedesk.port.PermitSummary;
import org.residencedesk.port.printing.DocumentType;
import org.residencedesk.service.ValidationFailure;

/** 审核 on a real Derby database: the reviewer's rejection and the platform's review result. */
class PermitReviewServiceTest extends PermitStageTest {
    @Test
    void reviewerRejectsWithReasonAndNotice() {
        String id = f.accepted();
        assertThatThrownBy(() -> f.review().reject(REVIEWER, id, " ")).isInstanceOfSatisfying(ValidationFailure.class,
                e -> assertThat(e.fieldMessages()).containsKey("reason"));
        PermitStep rejected = f.review().reject(REVIEWER, id, "劳动合同与登记单位不符");
        assertThat(rejected.permit().status()).isEqualTo(PermitStatus.REJECTED);
        assertThat(rejected.document().orElseThrow().type()).isEqualTo(DocumentType.REJECTION_NOTICE);
        assertThat(rejected.document().orElseThrow().parameters()).containsEntry("reason", "劳动合同与登记单位不符");
        assertThat(f.queries().reviewQueue(STAFF, 0, 500).items()).extracting(i -> i.permit().id()).doesNotContain(id);
    }

    @Test
    void platformReviewResultIsAppliedOnceAndReportsWhatItCouldNotApply() {
        String id = f.accepted();
        String number = f.summary(id).acceptanceNumber();
        assertThat(f.queries().reviewQueue(STAFF, 0, 500).items()).extracting(i -> i.permit().id()).contains(id);
        Instant acceptedAt = f.clock.instant();

        assertThat(f.ctx.platformIntake().reviewResultReceived("000", true, null, acceptedAt))
                .isEqualTo(PlatformReviewOutcome.UNKNOWN_APPLICATION);
        assertThat(f.ctx.platformIntake().reviewResultReceived(number, true, null, acceptedAt.minusSeconds(60)))
                .as("before acceptance").isEqualTo(PlatformReviewOutcome.NOT_APPLICABLE);
        assertThat(f.ctx.platformIntake().reviewResultReceived(number, true, null, acceptedAt.plusSeconds(3600)))
                .isEqualTo(PlatformReviewOutcome.APPLIED);
        assertThat(f.ctx.platformIntake().reviewResultReceived(number, false, "重复", acceptedAt.plusSeconds(7200)))
                .isEqualTo(PlatformReviewOutcome.NOT_APPLICABLE);

        PermitSummary s = f.summary(id);
        assertThat(s.status()).isEqualTo(PermitStatus.APPROVED);
        assertThat(s.approvedOn()).isEqualTo(LocalDate.of(2026, 11, 28));
        assertThat(f.eventsOf(id)).containsExactly(EventType.PERMIT_APPLICATION_ACCEPTED,
                EventType.PERMIT_APPLICATION_REVIEWED);
        List<OutboxEvent> events = f.ctx.transactions().readOnly(() -> f.ctx.outbox().pending(10_000));
        assertThat(events.get(events.size() - 1).operator()).isEqualTo("platform");
    }
}

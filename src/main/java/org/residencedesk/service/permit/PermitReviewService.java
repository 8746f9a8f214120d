package org.residencedesk.service.permit;

import org.residencedesk.service.Requires;
import org.residencedesk.domain.account.Permission;
import static org.residencedesk.service.permit.PermitSteps.actor;
import static org.residencedesk.service.permit.PermitSteps.step;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.residencedesk.domain.audit.AuditAction;
import org.residencedesk.domain.masterdata.MasterData;
import org.residencedesk.domain.outbox.EventType;
import org.residencedesk.domain.permit.Actor;
import org.residencedesk.domain.permit.PermitAction;
import org.residencedesk.domain.permit.PermitApplication;
import org.residencedesk.domain.permit.PermitPolicy;
import org.residencedesk.domain.permit.PermitRuleViolation;
import org.residencedesk.port.AuditLog;
import org.residencedesk.port.Counters;
import org.residencedesk.port.FormCodec;
import org.residencedesk.port.Outbox;
import org.residencedesk.port.PermitRepository;
import org.residencedesk.port.PermitSummary;
import org.residencedesk.port.RegistrationRepository;
import org.residencedesk.port.StationRepository;
import org.residencedesk.port.Transactions;
import org.residencedesk.service.Operator;

/**
 * 审核 stage of the 居住证 (ADR 0110): the reviewer's approval or rejection and the platform's review
 * result (公安网审签). Each step is one transaction with its audit entry and outbox event.
 */
public final class PermitReviewService {
    private final PermitSteps s;

    public PermitReviewService(Transactions tx, PermitRepository permits, RegistrationRepository registrations,
                               StationRepository stations, AuditLog audit, Outbox outbox, Counters counters,
                               FormCodec codec, MasterData masterData, PermitPolicy policy, Clock clock) {
        this(new PermitSteps(tx, permits, registrations, stations, audit, outbox, counters, codec, masterData,
                policy, clock));
    }

    private PermitReviewService(PermitSteps steps) {
        this.s = steps;
    }

    /** The same service on another clock (demo data that replays years of steps). */
    PermitReviewService withClock(Clock other) {
        return new PermitReviewService(s.withClock(other));
    }

    @Requires(Permission.PERMIT_REVIEW)
    public PermitStep approve(Operator op, String permitId) {
        op.require(Permission.PERMIT_REVIEW);
        Actor actor = actor(op, PermitAction.APPROVE);
        return s.tx.inTransaction(() -> {
            PermitSteps.Loaded l = s.load(permitId);
            step(() -> l.permit().approve(actor, s.clock));
            return PermitStep.of(s.commit(op, l, AuditAction.RECORD_CHANGED, "APPROVE",
                    EventType.PERMIT_APPLICATION_REVIEWED));
        });
    }

    /** 审核不通过 with its reason; returns the 不予批准通知书. */
    @Requires(Permission.PERMIT_REVIEW)
    public PermitStep reject(Operator op, String permitId, String reason) {
        op.require(Permission.PERMIT_REVIEW);
        Actor actor = actor(op, PermitAction.REJECT);
        return s.tx.inTransaction(() -> {
            PermitSteps.Loaded l = s.load(permitId);
            step(() -> l.permit().reject(reason, actor, s.clock));
            PermitSummary summary = s.commit(op, l, AuditAction.RECORD_CHANGED, "REJECT",
                    EventType.PERMIT_APPLICATION_REVIEWED);
            return PermitStep.of(summary, s.documents.rejectionNotice(l.subject(s.station().name()), op));
        });
    }

    /**
     * A PERMIT_REVIEW_RESULT from the platform inbox (公安网审签). Never throws for business reasons. Not public:
     * platform results enter only through {@link PlatformIntake} (docs/decisions/0151).
     */
    PlatformReviewOutcome applyPlatformReviewResult(String acceptanceNumber, boolean approved, String reason,
                                                           Instant reviewedAt) {
        return s.tx.inTransaction(() -> {
            Optional<PermitApplication> found = s.permits.findByAcceptanceNumber(acceptanceNumber);
            if (found.isEmpty()) {
                return PlatformReviewOutcome.UNKNOWN_APPLICATION;
            }
            PermitSteps.Loaded l = s.load(found.get().id());
            try {
                l.permit().applyPlatformReviewResult(approved, reason, reviewedAt);
            } catch (PermitRuleViolation v) {
                return PlatformReviewOutcome.NOT_APPLICABLE;
            }
            s.commit(Actor.PLATFORM.login(), l, AuditAction.RECORD_CHANGED,
                    "PLATFORM_REVIEW " + (approved ? "APPROVED" : "REJECTED"), EventType.PERMIT_APPLICATION_REVIEWED);
            return PlatformReviewOutcome.APPLIED;
        });
    }
}

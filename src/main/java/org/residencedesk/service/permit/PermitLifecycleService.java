package org.residencedesk.service.permit;

import org.residencedesk.service.NoOperator;
import org.residencedesk.service.Requires;
import org.residencedesk.domain.account.Permission;
import static org.residencedesk.service.permit.PermitSteps.AGGREGATE;
import static org.residencedesk.service.permit.PermitSteps.actor;
import static org.residencedesk.service.permit.PermitSteps.step;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.residencedesk.domain.audit.AuditAction;
import org.residencedesk.domain.audit.AuditRecord;
import org.residencedesk.domain.masterdata.MasterData;
import org.residencedesk.domain.outbox.EventType;
import org.residencedesk.domain.permit.Actor;
import org.residencedesk.domain.permit.CancellationReason;
import org.residencedesk.domain.permit.PermitAction;
import org.residencedesk.domain.permit.PermitPolicy;
import org.residencedesk.domain.registration.ResidenceRegistration;
import org.residencedesk.port.AuditLog;
import org.residencedesk.port.ConcurrentChangeException;
import org.residencedesk.port.Counters;
import org.residencedesk.port.FormCodec;
import org.residencedesk.port.Outbox;
import org.residencedesk.port.PermitRepository;
import org.residencedesk.port.PermitSummary;
import org.residencedesk.port.RegistrationRepository;
import org.residencedesk.port.StationRepository;
import org.residencedesk.port.Transactions;
import org.residencedesk.service.Operator;
import org.residencedesk.service.Problems;

/**
 * 签注/补换领/注销 stage of the 居住证 (ADR 0110): the yearly endorsement, the daily lapse job, 换领,
 * 补领 and 注销 of an issued permit.
 */
public final class PermitLifecycleService {
    private static final int LAPSE_BATCH = 200;

    private final PermitSteps s;

    public PermitLifecycleService(Transactions tx, PermitRepository permits, RegistrationRepository registrations,
                                  StationRepository stations, AuditLog audit, Outbox outbox, Counters counters,
                                  FormCodec codec, MasterData masterData, PermitPolicy policy, Clock clock) {
        this(new PermitSteps(tx, permits, registrations, stations, audit, outbox, counters, codec, masterData,
                policy, clock));
    }

    private PermitLifecycleService(PermitSteps steps) {
        this.s = steps;
    }

    /** The same service on another clock (demo data that replays years of steps). */
    PermitLifecycleService withClock(Clock other) {
        return new PermitLifecycleService(s.withClock(other));
    }

    /** 签注 (window enforced; a lapsed permit is restored by a late endorsement); returns the 签注凭证. */
    @Requires(Permission.ENDORSE)
    public PermitStep endorse(Operator op, String permitId) {
        op.require(Permission.ENDORSE);
        Actor actor = actor(op, PermitAction.ENDORSE);
        return s.tx.inTransaction(() -> {
            PermitSteps.Loaded l = s.load(permitId);
            refuseWhenRegistrationEnded(l.personId());
            step(() -> l.permit().endorse(actor, s.clock));
            boolean late = l.permit().endorsements().get(l.permit().endorsements().size() - 1).late();
            PermitSummary summary = s.commit(op, l, AuditAction.RECORD_CHANGED, late ? "ENDORSE late" : "ENDORSE",
                    EventType.PERMIT_ENDORSED);
            return PermitStep.of(summary, s.documents.endorsementRecord(l.subject(s.station().name()), op));
        });
    }

    /**
     * ADR 0172: an endorsement confirms a year of residence, so it needs a live registration (any address of this
     * station: a re-registration keeps it). Otherwise the message names the day and reason the last one ended.
     */
    private void refuseWhenRegistrationEnded(long personId) {
        if (s.registrations.findActiveForPerson(personId).isPresent()) {
            return;
        }
        ResidenceRegistration ended = s.registrations.registrationsOfPerson(personId).stream()
                .filter(r -> r.endDate() != null)
                .max(Comparator.comparing(ResidenceRegistration::endDate).thenComparing(ResidenceRegistration::id))
                .orElseThrow(() -> Violations.failure("form", "permit.service.noActiveRegistration"));
        throw Violations.failure("form", "permit.service.registrationEnded", ended.endDate(),
                Problems.message(ended.endReason().messageKey()));
    }

    /**
     * Daily job: suspends every issued permit whose anniversary passed unendorsed, in batches of one
     * transaction each. Audited as the system; no platform event (ADR 0074). Returns how many changed.
     */
    @NoOperator("the daily lapse job of the station itself (audited as the system); only the composition root and demo data call it (ArchitectureTest)")
    public int refreshLapses() {
        LocalDate today = s.today();
        int changed = 0;
        Set<String> skipped = new HashSet<>();
        while (true) {
            List<String> ids = s.tx.readOnly(() -> s.permits.issuedLapsedBy(today, LAPSE_BATCH + skipped.size()))
                    .stream().filter(id -> !skipped.contains(id)).toList();
            if (ids.isEmpty()) {
                return changed;
            }
            for (String id : ids) {
                boolean suspended;
                try {
                    suspended = s.tx.inTransaction(() -> {
                        PermitSteps.Loaded l = s.load(id);
                        if (!l.permit().refreshLapse(s.clock)) {
                            return false;
                        }
                        s.permits.save(l.permit(), l.personId());
                        s.audit.append(new AuditRecord(Actor.SYSTEM.login(), AuditAction.RECORD_CHANGED, AGGREGATE,
                                id, "LAPSE"));
                        return true;
                    });
                } catch (ConcurrentChangeException otherCounter) {
                    // another counter PC is handling this permit right now; the next round sees its result
                    suspended = false;
                }
                if (suspended) {
                    changed++;
                } else {
                    // endorsed or suspended meanwhile (e.g. by another counter): nothing to do, never loop on it
                    skipped.add(id);
                }
            }
        }
    }

    /** 换领: old card handed back, fee recorded; the permit goes back to the print queue. */
    @Requires(Permission.PERMIT_CHANGE)
    public PermitStep replace(Operator op, String permitId, boolean oldCardReturned) {
        op.require(Permission.PERMIT_CHANGE);
        Actor actor = actor(op, PermitAction.REPLACE);
        return s.tx.inTransaction(() -> {
            PermitSteps.Loaded l = s.load(permitId);
            step(() -> l.permit().replace(oldCardReturned, s.policy, actor, s.clock));
            return PermitStep.of(s.commit(op, l, AuditAction.RECORD_CHANGED, "REPLACE", EventType.PERMIT_REPLACED));
        });
    }

    /** 补领: lost card, fee recorded; a lost-card print follows. */
    @Requires(Permission.PERMIT_CHANGE)
    public PermitStep reissue(Operator op, String permitId) {
        op.require(Permission.PERMIT_CHANGE);
        Actor actor = actor(op, PermitAction.REISSUE);
        return s.tx.inTransaction(() -> {
            PermitSteps.Loaded l = s.load(permitId);
            step(() -> l.permit().reissue(s.policy, actor, s.clock));
            return PermitStep.of(s.commit(op, l, AuditAction.RECORD_CHANGED, "REISSUE", EventType.PERMIT_REPLACED));
        });
    }

    /** 注销 with its reason (and a note for "other"). */
    @Requires(Permission.PERMIT_CHANGE)
    public PermitStep cancel(Operator op, String permitId, CancellationReason reason, String note) {
        op.require(Permission.PERMIT_CHANGE);
        Actor actor = actor(op, PermitAction.CANCEL);
        if (reason == null) {
            throw Violations.failure("reason", "permit.service.reasonRequired");
        }
        return s.tx.inTransaction(() -> {
            PermitSteps.Loaded l = s.load(permitId);
            step(() -> l.permit().cancel(reason, note, actor, s.clock));
            return PermitStep.of(s.commit(op, l, AuditAction.RECORD_CANCELLED, "CANCEL " + reason.name(),
                    EventType.PERMIT_CANCELLED));
        });
    }
}

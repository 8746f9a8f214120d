package org.residencedesk.service.permit;

import org.residencedesk.service.Requires;
import org.residencedesk.domain.account.Permission;
import static org.residencedesk.service.permit.PermitSteps.actor;
import static org.residencedesk.service.permit.PermitSteps.step;

import java.time.Clock;
import org.residencedesk.domain.audit.AuditAction;
import org.residencedesk.domain.masterdata.MasterData;
import org.residencedesk.domain.outbox.EventType;
import org.residencedesk.domain.permit.Actor;
import org.residencedesk.domain.permit.Handover;
import org.residencedesk.domain.permit.PermitAction;
import org.residencedesk.domain.permit.PermitApplication;
import org.residencedesk.domain.permit.PermitPolicy;
import org.residencedesk.domain.permit.PrintRequest;
import org.residencedesk.domain.permit.PrintType;
import org.residencedesk.domain.station.Station;
import org.residencedesk.port.AuditLog;
import org.residencedesk.port.Counters;
import org.residencedesk.port.FormCodec;
import org.residencedesk.port.Outbox;
import org.residencedesk.port.PermitRepository;
import org.residencedesk.port.PermitSummary;
import org.residencedesk.port.RegistrationRepository;
import org.residencedesk.port.StationRepository;
import org.residencedesk.port.Transactions;
import org.residencedesk.port.printing.PrintDocument;
import org.residencedesk.port.printing.PrintOutcome;
import org.residencedesk.service.Operator;

/**
 * 制证/发放 stage of the 居住证 (ADR 0110): preparing the card ({@link CardPrintJob}), recording it as
 * printed once the printer succeeded, and the 发证 handover to the holder or a collector.
 */
public final class CardProductionService {
    private final PermitSteps s;

    public CardProductionService(Transactions tx, PermitRepository permits, RegistrationRepository registrations,
                                 StationRepository stations, AuditLog audit, Outbox outbox, Counters counters,
                                 FormCodec codec, MasterData masterData, PermitPolicy policy, Clock clock) {
        this(new PermitSteps(tx, permits, registrations, stations, audit, outbox, counters, codec, masterData,
                policy, clock));
    }

    private CardProductionService(PermitSteps steps) {
        this.s = steps;
    }

    /** The same service on another clock (demo data that replays years of steps). */
    CardProductionService withClock(Clock other) {
        return new CardProductionService(s.withClock(other));
    }

    /** The print type the next card of this permit starts with (遗失补打 in a 补领 cycle), for the print screen. */
    public static PrintType firstPrintTypeOf(PermitApplication permit) {
        return permit.printCycle().firstPrintType();
    }

    /**
     * Prepares the card (ADR 0072): checks the step on a copy, fixes the permit number and returns the
     * PERMIT_CARD document. Nothing changes status until {@link #markPrinted} gets a successful outcome.
     * A new permit's number is drawn once and reserved, so a failed print reuses it; later cycles and
     * reprints keep the permit's number.
     */
    @Requires(Permission.CARD_PRINT)
    public CardPrintJob print(Operator op, String permitId, PrintSpec spec) {
        op.require(Permission.CARD_PRINT);
        Actor actor = actor(op, PermitAction.PRINT);
        return s.tx.inTransaction(() -> {
            PermitSteps.Loaded l = s.load(permitId);
            PermitApplication a = l.permit();
            Actor authoriser = spec.authorisedBy() == null ? null
                    : new Actor(spec.authorisedBy().login(), spec.authorisedBy().roles());
            // 签发机关 is the station's public-security authority, never its own name (ADR 0168)
            String issuingAuthority = s.station().issuingAuthority()
                    .orElseThrow(() -> Violations.failure("form", "permit.service.issuingAuthorityMissing"));
            String trial = a.permitNumber().orElse("0".repeat(s.policy.permitNumberFormat().length()));
            step(() -> s.copy(permitId).print(new PrintRequest(spec.type(), trial, spec.reason(), authoriser),
                    s.policy, actor, s.clock));
            String number = a.permitNumber().orElseGet(() -> s.permits.reservedPermitNumber(permitId)
                    .orElseGet(() -> reserveNumber(permitId)));
            PrintRequest request = new PrintRequest(spec.type(), number, spec.reason(), authoriser);
            Station station = s.station();
            PrintDocument card = s.documents.card(l.subject(station.name()), op, request, issuingAuthority);
            return new CardPrintJob(permitId, request, card, a.history().size());
        });
    }

    private String reserveNumber(String permitId) {
        int year = s.today().getYear();
        String number = s.drawNumber(s.policy.permitNumberFormat(), s.station(), PermitSteps.permitNumberCounter(year),
                year);
        s.permits.reservePermitNumber(permitId, number);
        return number;
    }

    /**
     * Records the printed card once the printer accepted the job (PrintOutcome.succeeded()); a failed
     * outcome changes nothing and its message comes back for the clerk.
     */
    @Requires(Permission.CARD_PRINT)
    public PermitStep markPrinted(Operator op, CardPrintJob job, PrintOutcome outcome) {
        op.require(Permission.CARD_PRINT);
        Actor actor = actor(op, PermitAction.PRINT);
        if (!outcome.succeeded()) {
            throw Violations.failure("form", "permit.service.printFailed", outcome.message());
        }
        return s.tx.inTransaction(() -> {
            PermitSteps.Loaded l = s.load(job.permitId());
            if (l.permit().history().size() != job.expectedVersion()) {
                throw Violations.failure("form", "permit.service.printJobStale");
            }
            step(() -> l.permit().print(job.request(), s.policy, actor, s.clock));
            String detail = "PRINT " + job.request().type() + " printer=" + outcome.printerName()
                    + (job.request().authorisedBy() == null ? "" : " authorisedBy=" + job.request().authorisedBy().login());
            return PermitStep.of(s.commit(op, l, AuditAction.RECORD_CHANGED, detail, EventType.PERMIT_PRINTED));
        });
    }

    /** 发证 to the holder ({@link Handover#holder()}) or a collector; returns the 领取回执. */
    @Requires(Permission.CARD_ISSUE)
    public PermitStep issue(Operator op, String permitId, Handover handover) {
        op.require(Permission.CARD_ISSUE);
        Actor actor = actor(op, PermitAction.ISSUE);
        return s.tx.inTransaction(() -> {
            PermitSteps.Loaded l = s.load(permitId);
            step(() -> l.permit().issue(handover, actor, s.clock));
            PermitSummary summary = s.commit(op, l, AuditAction.RECORD_CHANGED,
                    handover != null && handover.byHolder() ? "ISSUE holder" : "ISSUE collector", EventType.PERMIT_ISSUED);
            return PermitStep.of(summary, s.documents.issuanceReceipt(l.subject(s.station().name()), op));
        });
    }
}

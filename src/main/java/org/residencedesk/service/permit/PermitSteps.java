package org.residencedesk.service.permit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.residencedesk.domain.audit.AuditAction;
import org.residencedesk.domain.audit.AuditRecord;
import org.residencedesk.domain.form.FormValues;
import org.residencedesk.domain.masterdata.MasterData;
import org.residencedesk.domain.outbox.EventType;
import org.residencedesk.domain.outbox.PendingEvent;
import org.residencedesk.domain.permit.Actor;
import org.residencedesk.domain.permit.PermitAction;
import org.residencedesk.domain.permit.PermitApplication;
import org.residencedesk.domain.permit.PermitNumberFormat;
import org.residencedesk.domain.permit.PermitPolicy;
import org.residencedesk.domain.permit.PermitRuleViolation;
import org.residencedesk.domain.registration.ResidenceRegistration;
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
import org.residencedesk.service.Operator;
import org.residencedesk.service.PermissionDenied;

/**
 * The machinery every permit stage service shares (ADR 0110): the ports, the permission check, loading a
 * permit with its registration, the common tail of a transition (save + audit entry + outbox event, in the
 * caller's transaction), number drawing and the clock. Package-private: callers only see the stage services.
 */
final class PermitSteps {
    static final String AGGREGATE = "PERMIT";

    /** Gapless per year; forms the acceptance number with the station code (ADR 0073). */
    static String acceptanceCounter(int year) {
        return "permit-acceptance-" + year;
    }

    static String permitNumberCounter(int year) {
        return "permit-number-" + year;
    }

    final Transactions tx;
    final PermitRepository permits;
    final RegistrationRepository registrations;
    final StationRepository stations;
    final AuditLog audit;
    final Outbox outbox;
    final Counters counters;
    final FormCodec codec;
    final MasterData masterData;
    final PermitPolicy policy;
    final Clock clock;
    final PermitDocuments documents;

    PermitSteps(Transactions tx, PermitRepository permits, RegistrationRepository registrations,
                StationRepository stations, AuditLog audit, Outbox outbox, Counters counters, FormCodec codec,
                MasterData masterData, PermitPolicy policy, Clock clock) {
        this.tx = tx;
        this.permits = permits;
        this.registrations = registrations;
        this.stations = stations;
        this.audit = audit;
        this.outbox = outbox;
        this.counters = counters;
        this.codec = codec;
        this.masterData = masterData;
        this.policy = policy;
        this.clock = clock;
        this.documents = new PermitDocuments(masterData, policy, clock);
    }

    /** The same machinery on another clock (demo data that replays years of steps). */
    PermitSteps withClock(Clock other) {
        return new PermitSteps(tx, permits, registrations, stations, audit, outbox, counters, codec, masterData,
                policy, other);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The operator as a domain actor, if their roles allow the action; otherwise {@link PermissionDenied}. */
    static Actor actor(Operator op, PermitAction action) {
        Actor actor = new Actor(op.login(), op.roles());
        if (!actor.mayTake(action)) {
            throw new PermissionDenied();
        }
        return actor;
    }

    /** Runs a domain step; a broken rule becomes a Chinese {@code ValidationFailure}. */
    static void step(Runnable domainStep) {
        try {
            domainStep.run();
        } catch (PermitRuleViolation v) {
            throw Violations.toFailure(v);
        }
    }

    static <T> T step(Supplier<T> domainStep) {
        try {
            return domainStep.get();
        } catch (PermitRuleViolation v) {
            throw Violations.toFailure(v);
        }
    }

    /** Saves, audits and queues the event: the common tail of every transition. */
    PermitSummary commit(Operator op, Loaded l, AuditAction action, String detail, EventType event) {
        return commit(op.login(), l, action, detail, event);
    }

    PermitSummary commit(String login, Loaded l, AuditAction action, String detail, EventType event) {
        permits.save(l.permit(), l.personId());
        audit.append(new AuditRecord(login, action, AGGREGATE, l.permit().id(), detail));
        PermitSummary s = permits.summary(l.permit().id()).orElseThrow();
        outbox.append(new PendingEvent(event, login, AGGREGATE, l.permit().id(),
                PermitPayload.of(l.permit(), s, l.registration(), policy)));
        return s;
    }

    Loaded load(String permitId) {
        PermitApplication a = permits.find(permitId)
                .orElseThrow(() -> Violations.failure("form", "permit.service.notFound"));
        PermitSummary s = permits.summary(permitId).orElseThrow();
        ResidenceRegistration reg = registrations.findById(s.registrationId()).orElseThrow();
        return new Loaded(a, s.personId(), reg, codec.fromJson(reg.formJson()));
    }

    /** A separate instance of the stored permit, for trying a step without touching the real one. */
    PermitApplication copy(String permitId) {
        return permits.find(permitId).orElseThrow();
    }

    Station station() {
        return stations.find().orElseThrow(() -> new IllegalStateException("no station"));
    }

    /** Draws the next serial of {@code counter} and formats it with the station's code and the year. */
    String drawNumber(PermitNumberFormat format, Station station, String counter, int year) {
        return format.format(new PermitNumberFormat.Parts(station.code().value(), null, null, year,
                counters.next(counter)));
    }

    /** The permit, whose it is and the registration it rests on, loaded in the step's transaction. */
    record Loaded(PermitApplication permit, long personId, ResidenceRegistration registration, FormValues form) {
        PermitDocuments.Subject subject(String stationName) {
            return new PermitDocuments.Subject(permit, registration, form, stationName);
        }
    }
}

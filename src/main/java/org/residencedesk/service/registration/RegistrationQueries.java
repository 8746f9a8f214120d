package org.residencedesk.service.registration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.residencedesk.domain.audit.AuditAction;
import org.residencedesk.domain.audit.AuditRecord;
import org.residencedesk.domain.identity.IdNumber;
import org.residencedesk.domain.identity.IdNumberCheck;
import org.residencedesk.domain.identity.IdNumberParser;
import org.residencedesk.domain.permit.PermitMessages;
import org.residencedesk.domain.registration.Person;
import org.residencedesk.domain.registration.RegistrationHistoryEntry;
import org.residencedesk.domain.registration.RegistrationSummary;
import org.residencedesk.domain.registration.ResidenceRegistration;
import org.residencedesk.domain.registration.SearchKind;
import org.residencedesk.port.AuditLog;
import org.residencedesk.port.FormCodec;
import org.residencedesk.port.PermitRepository;
import org.residencedesk.port.PermitSummary;
import org.residencedesk.port.RegistrationRepository;
import org.residencedesk.port.Transactions;
import org.residencedesk.service.Operator;

/**
 * The read side of {@link RegistrationService}, which delegates to it (the contracts are documented
 * there): look-ups by ID number, open, search and the person timeline. Every look at a person's data is
 * audited inside the transaction that reads it.
 */
final class RegistrationQueries {
    private final Transactions tx;
    private final RegistrationRepository registrations;
    private final PermitRepository permits;
    private final AuditLog audit;
    private final FormCodec codec;
    private final IdNumberParser idParser;

    RegistrationQueries(Transactions tx, RegistrationRepository registrations, PermitRepository permits,
                        AuditLog audit, FormCodec codec, IdNumberParser idParser) {
        this.tx = tx;
        this.registrations = registrations;
        this.permits = permits;
        this.audit = audit;
        this.codec = codec;
        this.idParser = idParser;
    }

    /** A look-up by a full ID number that finds someone is audited like a search (who, not what was typed). */
    Optional<RegistrationSummary> activeRegistrationOf(Operator op, String rawIdNumber) {
        IdNumberCheck check = idParser.check(rawIdNumber);
        if (!check.valid()) {
            return Optional.empty();
        }
        return tx.inTransaction(() -> {
            Optional<RegistrationSummary> found = registrations.personIdByIdNumber(check.normalized())
                    .flatMap(registrations::findActiveForPerson)
                    .map(RegistrationQueries::summary);
            found.ifPresent(s -> audit.append(new AuditRecord(op.login(), AuditAction.RECORD_SEARCHED,
                    RegistrationService.AGGREGATE, s.registrationNumber(), "kind=ID_NUMBER,lookup")));
            return found;
        });
    }

    /** Not audited: only the internal id leaves this method. */
    Optional<Long> personIdOf(String rawIdNumber) {
        IdNumberCheck check = idParser.check(rawIdNumber);
        if (!check.valid()) {
            return Optional.empty();
        }
        return tx.readOnly(() -> registrations.personIdByIdNumber(check.normalized()));
    }

    RegistrationDetails open(Operator op, long registrationId) {
        return tx.inTransaction(() -> {
            ResidenceRegistration reg = registrations.findById(registrationId)
                    .orElseThrow(() -> RegistrationService.invalid("form", "registration.notFound"));
            audit.append(AuditRecord.of(op.login(), AuditAction.RECORD_VIEWED, RegistrationService.AGGREGATE,
                    reg.registrationNumber()));
            return new RegistrationDetails(summary(reg), reg.version(), codec.fromJson(reg.formJson()),
                    reg.endReason(), reg.endDate());
        });
    }

    Optional<RegistrationSummary> currentRegistrationOf(Operator op, long personId) {
        return tx.inTransaction(() -> {
            Optional<RegistrationSummary> found = registrations.findActiveForPerson(personId)
                    .or(() -> registrations.registrationsOfPerson(personId).stream()
                            .max(Comparator.comparing(ResidenceRegistration::registeredOn)
                                    .thenComparing(ResidenceRegistration::id)))
                    .map(RegistrationQueries::summary);
            found.ifPresent(s -> audit.append(new AuditRecord(op.login(), AuditAction.RECORD_SEARCHED,
                    RegistrationService.AGGREGATE, s.registrationNumber(), "kind=PERSON,lookup")));
            return found;
        });
    }

    String revealIdNumber(Operator op, long registrationId) {
        return tx.inTransaction(() -> {
            ResidenceRegistration reg = registrations.findById(registrationId)
                    .orElseThrow(() -> RegistrationService.invalid("form", "registration.notFound"));
            audit.append(new AuditRecord(op.login(), AuditAction.RECORD_VIEWED, RegistrationService.AGGREGATE,
                    reg.registrationNumber(), "idNumberRevealed"));
            return reg.person().idNumber();
        });
    }

    SearchPage search(Operator op, String text, SearchKind kind, int page, int pageSize) {
        if (text == null || text.isBlank()) {
            return new SearchPage(List.of(), page, false);
        }
        SearchKind k = kind == null ? SearchKind.guess(text) : kind;
        String query = k == SearchKind.ID_NUMBER ? normalizedOrRaw(text) : text;
        return tx.inTransaction(() -> {
            List<RegistrationSummary> rows = registrations.search(k, query, page * pageSize, pageSize + 1);
            boolean more = rows.size() > pageSize;
            List<RegistrationSummary> items = rows.stream().limit(pageSize).toList();
            // who looked people up is audited; what was typed (a name, an ID number) is not stored
            audit.append(new AuditRecord(op.login(), AuditAction.RECORD_SEARCHED, RegistrationService.AGGREGATE,
                    null, "kind=" + k + ",page=" + page + ",rows=" + items.size()));
            return new SearchPage(items, page, more);
        });
    }

    List<TimelineEntry> timeline(Operator op, long personId) {
        return tx.inTransaction(() -> {
            Person person = registrations.findPerson(personId)
                    .orElseThrow(() -> RegistrationService.invalid("form", "registration.notFound"));
            audit.append(AuditRecord.of(op.login(), AuditAction.RECORD_VIEWED, "PERSON", Long.toString(person.id())));
            Map<Long, String> numbers = new LinkedHashMap<>();
            registrations.registrationsOfPerson(personId).forEach(r -> numbers.put(r.id(), r.registrationNumber()));
            List<TimelineEntry> out = new ArrayList<>();
            for (RegistrationHistoryEntry h : registrations.historyOfPerson(personId)) {
                out.add(new TimelineEntry(h.occurredAt(), h.kind().name(), numbers.get(h.registrationId()),
                        h.summary(), h.operator()));
            }
            for (PermitSummary s : permits.ofPerson(personId)) {
                permits.find(s.id()).ifPresent(p -> p.history().forEach(t -> out.add(new TimelineEntry(t.at(),
                        "PERMIT", s.permitNumber() != null ? s.permitNumber() : s.acceptanceNumber(),
                        PermitMessages.label(t.action()), t.actorLogin()))));
            }
            out.sort(Comparator.comparing(TimelineEntry::at).reversed());
            return out;
        });
    }

    private String normalizedOrRaw(String text) {
        IdNumberCheck check = idParser.check(text);
        return check.normalized() != null ? check.normalized() : text.strip();
    }

    private static RegistrationSummary summary(ResidenceRegistration r) {
        Person p = r.person();
        return new RegistrationSummary(r.id(), p.id(), r.registrationNumber(), p.name(),
                IdNumber.mask(p.idNumber()), p.sex(), p.mobile(), r.addressText(), r.status(), r.registeredOn(),
                r.lateRegistration());
    }
}

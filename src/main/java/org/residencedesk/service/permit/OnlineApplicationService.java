package org.residencedesk.service.permit;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.residencedesk.domain.account.Permission;
import org.residencedesk.domain.audit.AuditAction;
import org.residencedesk.domain.audit.AuditRecord;
import org.residencedesk.domain.form.FormValues;
import org.residencedesk.domain.identity.IdNumber;
import org.residencedesk.domain.online.OnlineApplication;
import org.residencedesk.domain.online.OnlineKind;
import org.residencedesk.domain.online.OnlineStatus;
import org.residencedesk.domain.permit.MaterialKind;
import org.residencedesk.domain.permit.PermitBasis;
import org.residencedesk.domain.permit.Representation;
import org.residencedesk.port.AuditLog;
import org.residencedesk.port.FormCodec;
import org.residencedesk.port.PermitRepository;
import org.residencedesk.port.Transactions;
import org.residencedesk.service.Operator;
import org.residencedesk.service.Requires;

/**
 * 互联网申办 (ADR 0075): pre-applications from the platform wait in a queue; when the resident comes,
 * the swiped ID card must match, then staff turn the pre-application into the registration form
 * (the registration screen saves it) or straight into a permit application.
 */
public final class OnlineApplicationService {
    static final String AGGREGATE = "ONLINE_APPLICATION";

    private final Transactions tx;
    private final PermitRepository repository;
    private final AuditLog audit;
    private final FormCodec codec;
    private final PermitApplicationService permits;
    private final Clock clock;

    public OnlineApplicationService(Transactions tx, PermitRepository repository, AuditLog audit, FormCodec codec,
                                    PermitApplicationService permits, Clock clock) {
        this.tx = tx;
        this.repository = repository;
        this.audit = audit;
        this.codec = codec;
        this.permits = permits;
        this.clock = clock;
    }

    /**
     * Stores a pre-application from the inbox; the same {@code platformRef} again returns the stored one.
     * Unreadable form JSON is refused before anything is stored. Not public: platform results enter only
     * through {@link PlatformIntake} (docs/decisions/0151).
     */
    long enqueueOnlineApplication(OnlineSubmission s) {
        readable(s.formJson());
        return tx.inTransaction(() -> repository.findOnlineByPlatformRef(s.platformRef()).map(OnlineApplication::id)
                .orElseGet(() -> {
                    OnlineApplication a = new OnlineApplication(s.platformRef(), s.kind(),
                            s.idNumber().strip().toUpperCase(Locale.ROOT), s.name().strip(), s.formJson(),
                            s.receivedAt());
                    repository.saveOnline(a);
                    audit.append(new AuditRecord("platform", AuditAction.RECORD_CREATED, AGGREGATE,
                            Long.toString(a.id()), s.kind().name()));
                    return a.id();
                }));
    }

    /** Open pre-applications (pending or verified), oldest first. */
    @Requires(Permission.ONLINE_HANDLE)
    public List<OnlineItem> pendingOnlineApplications(Operator op, int page, int pageSize) {
        op.require(Permission.ONLINE_HANDLE);
        return tx.readOnly(() -> repository.pendingOnline(page * pageSize, pageSize).stream()
                .map(a -> new OnlineItem(a.id(), a.kind(), a.name(), IdNumber.mask(a.idNumber()), a.receivedAt(),
                        a.status())).toList());
    }

    /**
     * The resident's swiped card ({@code idNumber} and {@code name} as read from the chip) must match
     * the pre-application; a mismatch is refused and audited, nothing else changes.
     */
    @Requires(Permission.ONLINE_HANDLE)
    public void verifyIdentity(Operator op, long onlineId, String idNumber, String name) {
        op.require(Permission.ONLINE_HANDLE);
        boolean matched = tx.inTransaction(() -> {
            OnlineApplication a = open(onlineId);
            boolean same = idNumber != null && name != null
                    && a.idNumber().equals(idNumber.strip().toUpperCase(Locale.ROOT)) && a.name().equals(name.strip());
            audit.append(new AuditRecord(op.login(), AuditAction.RECORD_CHANGED, AGGREGATE, Long.toString(onlineId),
                    same ? "IDENTITY_VERIFIED" : "IDENTITY_MISMATCH"));
            if (same) {
                a.verified(op.login(), clock.instant());
            }
            return same;
        });
        if (!matched) {
            throw Violations.failure("idNumber", "permit.service.online.identityMismatch");
        }
    }

    /**
     * The registration form pre-filled with what the resident typed online, identity fields as verified.
     * The registration screen shows it and saves through RegistrationService; then {@link #markDone}.
     */
    @Requires(Permission.ONLINE_HANDLE)
    public FormValues convertToRegistration(Operator op, long onlineId) {
        op.require(Permission.ONLINE_HANDLE);
        return tx.inTransaction(() -> {
            OnlineApplication a = verified(onlineId, OnlineKind.REGISTRATION);
            audit.append(new AuditRecord(op.login(), AuditAction.RECORD_VIEWED, AGGREGATE, Long.toString(onlineId),
                    "CONVERT_REGISTRATION"));
            return codec.fromJson(a.formJson()).toBuilder().set("idNumber", a.idNumber()).set("name", a.name())
                    .set("channel", "online").build();
        });
    }

    /**
     * Submits the permit application for the person's active registration with the basis and
     * representation chosen online and the documents presented at the counter; closes the
     * pre-application in the same transaction.
     */
    @Requires(Permission.ONLINE_HANDLE)
    public PermitStep convertToPermitApplication(Operator op, long onlineId, long personId,
                                                 java.util.Set<MaterialKind> presented) {
        op.require(Permission.ONLINE_HANDLE);
        return tx.inTransaction(() -> {
            OnlineApplication a = verified(onlineId, OnlineKind.PERMIT);
            ApplicationRequest request = requestOf(a, presented);
            PermitStep step = permits.submit(op, personId, request);
            a.done(op.login(), clock.instant(), step.permit().id());
            audit.append(new AuditRecord(op.login(), AuditAction.RECORD_CHANGED, AGGREGATE, Long.toString(onlineId),
                    "DONE permit"));
            return step;
        });
    }

    /**
     * What a verified permit pre-application asks for (basis, representation, 行动不便; no materials yet),
     * so the counter shows the checklist the conversion will be judged by. Read-only.
     */
    @Requires(Permission.ONLINE_HANDLE)
    public ApplicationRequest permitRequestOf(Operator op, long onlineId) {
        op.require(Permission.ONLINE_HANDLE);
        return tx.readOnly(() -> requestOf(verified(onlineId, OnlineKind.PERMIT), java.util.Set.of()));
    }

    private ApplicationRequest requestOf(OnlineApplication a, java.util.Set<MaterialKind> presented) {
        FormValues v = codec.fromJson(a.formJson());
        return new ApplicationRequest(enumOrNull(PermitBasis.class, v.get("basis")),
                enumOrNull(Representation.class, v.get("representation")),
                Boolean.parseBoolean(v.get("limitedMobility")), presented);
    }

    /** Closes a verified pre-application after its registration was saved ({@code note}: e.g. the registration number). */
    @Requires(Permission.ONLINE_HANDLE)
    public void markDone(Operator op, long onlineId, String note) {
        op.require(Permission.ONLINE_HANDLE);
        tx.run(() -> {
            OnlineApplication a = open(onlineId);
            if (a.status() != OnlineStatus.VERIFIED) {
                throw Violations.failure("form", "permit.service.online.notVerified");
            }
            a.done(op.login(), clock.instant(), note);
            audit.append(new AuditRecord(op.login(), AuditAction.RECORD_CHANGED, AGGREGATE, Long.toString(onlineId),
                    "DONE"));
        });
    }

    /** Refuses a pre-application (resident did not come, data wrong ...) with a short reason. */
    @Requires(Permission.ONLINE_HANDLE)
    public void reject(Operator op, long onlineId, String reason) {
        op.require(Permission.ONLINE_HANDLE);
        if (reason == null || reason.isBlank()) {
            throw Violations.failure("reason", "permit.service.online.reasonRequired");
        }
        tx.run(() -> {
            OnlineApplication a = open(onlineId);
            a.rejected(op.login(), clock.instant(), reason.strip());
            audit.append(new AuditRecord(op.login(), AuditAction.RECORD_CANCELLED, AGGREGATE, Long.toString(onlineId),
                    "REJECTED"));
        });
    }

    private OnlineApplication open(long onlineId) {
        OnlineApplication a = repository.findOnline(onlineId)
                .orElseThrow(() -> Violations.failure("form", "permit.service.online.notFound"));
        if (!a.status().isOpen()) {
            throw Violations.failure("form", "permit.service.online.closed");
        }
        return a;
    }

    private OnlineApplication verified(long onlineId, OnlineKind kind) {
        OnlineApplication a = open(onlineId);
        if (a.status() != OnlineStatus.VERIFIED) {
            throw Violations.failure("form", "permit.service.online.notVerified");
        }
        if (a.kind() != kind) {
            throw Violations.failure("form", "permit.service.online.wrongKind");
        }
        return a;
    }

    private void readable(String formJson) {
        try {
            codec.fromJson(formJson);
        } catch (RuntimeException e) {
            throw Violations.failure("form", "permit.service.online.unreadable");
        }
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

package org.residencedesk.domain.audit;

/**
 * What a service asks the audit log to remember. {@code detail} names fields and reasons, never the
 * personal values themselves (the audit log is shown to administrators and exported).
 */
public record AuditRecord(String actor, AuditAction action, String targetType, String targetId, String detail) {
    public static AuditRecord of(String actor, AuditAction action, String targetType, String targetId) {
        return new AuditRecord(actor, action, targetType, targetId, null);
    }
}

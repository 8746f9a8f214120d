package org.residencedesk.domain.audit;

import java.time.Instant;

/** A stored audit entry; {@code hash} chains it to the entry before, so edits and deletions show. */
public record AuditEntry(long seq, Instant occurredAt, String actor, AuditAction action, String targetType,
                         String targetId, String detail, String previousHash, String hash) {
}

package org.residencedesk.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.residencedesk.domain.audit.AuditEntry;
import org.residencedesk.domain.audit.AuditRecord;

/**
 * Append-only log of who did or saw what, chained by an HMAC whose key is not in the database
 * (docs/decisions/0138). Appends join the caller's transaction; every other method needs one too.
 */
public interface AuditLog {
    AuditEntry append(AuditRecord record);

    /** Newest first; for the audit viewer and tests. */
    List<AuditEntry> latest(int limit);

    /** Oldest first: entries in {@code [from, to)}, of one actor when {@code actor} is not null. */
    List<AuditEntry> between(Instant from, Instant to, String actor);

    long count();

    /** Walks the whole chain; the first broken link's seq, or -1 when intact. */
    default long firstBrokenLink() {
        return walk().firstBroken();
    }

    /** Walks the whole chain with the key: rows present and the first broken link (-1 when intact). */
    ChainWalk walk();

    /** The newest stored entry's seq and hash, as stored (not verified); empty while the log is empty. */
    Optional<ChainHead> head();

    /** The stored hash of entry {@code seq}, if the row exists. */
    Optional<String> hashAt(long seq);

    /** True once the chain is keyed; false for a database whose entries still carry the old unkeyed SHA-256 chain. */
    boolean keyed();

    /**
     * Re-chains every entry of a database still chained by unkeyed SHA-256 with the keyed HMAC, after walking
     * the old chain; records that the chain is keyed. Joins the caller's transaction.
     */
    LegacyChain keyLegacyChain();

    record ChainWalk(long entries, long firstBroken) {
    }

    record ChainHead(long seq, String hash) {
    }

    /** What the unkeyed chain looked like when it was keyed: its length and first broken link (-1 intact). */
    record LegacyChain(long entries, long firstBroken) {
    }
}

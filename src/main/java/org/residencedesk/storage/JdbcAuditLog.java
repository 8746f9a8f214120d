package org.residencedesk.storage;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.residencedesk.domain.audit.AuditAction;
import org.residencedesk.domain.audit.AuditEntry;
import org.residencedesk.domain.audit.AuditRecord;
import org.residencedesk.port.AuditLog;

/**
 * Audit entries numbered by the gapless 'audit' counter and chained by HMAC-SHA256 under a key derived
 * from the station secret (label {@code audit-chain}), which is not in the database: each hash covers the
 * entry's fields and the previous hash, so a changed, inserted or deleted row breaks the chain from there
 * on, and whoever edits rows cannot compute a matching hash without the key (docs/decisions/0138).
 * Databases from before carry an unkeyed SHA-256 chain until {@link #keyLegacyChain()} re-chains them.
 */
public final class JdbcAuditLog implements AuditLog {
    static final String GENESIS_HASH = "0".repeat(64);
    static final String ALGORITHM = "HMAC-SHA256";
    private static final String COLUMNS =
            "SEQ, OCCURRED_AT, ACTOR, AUDIT_ACTION, TARGET_TYPE, TARGET_ID, DETAIL, PREV_HASH, HASH";

    private final CurrentSession sessions;
    private final SequenceCounters counters;
    private final Clock clock;
    private final SecretKeySpec key;
    /** One initialised Mac per thread: looking the algorithm up and keying it cost more than the hash (ADR 0383). */
    private final ThreadLocal<Mac> macs;

    /** @param chainKey the 32-byte key from {@code SecretDerivation.derive(secret, "audit-chain")}; copied */
    public JdbcAuditLog(CurrentSession sessions, SequenceCounters counters, Clock clock, byte[] chainKey) {
        this.sessions = sessions;
        this.counters = counters;
        this.clock = clock;
        this.key = new SecretKeySpec(chainKey.clone(), "HmacSHA256");
        this.macs = ThreadLocal.withInitial(() -> keyedMac(key));
    }

    @Override
    public AuditEntry append(AuditRecord r) {
        long seq = counters.next("audit");
        // Millisecond precision: what Derby keeps is exactly what was hashed.
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return sessions.session().doReturningWork(c -> {
            String prev = seq == 1 ? GENESIS_HASH : hashOf(c, seq - 1);
            String hash = chainHash(macs.get(), prev, seq, at, r.actor(), r.action(), r.targetType(), r.targetId(),
                    r.detail());
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO AUDIT_ENTRY (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setLong(1, seq);
                UtcTimestamps.set(ps, 2, at);
                ps.setString(3, r.actor());
                ps.setString(4, r.action().name());
                ps.setString(5, r.targetType());
                ps.setString(6, r.targetId());
                ps.setString(7, r.detail());
                ps.setString(8, prev);
                ps.setString(9, hash);
                ps.executeUpdate();
            }
            sessions.auditAppended(seq, hash); // the commit witness names it after the commit (ADR 0363)
            return new AuditEntry(seq, at, r.actor(), r.action(), r.targetType(), r.targetId(), r.detail(), prev, hash);
        });
    }

    private static String hashOf(Connection c, long seq) throws SQLException {
        return storedHash(c, seq).orElseThrow(() -> new SQLException("audit chain is missing entry " + seq));
    }

    private static Optional<String> storedHash(Connection c, long seq) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT HASH FROM AUDIT_ENTRY WHERE SEQ = ?")) {
            ps.setLong(1, seq);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    @Override
    public List<AuditEntry> latest(int limit) {
        return sessions.session().doReturningWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT " + COLUMNS + " FROM AUDIT_ENTRY ORDER BY SEQ DESC FETCH FIRST ? ROWS ONLY")) {
                ps.setInt(1, limit);
                return readAll(ps);
            }
        });
    }

    @Override
    public List<AuditEntry> between(Instant from, Instant to, String actor) {
        return sessions.session().doReturningWork(c -> {
            String sql = "SELECT " + COLUMNS + " FROM AUDIT_ENTRY WHERE OCCURRED_AT >= ? AND OCCURRED_AT < ?"
                    + (actor == null ? "" : " AND ACTOR = ?") + " ORDER BY SEQ";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                UtcTimestamps.set(ps, 1, from);
                UtcTimestamps.set(ps, 2, to);
                if (actor != null) {
                    ps.setString(3, actor);
                }
                return readAll(ps);
            }
        });
    }

    @Override
    public long count() {
        return counters.current("audit");
    }

    @Override
    public ChainWalk walk() {
        return sessions.session().doReturningWork(c -> walk(c, true));
    }

    /** Walks the chain with the key ({@code keyed}) or with the old unkeyed SHA-256. */
    private ChainWalk walk(Connection c, boolean keyed) throws SQLException {
        String prev = GENESIS_HASH;
        long expectedSeq = 1;
        long rows = 0;
        long broken = -1;
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM AUDIT_ENTRY ORDER BY SEQ");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows++;
                if (broken >= 0) {
                    continue; // count the rest
                }
                AuditEntry e = read(rs);
                String expected = keyed
                        ? chainHash(macs.get(), prev, e.seq(), e.occurredAt(), e.actor(), e.action(), e.targetType(),
                                e.targetId(), e.detail())
                        : legacyHash(prev, e.seq(), e.occurredAt(), e.actor(), e.action(), e.targetType(),
                                e.targetId(), e.detail());
                if (e.seq() != expectedSeq || !e.previousHash().equals(prev) || !e.hash().equals(expected)) {
                    broken = expectedSeq;
                    continue;
                }
                prev = e.hash();
                expectedSeq++;
            }
        }
        if (broken < 0 && expectedSeq - 1 != counters.current("audit")) {
            broken = expectedSeq; // rows removed from the end, or the counter moved without a row
        }
        return new ChainWalk(rows, broken);
    }

    @Override
    public Optional<ChainHead> head() {
        return sessions.session().doReturningWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT SEQ, HASH FROM AUDIT_ENTRY ORDER BY SEQ DESC FETCH FIRST 1 ROWS ONLY");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new ChainHead(rs.getLong(1), rs.getString(2))) : Optional.empty();
            }
        });
    }

    @Override
    public Optional<String> hashAt(long seq) {
        return sessions.session().doReturningWork(c -> storedHash(c, seq));
    }

    @Override
    public boolean keyed() {
        return sessions.session().doReturningWork(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT ALGORITHM FROM AUDIT_CHAIN WHERE ID = 1");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() && ALGORITHM.equals(rs.getString(1));
            }
        });
    }

    @Override
    public LegacyChain keyLegacyChain() {
        return sessions.session().doReturningWork(c -> {
            ChainWalk old = walk(c, false);
            // Every row gets the keyed hash of its contents as stored, in order: a row broken before stays
            // recorded by the caller's AUDIT_CHAIN_KEYED entry, which the key then protects.
            String prev = GENESIS_HASH;
            try (PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS + " FROM AUDIT_ENTRY ORDER BY SEQ");
                 PreparedStatement update = c.prepareStatement(
                         "UPDATE AUDIT_ENTRY SET PREV_HASH = ?, HASH = ? WHERE SEQ = ?");
                 ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    AuditEntry e = read(rs);
                    String hash = chainHash(macs.get(), prev, e.seq(), e.occurredAt(), e.actor(), e.action(),
                            e.targetType(), e.targetId(), e.detail());
                    update.setString(1, prev);
                    update.setString(2, hash);
                    update.setLong(3, e.seq());
                    update.executeUpdate();
                    prev = hash;
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO AUDIT_CHAIN "
                    + "(ID, ALGORITHM, KEYED_AT, LEGACY_ENTRIES, LEGACY_BROKEN) VALUES (1, ?, ?, ?, ?)")) {
                ps.setString(1, ALGORITHM);
                UtcTimestamps.set(ps, 2, clock.instant().truncatedTo(ChronoUnit.MILLIS));
                ps.setLong(3, old.entries());
                ps.setLong(4, old.firstBroken());
                ps.executeUpdate();
            }
            return new LegacyChain(old.entries(), old.firstBroken());
        });
    }

    private static List<AuditEntry> readAll(PreparedStatement ps) throws SQLException {
        List<AuditEntry> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(read(rs));
            }
        }
        return out;
    }

    private static AuditEntry read(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getLong(1), UtcTimestamps.get(rs, 2), rs.getString(3),
                AuditAction.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getString(7),
                rs.getString(8), rs.getString(9));
    }

    private static String canonical(String prev, long seq, Instant at, String actor, AuditAction action,
                                    String targetType, String targetId, String detail) {
        return String.join("\u001f", prev, Long.toString(seq), at.toString(), actor, action.name(),
                String.valueOf(targetType), String.valueOf(targetId), String.valueOf(detail));
    }

    static String chainHash(SecretKeySpec key, String prev, long seq, Instant at, String actor, AuditAction action,
                            String targetType, String targetId, String detail) {
        return chainHash(keyedMac(key), prev, seq, at, actor, action, targetType, targetId, detail);
    }

    /** @param mac an HmacSHA256 initialised with the chain key; doFinal leaves it ready for the next entry */
    private static String chainHash(Mac mac, String prev, long seq, Instant at, String actor, AuditAction action,
                                    String targetType, String targetId, String detail) {
        return HexFormat.of().formatHex(mac.doFinal(canonical(prev, seq, at, actor, action, targetType, targetId,
                detail).getBytes(StandardCharsets.UTF_8)));
    }

    private static Mac keyedMac(SecretKeySpec key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java 17 runtime", e);
        }
    }

    /** The unkeyed chain of databases written before docs/decisions/0138; read only to re-chain them. */
    static String legacyHash(String prev, long seq, Instant at, String actor, AuditAction action,
                             String targetType, String targetId, String detail) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(canonical(prev, seq, at, actor, action, targetType,
                    targetId, detail).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}

package org.residencedesk.storage;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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
import org.residencedesk.domain.audit.AuditAction;
import org.residencedesk.domain.audit.AuditEntry;
import org.residencedesk.domain.audit.AuditRecord;
import org.residencedesk.port.AuditLog;

/**
 * Audit entries numbered by the gapless 'audit' counter and chained by SHA-256: each hash covers the
 * entry's fields and the previous hash, so a changed or deleted row breaks the chain from there on.
 */
public final class JdbcAuditLog implements AuditLog {
    static final String GENESIS_HASH = "0".repeat(64);
    private static final String COLUMNS =
            "SEQ, OCCURRED_AT, ACTOR, AUDIT_ACTION, TARGET_TYPE, TARGET_ID, DETAIL, PREV_HASH, HASH";

    private final CurrentSession sessions;
    private final SequenceCounters counters;
    private final Clock clock;

    public JdbcAuditLog(CurrentSession sessions, SequenceCounters counters, Clock clock) {
        this.sessions = sessions;
        this.counters = counters;
        this.clock = clock;
    }

    @Override
    public AuditEntry append(AuditRecord r) {
        long seq = counters.next("audit");
        // Millisecond precision: what Derby keeps is exactly what was hashed.
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return sessions.session().doReturningWork(c -> {
            String prev = seq == 1 ? GENESIS_HASH : hashOf(c, seq - 1);
            String hash = chainHash(prev, seq, at, r.actor(), r.action(), r.targetType(), r.targetId(), r.detail());
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
            return new AuditEntry(seq, at, r.actor(), r.action(), r.targetType(), r.targetId(), r.detail(), prev, hash);
        });
    }

    private static String hashOf(Connection c, long seq) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT HASH FROM AUDIT_ENTRY WHERE SEQ = ?")) {
            ps.setLong(1, seq);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("audit chain is missing entry " + seq);
                }
                return rs.getString(1);
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
    public long count() {
        return counters.current("audit");
    }

    @Override
    public long firstBrokenLink() {
        return sessions.session().doReturningWork(c -> {
            String prev = GENESIS_HASH;
            long expectedSeq = 1;
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM AUDIT_ENTRY ORDER BY SEQ");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    AuditEntry e = read(rs);
                    String expected = chainHash(prev, e.seq(), e.occurredAt(), e.actor(), e.action(),
                            e.targetType(), e.targetId(), e.detail());
                    if (e.seq() != expectedSeq || !e.previousHash().equals(prev) || !e.hash().equals(expected)) {
                        return expectedSeq;
                    }
                    prev = e.hash();
                    expectedSeq++;
                }
            }
            return expectedSeq - 1 == counters.current("audit") ? -1L : expectedSeq;
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

    static String chainHash(String prev, long seq, Instant at, String actor, AuditAction action,
                            String targetType, String targetId, String detail) {
        String canonical = String.join("\u001f", prev, Long.toString(seq), at.toString(), actor, action.name(),
                String.valueOf(targetType), String.valueOf(targetId), String.valueOf(detail));
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}

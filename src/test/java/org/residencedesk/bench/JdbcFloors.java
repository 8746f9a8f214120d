package org.residencedesk.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The floors: what plain JDBC needs for the same work on the same database in the same run. Rows it writes are
 * marked (ID numbers starting "BENCH", registration numbers "BENCH-", audit and outbox sequence numbers from
 * {@link #SEQ_BASE}, outbox status BENCH that no uploader reads, counter rows named "BENCH-floor:…") and
 * {@link #cleanUp} removes them, so a cached station stays as demo-data made it and its audit chain stays whole.
 * <p>
 * The same rows as the product's, written the same way (issue 17, docs/decisions/0384): the registration, audit and
 * outbox numbers are drawn from gapless counter rows of SEQUENCE_COUNTER (UPDATE … + 1, then SELECT the value, in the
 * transaction) and the audit row is chained (the previous row's hash read by its number, an HMAC-SHA256 over the
 * same fields under a key of the floor's own, one Mac kept initialised). Nothing else: no Hibernate, no validation, no
 * JSON made, no commit witness, statements prepared on one connection.
 */
final class JdbcFloors implements AutoCloseable {
    static final long SEQ_BASE = 9_000_000_000_000_000L;

    private final Connection c;
    private final String formJson;
    private final String payload;
    private final javax.crypto.Mac mac;

    JdbcFloors(Connection c) throws SQLException {
        this.c = c;
        cleanUp(c);
        c.setAutoCommit(false);
        this.formJson = firstString("SELECT FORM_JSON FROM RESIDENCE_REGISTRATION ORDER BY ID DESC FETCH FIRST 1 ROW ONLY",
                "{}");
        this.payload = firstString("SELECT PAYLOAD FROM OUTBOX_EVENT ORDER BY SEQ DESC FETCH FIRST 1 ROW ONLY", "{}");
        try (Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO SEQUENCE_COUNTER (NAME, LAST_VALUE) VALUES ('" + COUNTER + "audit', "
                    + SEQ_BASE + "), ('" + COUNTER + "outbox', " + SEQ_BASE + "), ('" + COUNTER + "registration', 0)");
        }
        try {
            this.mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(new byte[32], "HmacSHA256"));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        c.commit();
    }

    /** The floor's own counter rows (never the station's: its numbers stay gapless). */
    static final String COUNTER = "BENCH-floor:";

    /** The rows a registration save writes (person, registration, history, audit, outbox), one commit. */
    long saveRows(int i) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        long s = System.nanoTime();
        long person;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO PERSON (ID_NUMBER, ID_TYPE, NAME, NAME_INITIALS,"
                + " SEX, BIRTH_DATE, MOBILE, CREATED_AT, UPDATED_AT, VERSION) VALUES (?, 'RESIDENT_ID', ?, ?, '1', ?,"
                + " ?, ?, ?, 0)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, String.format("BENCH%013d", i));
            ps.setString(2, "基准测试");
            ps.setString(3, "jzcs");
            ps.setDate(4, java.sql.Date.valueOf(LocalDate.of(1985, 1, 1)));
            ps.setString(5, "13800000000");
            ps.setTimestamp(6, now);
            ps.setTimestamp(7, now);
            ps.executeUpdate();
            person = key(ps);
        }
        long registration;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO RESIDENCE_REGISTRATION (REG_NUMBER, PERSON_ID,"
                + " STATUS, RESIDENCE_DIVISION, ADDRESS_TEXT, ARRIVAL_DATE, REGISTERED_ON, REGISTERED_AT, OPERATOR,"
                + " FORM_JSON, FORM_VERSION, UPDATED_AT, VERSION) VALUES (?, ?, 'ACTIVE', '110105001000', ?, ?, ?, ?,"
                + " 'bench', ?, 1, ?, 0)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, "BENCH-" + next("registration"));
            ps.setLong(2, person);
            ps.setString(3, "北京市朝阳区建国路1号");
            ps.setDate(4, java.sql.Date.valueOf(LocalDate.of(2026, 11, 1)));
            ps.setDate(5, java.sql.Date.valueOf(LocalDate.of(2026, 11, 2)));
            ps.setTimestamp(6, now);
            ps.setString(7, formJson);
            ps.setTimestamp(8, now);
            ps.executeUpdate();
            registration = key(ps);
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO REGISTRATION_HISTORY (REGISTRATION_ID, PERSON_ID,"
                + " KIND, OCCURRED_AT, OPERATOR, SUMMARY) VALUES (?, ?, 'REGISTERED', ?, 'bench', ?)")) {
            ps.setLong(1, registration);
            ps.setLong(2, person);
            ps.setTimestamp(3, now);
            ps.setString(4, "登记");
            ps.executeUpdate();
        }
        auditRow(now, "REGISTRATION", Long.toString(registration));
        long outboxSeq = next("outbox");
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO OUTBOX_EVENT (SEQ, EVENT_ID, EVENT_TYPE,"
                + " OCCURRED_AT, OPERATOR, AGGREGATE_TYPE, AGGREGATE_ID, PAYLOAD, STATUS) VALUES (?, ?,"
                + " 'REGISTRATION_CREATED', ?, 'bench', 'BENCH', ?, ?, 'BENCH')")) {
            ps.setLong(1, outboxSeq);
            ps.setString(2, UUID.randomUUID().toString());
            ps.setString(3, now.toInstant().toString());
            ps.setString(4, Long.toString(registration));
            ps.setString(5, payload);
            ps.executeUpdate();
        }
        c.commit();
        return System.nanoTime() - s;
    }

    /** An indexed select of the look-up's list columns plus the audit insert a look-up commits. */
    long lookup(String column, String value) throws SQLException {
        long s = System.nanoTime();
        try (PreparedStatement ps = c.prepareStatement("SELECT r.ID, p.ID, r.REG_NUMBER, p.NAME, p.ID_NUMBER, p.SEX,"
                + " p.MOBILE, r.ADDRESS_TEXT, r.STATUS, r.REGISTERED_ON, r.LATE_REGISTRATION FROM PERSON p JOIN"
                + " RESIDENCE_REGISTRATION r ON r.PERSON_ID = p.ID WHERE p." + column + " = ?")) {
            ps.setString(1, value);
            drain(ps);
        }
        auditRow(Timestamp.from(Instant.now()), "SEARCH", null);
        c.commit();
        return System.nanoTime() - s;
    }

    /** The first page of person ids by a bounded range scan of the (column, ID) index, plus the audit insert. */
    long prefixPage(String column, String prefix, int page) throws SQLException {
        long s = System.nanoTime();
        try (PreparedStatement ps = c.prepareStatement("SELECT ID FROM PERSON WHERE " + column + " >= ? AND " + column
                + " < ? ORDER BY " + column + ", ID FETCH FIRST " + page + " ROWS ONLY")) {
            ps.setString(1, prefix);
            ps.setString(2, prefix.substring(0, prefix.length() - 1) + (char) (prefix.charAt(prefix.length() - 1) + 1));
            drain(ps);
        }
        auditRow(Timestamp.from(Instant.now()), "SEARCH", null);
        c.commit();
        return System.nanoTime() - s;
    }

    /** A chained audit row numbered by its counter row, as the product writes it. */
    private void auditRow(Timestamp now, String targetType, String targetId) throws SQLException {
        long seq = next("audit");
        String prev = "0".repeat(64); // the floor's first row starts its own chain
        try (PreparedStatement ps = c.prepareStatement("SELECT HASH FROM AUDIT_ENTRY WHERE SEQ = ?")) {
            ps.setLong(1, seq - 1);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) prev = rs.getString(1);
            }
        }
        String detail = "kind=ID_NUMBER rows=1";
        String hash = java.util.HexFormat.of().formatHex(mac.doFinal(String.join("\u001f", prev, Long.toString(seq),
                now.toInstant().toString(), "bench", "BENCH_FLOOR", String.valueOf(targetType),
                String.valueOf(targetId), detail).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO AUDIT_ENTRY (SEQ, OCCURRED_AT, ACTOR, AUDIT_ACTION,"
                + " TARGET_TYPE, TARGET_ID, DETAIL, PREV_HASH, HASH) VALUES (?, ?, 'bench', 'BENCH_FLOOR', ?, ?, ?, ?, ?)")) {
            ps.setLong(1, seq);
            ps.setTimestamp(2, now);
            ps.setString(3, targetType);
            ps.setString(4, targetId);
            ps.setString(5, detail);
            ps.setString(6, prev);
            ps.setString(7, hash);
            ps.executeUpdate();
        }
    }

    /** The next number of one of the floor's counter rows: the row stays locked until the commit. */
    private long next(String counter) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE SEQUENCE_COUNTER SET LAST_VALUE = LAST_VALUE + 1 WHERE NAME = ?")) {
            ps.setString(1, COUNTER + counter);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT LAST_VALUE FROM SEQUENCE_COUNTER WHERE NAME = ?")) {
            ps.setString(1, COUNTER + counter);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Removes every row a floor wrote (also after a run that died half-way). */
    static void cleanUp(Connection c) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM OUTBOX_EVENT WHERE SEQ >= " + SEQ_BASE);
            st.executeUpdate("DELETE FROM AUDIT_ENTRY WHERE SEQ >= " + SEQ_BASE);
            st.executeUpdate("DELETE FROM REGISTRATION_HISTORY WHERE REGISTRATION_ID IN (SELECT ID FROM"
                    + " RESIDENCE_REGISTRATION WHERE REG_NUMBER LIKE 'BENCH-%')");
            st.executeUpdate("DELETE FROM RESIDENCE_REGISTRATION WHERE REG_NUMBER LIKE 'BENCH-%'");
            st.executeUpdate("DELETE FROM PERSON WHERE ID_NUMBER LIKE 'BENCH%'");
            st.executeUpdate("DELETE FROM SEQUENCE_COUNTER WHERE NAME LIKE '" + COUNTER + "%'");
        }
        c.commit();
        c.setAutoCommit(auto);
    }

    @Override
    public void close() throws SQLException {
        cleanUp(c);
    }

    private String firstString(String sql, String fallback) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : fallback;
        }
    }

    private static long key(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.getGeneratedKeys()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void drain(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) rs.getObject(1);
        }
    }
}

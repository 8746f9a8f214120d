package org.residencedesk.reliability;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.residencedesk.app.AppContext;
import org.residencedesk.service.audit.AuditVerdict;

/**
 * The checks after each restart of a killed counter (issue 18 item 1), against the real tables: every confirmed
 * operation is present; nothing is half-written (each registration has its person, its CREATED history row, its
 * RECORD_CREATED audit entry and its REGISTRATION_CREATED event; each permit step — up to 制证, 发证 and 签注 — its
 * audit entry and event; each move-out and re-registration its history row, audit entry and event, a re-registration
 * its new registration); the outbox seq is gapless from 1 and matches its counter; the audit chain verifies; every
 * open draft reads back as confirmed (or as the one interrupted operation left it). Answers the problems found, empty when none; no personal data in them.
 */
final class ConsistencyCheck {
    private static final String APPROVED_OR_LATER = "('APPROVED', 'PRINTED', 'ISSUED')";
    private static final String ACCEPTED_OR_LATER = "('ACCEPTED', 'APPROVED', 'PRINTED', 'ISSUED')";
    /** 1 for a registration ended by a move-out or a re-registration, 0 while active. */
    private static final String ENDED = "(CASE WHEN r.STATUS = 'ACTIVE' THEN 0 ELSE 1 END)";
    private final AppContext ctx;
    private final List<String> problems = new ArrayList<>();

    private ConsistencyCheck(AppContext ctx) {
        this.ctx = ctx;
    }

    static List<String> of(AppContext ctx, Confirmed confirmed) {
        ConsistencyCheck check = new ConsistencyCheck(ctx);
        try (Connection c = ctx.database().openConnection()) {
            check.run(c, confirmed);
        } catch (SQLException e) {
            check.problems.add("database could not be read: " + e.getSQLState() + " " + e.getMessage());
        }
        return check.problems;
    }

    private void run(Connection c, Confirmed confirmed) throws SQLException {
        // the outbox: seq 1..max without a gap, the counter at max
        long[] outbox = longs(c, "SELECT COUNT(*), COALESCE(MIN(SEQ), 0), COALESCE(MAX(SEQ), 0) FROM OUTBOX_EVENT");
        long counter = longs(c, "SELECT LAST_VALUE FROM SEQUENCE_COUNTER WHERE NAME = 'outbox'")[0];
        if (outbox[0] != outbox[2] || (outbox[0] > 0 && outbox[1] != 1)) {
            problems.add("outbox seq has a gap: " + outbox[0] + " events, seq " + outbox[1] + ".." + outbox[2]);
        }
        if (counter != outbox[2]) {
            problems.add("outbox counter " + counter + " but highest seq " + outbox[2]);
        }
        long[] audit = longs(c, "SELECT COUNT(*), COALESCE(MAX(SEQ), 0) FROM AUDIT_ENTRY");
        if (audit[0] != audit[1]) {
            problems.add("audit seq has a gap: " + audit[0] + " entries, highest " + audit[1]);
        }
        AuditVerdict verdict = ctx.audit().verify();
        if (!verdict.ok()) {
            problems.add("audit chain broken: " + verdict.problem() + " at " + verdict.firstBroken());
        }

        // nothing half-written
        orphans(c, "registration without its person", "SELECT r.REG_NUMBER FROM RESIDENCE_REGISTRATION r "
                + "WHERE NOT EXISTS (SELECT 1 FROM PERSON p WHERE p.ID = r.PERSON_ID)");
        orphans(c, "person without a registration", "SELECT p.ID FROM PERSON p "
                + "WHERE NOT EXISTS (SELECT 1 FROM RESIDENCE_REGISTRATION r WHERE r.PERSON_ID = p.ID)");
        orphans(c, "registration without CREATED history", "SELECT r.REG_NUMBER FROM RESIDENCE_REGISTRATION r "
                + "WHERE NOT EXISTS (SELECT 1 FROM REGISTRATION_HISTORY h WHERE h.REGISTRATION_ID = r.ID "
                + "AND h.KIND = 'CREATED' AND h.PERSON_ID = r.PERSON_ID)");
        orphans(c, "registration without its audit entry", "SELECT r.REG_NUMBER FROM RESIDENCE_REGISTRATION r "
                + "WHERE NOT EXISTS (SELECT 1 FROM AUDIT_ENTRY a WHERE a.TARGET_TYPE = 'REGISTRATION' "
                + "AND a.TARGET_ID = r.REG_NUMBER AND a.AUDIT_ACTION = 'RECORD_CREATED')");
        orphans(c, "registration without its event", "SELECT r.REG_NUMBER FROM RESIDENCE_REGISTRATION r "
                + "WHERE NOT EXISTS (SELECT 1 FROM OUTBOX_EVENT e WHERE e.AGGREGATE_TYPE = 'REGISTRATION' "
                + "AND e.AGGREGATE_ID = r.REG_NUMBER AND e.EVENT_TYPE = 'REGISTRATION_CREATED')");
        // a change: its history row, audit entry and event commit together, so their counts agree per registration
        orphans(c, "change history, audit and events disagree", "SELECT r.REG_NUMBER FROM RESIDENCE_REGISTRATION r WHERE "
                + "(SELECT COUNT(*) FROM REGISTRATION_HISTORY h WHERE h.REGISTRATION_ID = r.ID AND h.KIND = 'CHANGED') "
                + "<> (SELECT COUNT(*) FROM AUDIT_ENTRY a WHERE a.TARGET_TYPE = 'REGISTRATION' "
                + "AND a.TARGET_ID = r.REG_NUMBER AND a.AUDIT_ACTION = 'RECORD_CHANGED') OR "
                + "(SELECT COUNT(*) FROM REGISTRATION_HISTORY h WHERE h.REGISTRATION_ID = r.ID AND h.KIND = 'CHANGED') "
                + "<> (SELECT COUNT(*) FROM OUTBOX_EVENT e WHERE e.AGGREGATE_TYPE = 'REGISTRATION' "
                + "AND e.AGGREGATE_ID = r.REG_NUMBER AND e.EVENT_TYPE = 'REGISTRATION_CHANGED') OR "
                + "r.VERSION <> (SELECT COUNT(*) FROM REGISTRATION_HISTORY h WHERE h.REGISTRATION_ID = r.ID "
                + "AND h.KIND = 'CHANGED') + " + ENDED);
        // a move-out or re-registration: its history row, audit entry and event, exactly once, and only when ended
        orphans(c, "end of a registration half-written", "SELECT r.REG_NUMBER FROM RESIDENCE_REGISTRATION r WHERE "
                + ENDED + " <> (SELECT COUNT(*) FROM REGISTRATION_HISTORY h WHERE h.REGISTRATION_ID = r.ID "
                + "AND h.KIND IN ('CANCELLED', 'SUPERSEDED')) OR " + ENDED + " <> (SELECT COUNT(*) FROM AUDIT_ENTRY a "
                + "WHERE a.TARGET_TYPE = 'REGISTRATION' AND a.TARGET_ID = r.REG_NUMBER "
                + "AND a.AUDIT_ACTION = 'RECORD_CANCELLED') OR " + ENDED + " <> (SELECT COUNT(*) FROM OUTBOX_EVENT e "
                + "WHERE e.AGGREGATE_TYPE = 'REGISTRATION' AND e.AGGREGATE_ID = r.REG_NUMBER "
                + "AND e.EVENT_TYPE = 'REGISTRATION_CANCELLED')");
        orphans(c, "re-registration without its new registration", "SELECT r.REG_NUMBER FROM RESIDENCE_REGISTRATION r "
                + "WHERE r.STATUS = 'SUPERSEDED' AND NOT EXISTS (SELECT 1 FROM RESIDENCE_REGISTRATION n "
                + "WHERE n.PERSON_ID = r.PERSON_ID AND n.ID > r.ID)");
        orphans(c, "person with two active registrations", "SELECT r.PERSON_ID FROM RESIDENCE_REGISTRATION r "
                + "WHERE r.STATUS = 'ACTIVE' GROUP BY r.PERSON_ID HAVING COUNT(*) > 1");
        orphans(c, "permit without its submit audit entry", "SELECT p.ID FROM PERMIT_APPLICATION p WHERE NOT EXISTS "
                + "(SELECT 1 FROM AUDIT_ENTRY a WHERE a.TARGET_TYPE = 'PERMIT' AND a.TARGET_ID = p.ID "
                + "AND a.AUDIT_ACTION = 'RECORD_CREATED' AND a.DETAIL = 'SUBMIT')");
        orphans(c, "accepted permit without its audit entry or event", "SELECT p.ID FROM PERMIT_APPLICATION p "
                + "WHERE p.STATUS IN " + ACCEPTED_OR_LATER + " AND (NOT EXISTS (SELECT 1 FROM AUDIT_ENTRY a "
                + "WHERE a.TARGET_TYPE = 'PERMIT' AND a.TARGET_ID = p.ID AND a.DETAIL = 'ACCEPT') OR NOT EXISTS "
                + "(SELECT 1 FROM OUTBOX_EVENT e WHERE e.AGGREGATE_TYPE = 'PERMIT' AND e.AGGREGATE_ID = p.ID "
                + "AND e.EVENT_TYPE = 'PERMIT_APPLICATION_ACCEPTED') OR p.ACCEPTANCE_NO IS NULL)");
        orphans(c, "approved permit without its audit entry or event", "SELECT p.ID FROM PERMIT_APPLICATION p "
                + "WHERE p.STATUS IN " + APPROVED_OR_LATER + " AND (NOT EXISTS (SELECT 1 FROM AUDIT_ENTRY a "
                + "WHERE a.TARGET_TYPE = 'PERMIT' AND a.TARGET_ID = p.ID AND a.DETAIL = 'APPROVE') OR NOT EXISTS "
                + "(SELECT 1 FROM OUTBOX_EVENT e WHERE e.AGGREGATE_TYPE = 'PERMIT' AND e.AGGREGATE_ID = p.ID "
                + "AND e.EVENT_TYPE = 'PERMIT_APPLICATION_REVIEWED') OR p.APPROVED_ON IS NULL)");
        orphans(c, "printed card without its number, audit entry or event", "SELECT p.ID FROM PERMIT_APPLICATION p "
                + "WHERE p.STATUS IN ('PRINTED', 'ISSUED') AND (p.PERMIT_NO IS NULL OR NOT EXISTS (SELECT 1 FROM "
                + "AUDIT_ENTRY a WHERE a.TARGET_TYPE = 'PERMIT' AND a.TARGET_ID = p.ID AND a.DETAIL LIKE 'PRINT %') OR "
                + "NOT EXISTS (SELECT 1 FROM OUTBOX_EVENT e WHERE e.AGGREGATE_TYPE = 'PERMIT' AND e.AGGREGATE_ID = p.ID "
                + "AND e.EVENT_TYPE = 'PERMIT_PRINTED'))");
        orphans(c, "print audit entries and events disagree", "SELECT p.ID FROM PERMIT_APPLICATION p WHERE "
                + "(SELECT COUNT(*) FROM AUDIT_ENTRY a WHERE a.TARGET_TYPE = 'PERMIT' AND a.TARGET_ID = p.ID "
                + "AND a.DETAIL LIKE 'PRINT %') <> (SELECT COUNT(*) FROM OUTBOX_EVENT e WHERE e.AGGREGATE_TYPE = 'PERMIT' "
                + "AND e.AGGREGATE_ID = p.ID AND e.EVENT_TYPE = 'PERMIT_PRINTED')");
        orphans(c, "issued card without its audit entry or event", "SELECT p.ID FROM PERMIT_APPLICATION p "
                + "WHERE p.STATUS = 'ISSUED' AND (NOT EXISTS (SELECT 1 FROM OUTBOX_EVENT e WHERE e.AGGREGATE_TYPE = "
                + "'PERMIT' AND e.AGGREGATE_ID = p.ID AND e.EVENT_TYPE = 'PERMIT_ISSUED') OR NOT EXISTS (SELECT 1 FROM "
                + "AUDIT_ENTRY a WHERE a.TARGET_TYPE = 'PERMIT' AND a.TARGET_ID = p.ID AND a.DETAIL LIKE 'ISSUE %'))");
        orphans(c, "issue event of a card not issued", "SELECT p.ID FROM PERMIT_APPLICATION p WHERE p.STATUS IN "
                + "('AWAITING_MATERIALS', 'ACCEPTED', 'APPROVED', 'PRINTED') AND EXISTS (SELECT 1 FROM OUTBOX_EVENT e "
                + "WHERE e.AGGREGATE_TYPE = 'PERMIT' AND e.AGGREGATE_ID = p.ID AND e.EVENT_TYPE = 'PERMIT_ISSUED')");
        orphans(c, "permit step event without its step", "SELECT e.AGGREGATE_ID FROM OUTBOX_EVENT e "
                + "WHERE e.AGGREGATE_TYPE = 'PERMIT' AND NOT EXISTS (SELECT 1 FROM PERMIT_APPLICATION p "
                + "WHERE p.ID = e.AGGREGATE_ID AND p.STATUS <> 'AWAITING_MATERIALS')");
        orphans(c, "endorsements and their events disagree", "SELECT p.ID FROM PERMIT_APPLICATION p WHERE "
                + "p.ENDORSEMENT_COUNT <> (SELECT COUNT(*) FROM OUTBOX_EVENT e WHERE e.AGGREGATE_TYPE = 'PERMIT' "
                + "AND e.AGGREGATE_ID = p.ID AND e.EVENT_TYPE = 'PERMIT_ENDORSED')");

        // every confirmed operation present
        Map<String, String> status = map(c, "SELECT ID, STATUS FROM PERMIT_APPLICATION");
        Map<String, String> registrations = map(c, "SELECT REG_NUMBER, VERSION FROM RESIDENCE_REGISTRATION");
        missing("confirmed registration", confirmed.registrations, id -> registrations.containsKey(id));
        missing("confirmed change", confirmed.changed, id -> !"0".equals(registrations.getOrDefault(id, "0")));
        missing("confirmed submission", confirmed.submitted, status::containsKey);
        missing("confirmed acceptance", confirmed.accepted,
                id -> status.containsKey(id) && ACCEPTED_OR_LATER.contains("'" + status.get(id) + "'"));
        missing("confirmed approval", confirmed.approved,
                id -> status.containsKey(id) && APPROVED_OR_LATER.contains("'" + status.get(id) + "'"));
        missing("confirmed card print", confirmed.printed,
                id -> "'PRINTED', 'ISSUED'".contains("'" + status.get(id) + "'"));
        missing("confirmed issue", confirmed.issued, id -> "ISSUED".equals(status.get(id)));
        Map<String, String> endorsements = map(c, "SELECT ID, ENDORSEMENT_COUNT FROM PERMIT_APPLICATION");
        missing("confirmed endorsement", confirmed.endorsed,
                id -> !"0".equals(endorsements.getOrDefault(id, "0")));
        Map<String, String> regStatus = map(c, "SELECT REG_NUMBER, STATUS FROM RESIDENCE_REGISTRATION");
        missing("confirmed move-out", confirmed.movedOut, id -> "CANCELLED".equals(regStatus.get(id)));
        missing("confirmed re-registration", confirmed.reRegistered, id -> "SUPERSEDED".equals(
                regStatus.get(id.substring(0, id.indexOf('>')))) && regStatus.containsKey(id.substring(id.indexOf('>') + 1)));
        long delivered = ctx.transactions().readOnly(() -> ctx.outbox().lastDeliveredSeq());
        if (delivered < confirmed.uploadedSeq) {
            problems.add("platform acknowledged seq " + confirmed.uploadedSeq + " but the station says " + delivered);
        }
        if (delivered > outbox[2]) {
            problems.add("delivered seq " + delivered + " beyond the outbox " + outbox[2]);
        }
        drafts(confirmed);
    }

    /**
     * Every draft key holds what its last confirmed operation left (the saved version, or nothing after a discard),
     * except the key of the next draft operation ({@link Confirmed#drafts}), which the kill may have interrupted:
     * it may hold that operation's version or nothing. No draft may be unreadable.
     */
    private void drafts(Confirmed confirmed) {
        long next = confirmed.draftVersion + 1;
        for (int key = 0; key < CounterWork.DRAFT_KEYS; key++) {
            Optional<String> draft = ctx.drafts().load(CounterWork.draftKey(key));
            long found = draft.map(CounterWork::draftVersion).orElse(Confirmed.DISCARDED);
            String last = confirmed.drafts.get(key);
            long expected = last == null || last.startsWith("OK DISCARD ") ? Confirmed.DISCARDED
                    : Long.parseLong(last.substring("OK DRAFT ".length()));
            boolean interrupted = key == next % CounterWork.DRAFT_KEYS
                    && (found == next || found == Confirmed.DISCARDED);
            if (draft.isPresent() && found < 0) {
                problems.add("draft key " + key + " cannot be read back");
            } else if (found != expected && !interrupted) {
                problems.add("draft key " + key + ": confirmed " + (expected < 0 ? "nothing" : "version " + expected)
                        + ", read back " + (found < 0 ? "nothing" : "version " + found));
            }
        }
    }

    private void missing(String what, Iterable<String> ids, java.util.function.Predicate<String> present) {
        for (String id : ids) {
            if (!present.test(id)) {
                problems.add(what + " missing: " + id);
            }
        }
    }

    private void orphans(Connection c, String what, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                problems.add(what + ": " + rs.getString(1));
            }
        }
    }

    private static long[] longs(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            long[] values = new long[rs.getMetaData().getColumnCount()];
            for (int i = 0; i < values.length; i++) {
                values[i] = rs.getLong(i + 1);
            }
            return values;
        }
    }

    private static Map<String, String> map(Connection c, String sql) throws SQLException {
        Map<String, String> m = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                m.put(rs.getString(1), rs.getString(2));
            }
        }
        return m;
    }
}

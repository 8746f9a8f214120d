package org.residencedesk.storage.bulk;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.residencedesk.domain.registration.RegistrationHistoryEntry;
import org.residencedesk.domain.registration.RegistrationNumberFormat;
import org.residencedesk.domain.registration.RegistrationStatus;
import org.residencedesk.port.demodata.BulkRegistrationStore;
import org.residencedesk.port.demodata.BulkWriteException;
import org.residencedesk.port.demodata.DemoRecord;
import org.residencedesk.port.demodata.DemoRegisterRows;
import org.residencedesk.storage.DeferredIndexes;

/**
 * Writes chunks of {@link DemoRecord}s with JDBC batches on one connection: persons, then their
 * registrations (one or two each, with the 逾期登记 flag the generator judged, ADR 0192), then the history rows
 * (CREATED, CHANGED, CANCELLED or SUPERSEDED), then the year counters, then one commit. Identity keys are
 * assigned by Derby and found by the chunk's first and last rows' unique keys (see {@link #chunkKeys}). Into an
 * empty station the rows go without the tables' plain indexes, built again once at the end ({@link DeferredIndexes},
 * ADR 0392).
 */
final class BulkWriter implements BulkRegistrationStore.BulkSession {
    private static final int REGISTER_CHUNK = 5_000;
    private static final String INSERT_HOUSE = "INSERT INTO RENTAL_HOUSE (HOUSE_CODE, KIND, DIVISION_CODE, STREET,"
            + " HOUSE_NUMBER, BUILDING, UNIT, ROOM, ADDRESS_TEXT, MANAGER_KIND, MANAGER_NAME, MANAGER_INITIALS,"
            + " MANAGER_ID_NUMBER, MANAGER_CREDIT, MANAGER_PHONE, ROOMS, CAPACITY, NOTE, CREATED_AT, CREATED_BY,"
            + " UPDATED_AT, VERSION) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, 0)";
    private static final String INSERT_EMPLOYER = "INSERT INTO EMPLOYER (CREDIT_CODE, NAME, NAME_INITIALS,"
            + " DIVISION_CODE, ADDRESS_DETAIL, ADDRESS_TEXT, CONTACT_NAME, CONTACT_PHONE, INDUSTRY, CREATED_AT,"
            + " CREATED_BY, UPDATED_AT, VERSION) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)";
    private static final String INSERT_PERSON = "INSERT INTO PERSON (ID_NUMBER, ID_TYPE, NAME, NAME_INITIALS, SEX,"
            + " BIRTH_DATE, MOBILE, CREATED_AT, UPDATED_AT, VERSION)";
    private static final int[] PERSON_TYPES = {Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
            Types.VARCHAR, Types.DATE, Types.VARCHAR, Types.TIMESTAMP, Types.TIMESTAMP, Types.INTEGER};
    private static final String INSERT_REGISTRATION = "INSERT INTO RESIDENCE_REGISTRATION (REG_NUMBER, PERSON_ID,"
            + " STATUS, RESIDENCE_DIVISION, ADDRESS_TEXT, ARRIVAL_DATE, REGISTERED_ON, REGISTERED_AT, OPERATOR,"
            + " FORM_JSON, FORM_VERSION, END_REASON, END_DATE, UPDATED_AT, VERSION, LATE_REGISTRATION, HOUSE_CODE,"
            + " WORKPLACE_CREDIT_CODE, INTENDED_STAY_END)";
    private static final int[] REGISTRATION_TYPES = {Types.VARCHAR, Types.BIGINT, Types.VARCHAR, Types.VARCHAR,
            Types.VARCHAR, Types.DATE, Types.DATE, Types.TIMESTAMP, Types.VARCHAR, Types.CLOB, Types.INTEGER,
            Types.VARCHAR, Types.DATE, Types.TIMESTAMP, Types.INTEGER, Types.BOOLEAN, Types.VARCHAR, Types.VARCHAR,
            Types.DATE};
    private static final String INSERT_HISTORY = "INSERT INTO REGISTRATION_HISTORY (REGISTRATION_ID, PERSON_ID,"
            + " KIND, OCCURRED_AT, OPERATOR, SUMMARY, BEFORE_JSON)";
    private static final int[] HISTORY_TYPES = {Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.TIMESTAMP,
            Types.VARCHAR, Types.VARCHAR, Types.CLOB};

    private final Connection connection;
    private final RowBlocks person;
    private final RowBlocks registration;
    private final RowBlocks history;
    private final PreparedStatement personId;
    private final PreparedStatement registrationId;
    private final PreparedStatement personRange;
    private final PreparedStatement registrationRange;
    private final ChunkCounters counters;
    /** Whether this session set the plain indexes aside (and so builds them again when it ends). */
    private final BulkTables tables;
    /** Derby TIMESTAMP has no zone; the product stores instants as UTC (as Hibernate and the audit log do). */
    private final Calendar utc = Calendar.getInstance(TimeZone.getTimeZone("UTC"));

    BulkWriter(Connection connection) throws SQLException {
        this.connection = connection;
        connection.setAutoCommit(false);
        tables = new BulkTables(connection, DeferredIndexes.REGISTRATION_TABLES);
        person = new RowBlocks(connection, INSERT_PERSON, PERSON_TYPES, utc);
        registration = new RowBlocks(connection, INSERT_REGISTRATION, REGISTRATION_TYPES, utc);
        history = new RowBlocks(connection, INSERT_HISTORY, HISTORY_TYPES, utc);
        personId = connection.prepareStatement("SELECT ID FROM PERSON WHERE ID_NUMBER = ?");
        registrationId = connection.prepareStatement("SELECT ID FROM RESIDENCE_REGISTRATION WHERE REG_NUMBER = ?");
        personRange = connection.prepareStatement("SELECT ID FROM PERSON WHERE ID BETWEEN ? AND ? ORDER BY ID");
        registrationRange = connection.prepareStatement(
                "SELECT ID FROM RESIDENCE_REGISTRATION WHERE ID BETWEEN ? AND ? ORDER BY ID");
        counters = new ChunkCounters(connection);
    }

    @Override
    public long counterValue(String counterName) {
        try (PreparedStatement ps = connection.prepareStatement("SELECT LAST_VALUE FROM SEQUENCE_COUNTER WHERE NAME = ?")) {
            ps.setString(1, counterName);
            long last;
            try (ResultSet rs = ps.executeQuery()) {
                last = rs.next() ? rs.getLong(1) : 0L;
            }
            connection.commit();
            return last;
        } catch (SQLException e) {
            throw new BulkWriteException("reading counter " + counterName + " failed", e);
        }
    }

    /** Writes {@code count} records and the counters reached, and commits them together. */
    @Override
    public void writeChunk(DemoRecord[] records, int count, Map<Integer, Long> lastSerialPerYear) {
        try {
            write(records, count, lastSerialPerYear);
        } catch (SQLException e) {
            throw new BulkWriteException("writing a chunk failed", e);
        }
    }

    @Override
    public void writeRegisters(List<DemoRegisterRows.House> houses, List<DemoRegisterRows.Employer> employers,
                               Map<String, Long> houseCounters) {
        try (PreparedStatement house = connection.prepareStatement(INSERT_HOUSE);
             PreparedStatement employer = connection.prepareStatement(INSERT_EMPLOYER);
             PreparedStatement employerExists = connection.prepareStatement(
                     "SELECT 1 FROM EMPLOYER WHERE CREDIT_CODE = ?")) {
            int n = 0;
            for (DemoRegisterRows.Employer e : employers) {
                employerExists.setString(1, e.creditCode());
                try (ResultSet rs = employerExists.executeQuery()) {
                    if (rs.next()) continue; // a forced second run with the same seed: the employer is there
                }
                addEmployer(employer, e);
                if (++n % REGISTER_CHUNK == 0) {
                    employer.executeBatch();
                    connection.commit();
                }
            }
            employer.executeBatch();
            for (DemoRegisterRows.House h : houses) {
                addHouse(house, h);
                if (++n % REGISTER_CHUNK == 0) {
                    house.executeBatch();
                    connection.commit();
                }
            }
            house.executeBatch();
            for (Map.Entry<String, Long> c : houseCounters.entrySet()) {
                counters.set(c.getKey(), c.getValue());
            }
            connection.commit();
        } catch (SQLException e) {
            throw new BulkWriteException("writing the demo registers failed", e);
        }
    }

    private void addHouse(PreparedStatement ps, DemoRegisterRows.House h) throws SQLException {
        ps.setString(1, h.houseCode());
        ps.setString(2, h.kind());
        ps.setString(3, h.divisionCode());
        ps.setString(4, h.street());
        ps.setString(5, h.houseNumber());
        ps.setString(6, h.building());
        ps.setString(7, h.unit());
        ps.setString(8, h.room());
        ps.setString(9, h.addressText());
        ps.setString(10, h.managerKind());
        ps.setString(11, h.managerName());
        ps.setString(12, h.managerInitials());
        ps.setString(13, h.managerIdNumber());
        ps.setString(14, h.managerCreditCode());
        ps.setString(15, h.managerPhone());
        ps.setInt(16, h.rooms());
        ps.setInt(17, h.capacity());
        setInstant(ps, 18, h.createdAt());
        ps.setString(19, h.createdBy());
        setInstant(ps, 20, h.createdAt());
        ps.addBatch();
    }

    private void addEmployer(PreparedStatement ps, DemoRegisterRows.Employer e) throws SQLException {
        ps.setString(1, e.creditCode());
        ps.setString(2, e.name());
        ps.setString(3, e.nameInitials());
        ps.setString(4, e.divisionCode());
        ps.setString(5, e.addressDetail());
        ps.setString(6, e.addressText());
        ps.setString(7, e.contactName());
        ps.setString(8, e.contactPhone());
        ps.setString(9, e.industry());
        setInstant(ps, 10, e.createdAt());
        ps.setString(11, e.createdBy());
        setInstant(ps, 12, e.createdAt());
        ps.addBatch();
    }

    @Override
    public void rebuildIndexes() {
        try {
            tables.rebuildIndexes();
        } catch (SQLException e) {
            throw new BulkWriteException("building the indexes again failed", e);
        }
    }

    @Override
    public void updateStatistics() {
        try {
            tables.updateStatistics();
        } catch (SQLException e) {
            throw new BulkWriteException("updating statistics failed", e);
        }
    }

    private void write(DemoRecord[] records, int count, Map<Integer, Long> lastSerialPerYear) throws SQLException {
        for (int i = 0; i < count; i++) {
            addPerson(records[i]);
        }
        person.flush();
        long[] personKeys = chunkKeys(personId, personRange, records[0].idNumber, records[count - 1].idNumber,
                count);
        int registrationCount = 0;
        for (int i = 0; i < count; i++) {
            for (DemoRecord.Registration r : records[i].registrations) {
                addRegistration(r, personKeys[i]);
                registrationCount++;
            }
        }
        registration.flush();
        long[] registrationKeys = chunkKeys(registrationId, registrationRange,
                records[0].registrations.get(0).registrationNumber, records[count - 1].current().registrationNumber,
                registrationCount);
        int k = 0;
        for (int i = 0; i < count; i++) {
            for (DemoRecord.Registration r : records[i].registrations) {
                addHistory(r, registrationKeys[k++], personKeys[i]);
            }
        }
        history.flush();
        for (Map.Entry<Integer, Long> e : lastSerialPerYear.entrySet()) {
            counters.set(RegistrationNumberFormat.counterName(e.getKey()), e.getValue());
        }
        connection.commit();
    }

    private void addPerson(DemoRecord r) {
        person.add(r.idNumber, r.idType, r.name, r.nameInitials, r.sex, date(r.birthDate), r.mobile,
                instant(r.personCreatedAt()), instant(r.personUpdatedAt), r.personVersion);
    }

    private void addRegistration(DemoRecord.Registration r, long personKey) {
        registration.add(r.registrationNumber, personKey, r.status.name(), r.residenceDivision, r.addressText,
                date(r.arrivalDate), date(r.registeredOn), instant(r.registeredAt), r.operator, r.formJson,
                r.formVersion, r.endReason == null ? null : r.endReason.name(), date(r.endDate), instant(r.updatedAt),
                r.version, r.lateRegistration, r.houseCode, r.workplaceCreditCode, date(r.intendedStayEnd));
    }

    /** The rows RegistrationService writes: CREATED, then CHANGED, then CANCELLED (reason) or SUPERSEDED. */
    private void addHistory(DemoRecord.Registration r, long registrationKey, long personKey) {
        addHistory(registrationKey, personKey, RegistrationHistoryEntry.Kind.CREATED, r.registeredAt, r.operator,
                null, null);
        if (r.changedAt != null) {
            addHistory(registrationKey, personKey, RegistrationHistoryEntry.Kind.CHANGED, r.changedAt, r.operator,
                    r.changedFields, r.jsonBeforeChange);
        }
        if (r.endedAt != null && r.status == RegistrationStatus.SUPERSEDED) {
            addHistory(registrationKey, personKey, RegistrationHistoryEntry.Kind.SUPERSEDED, r.endedAt,
                    r.operator, null, r.formJson);
        } else if (r.endedAt != null) {
            addHistory(registrationKey, personKey, RegistrationHistoryEntry.Kind.CANCELLED, r.endedAt,
                    r.operator, r.endReason.name(), r.formJson);
        }
    }

    private void addHistory(long registrationKey, long personKey, RegistrationHistoryEntry.Kind kind, Instant at,
                            String operator, String summary, String before) {
        history.add(registrationKey, personKey, kind.name(), instant(at), operator, summary, before);
    }

    /**
     * The identity keys Derby gave the chunk's rows, in insertion order. Identity values only grow and
     * this connection is the only writer (embedded Derby locks the database to one process), so the
     * chunk's rows are exactly the rows keyed from its first row's key to its last row's; a key
     * range of any other size means someone else wrote, and the chunk is refused. Keys are usually
     * consecutive, but Derby may skip values (its identity generator pre-allocates ranges and can
     * drop the rest of one), so they are read rather than assumed.
     */
    static long[] chunkKeys(PreparedStatement byUniqueKey, PreparedStatement keyRange, String first,
                                    String last, int count) throws SQLException {
        long firstKey = key(byUniqueKey, first);
        long lastKey = key(byUniqueKey, last);
        long[] keys = new long[count];
        if (lastKey - firstKey == count - 1) {
            for (int i = 0; i < count; i++) keys[i] = firstKey + i;
            return keys;
        }
        keyRange.setLong(1, firstKey);
        keyRange.setLong(2, lastKey);
        int n = 0;
        try (ResultSet rs = keyRange.executeQuery()) {
            while (rs.next()) {
                if (n == count) throw new SQLException("more rows than written in a chunk's key range");
                keys[n++] = rs.getLong(1);
            }
        }
        if (n != count) throw new SQLException("fewer rows than written in a chunk's key range");
        return keys;
    }

    private static long key(PreparedStatement byUniqueKey, String value) throws SQLException {
        byUniqueKey.setString(1, value);
        try (ResultSet rs = byUniqueKey.executeQuery()) {
            if (!rs.next()) throw new SQLException("row just inserted is not found by its unique key");
            return rs.getLong(1);
        }
    }


    /** DATE as the calendar date itself (no zone conversion), read back with {@code getDate().toLocalDate()}. */
    private static void setDate(PreparedStatement ps, int index, LocalDate date) throws SQLException {
        if (date == null) ps.setNull(index, Types.DATE); else ps.setDate(index, Date.valueOf(date));
    }

    private void setInstant(PreparedStatement ps, int index, Instant instant) throws SQLException {
        ps.setTimestamp(index, Timestamp.from(instant), utc);
    }

    /** For {@link RowBlocks}: a DATE as the calendar date itself, as {@link #setDate}. */
    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    /** For {@link RowBlocks}, which writes timestamps with the UTC calendar, as {@link #setInstant}. */
    private static Timestamp instant(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private void rollback() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the connection is closed next; Derby rolls back an uncommitted transaction on close anyway
        }
    }

    @Override
    public void close() {
        // nothing uncommitted may survive: a failed chunk is dropped whole
        rollback();
        try (connection; person; registration; history; personId; registrationId; personRange; registrationRange;
             counters) {
            rebuildIndexes(); // a load that failed half-way: the station gets its indexes back all the same
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            throw new BulkWriteException("closing the bulk writer failed", e);
        }
    }
}

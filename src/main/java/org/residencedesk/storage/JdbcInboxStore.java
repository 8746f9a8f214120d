package org.residencedesk.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.residencedesk.port.platform.InboxStore;
import org.residencedesk.port.platform.MasterDataTable;

/** The inbox cursor, message log and platform master data on Derby (V16); joins the caller's transaction. */
public final class JdbcInboxStore implements InboxStore {
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };
    private static final TypeReference<List<MasterDataTable.Row>> ROWS = new TypeReference<>() { };
    private final CurrentSession sessions;
    private final ObjectMapper json = new ObjectMapper();

    public JdbcInboxStore(CurrentSession sessions) {
        this.sessions = sessions;
    }

    @Override
    public long lastCursor() {
        return number("SELECT LAST_CURSOR FROM SYNC_INBOX_STATE WHERE NAME = 'inbox'");
    }

    @Override
    public boolean advanceCursor(long cursor) {
        return update("UPDATE SYNC_INBOX_STATE SET LAST_CURSOR = ? WHERE NAME = 'inbox' AND LAST_CURSOR < ?", cursor);
    }

    @Override
    public long acknowledgedCursor() {
        return number("SELECT ACKED_CURSOR FROM SYNC_INBOX_STATE WHERE NAME = 'inbox'");
    }

    @Override
    public void acknowledged(long cursor) {
        update("UPDATE SYNC_INBOX_STATE SET ACKED_CURSOR = ? WHERE NAME = 'inbox' AND ACKED_CURSOR < ?", cursor);
    }

    private long number(String sql) {
        return sessions.session().doReturningWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
    }

    private boolean update(String sql, long cursor) {
        return sessions.session().doReturningWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setLong(1, cursor);
                ps.setLong(2, cursor);
                return ps.executeUpdate() == 1;
            }
        });
    }

    @Override
    public void record(InboxEntry entry) {
        String payload = entry.payload().isEmpty() ? null : write(entry.payload());
        sessions.session().doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO SYNC_INBOX_MESSAGE (MESSAGE_CURSOR, "
                    + "MESSAGE_TYPE, RECEIVED_AT, OUTCOME, TEXT, PAYLOAD) VALUES (?, ?, ?, ?, ?, ?)")) {
                ps.setLong(1, entry.cursor());
                ps.setString(2, clip(entry.type(), 40));
                UtcTimestamps.set(ps, 3, entry.receivedAt());
                ps.setString(4, entry.outcome());
                ps.setString(5, clip(entry.text(), 2000));
                ps.setString(6, payload);
                ps.executeUpdate();
            }
        });
    }

    @Override
    public List<InboxEntry> entries(List<String> outcomes, int limit) {
        if (outcomes.isEmpty()) {
            return List.of();
        }
        String marks = String.join(", ", java.util.Collections.nCopies(outcomes.size(), "?"));
        return sessions.session().doReturningWork(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT MESSAGE_CURSOR, MESSAGE_TYPE, RECEIVED_AT, OUTCOME, "
                    + "TEXT, PAYLOAD FROM SYNC_INBOX_MESSAGE WHERE OUTCOME IN (" + marks + ") "
                    + "ORDER BY MESSAGE_CURSOR DESC FETCH FIRST ? ROWS ONLY")) {
                int i = 1;
                for (String o : outcomes) {
                    ps.setString(i++, o);
                }
                ps.setInt(i, limit);
                List<InboxEntry> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String payload = rs.getString(6);
                        out.add(new InboxEntry(rs.getLong(1), rs.getString(2), UtcTimestamps.get(rs, 3),
                                rs.getString(4), rs.getString(5), payload == null ? Map.of() : read(payload, MAP)));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public Optional<MasterDataTable> masterData(String table) {
        return tables("SELECT TABLE_NAME, VERSION, ROWS_TEXT FROM PLATFORM_MASTER_DATA WHERE TABLE_NAME = ?", table)
                .stream().findFirst();
    }

    @Override
    public List<MasterDataTable> allMasterData() {
        return tables("SELECT TABLE_NAME, VERSION, ROWS_TEXT FROM PLATFORM_MASTER_DATA ORDER BY TABLE_NAME", null);
    }

    private List<MasterDataTable> tables(String sql, String name) {
        return sessions.session().doReturningWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                if (name != null) {
                    ps.setString(1, name);
                }
                List<MasterDataTable> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new MasterDataTable(rs.getString(1), rs.getLong(2), read(rs.getString(3), ROWS)));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public void storeMasterData(MasterDataTable table, Instant installedAt) {
        String rows = write(table.rows());
        sessions.session().doWork(c -> {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM PLATFORM_MASTER_DATA WHERE TABLE_NAME = ?");
                 PreparedStatement ins = c.prepareStatement("INSERT INTO PLATFORM_MASTER_DATA (TABLE_NAME, VERSION, "
                         + "ROWS_TEXT, INSTALLED_AT) VALUES (?, ?, ?, ?)")) {
                del.setString(1, table.table());
                del.executeUpdate();
                ins.setString(1, table.table());
                ins.setLong(2, table.version());
                ins.setString(3, rows);
                UtcTimestamps.set(ins, 4, installedAt);
                ins.executeUpdate();
            }
        });
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new StorageException("inbox value not writable", e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new StorageException("stored inbox value unreadable", e);
        }
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}

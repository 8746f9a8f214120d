package org.residencedesk.port.platform;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the inbox keeps in the station database (Flyway V16, ADR 0265): the last processed cursor, the cursor
 * acknowledged to the platform, a log of every message and the master data the platform pushed. Every method joins
 * the caller's transaction, so a message's effect, its log line and the new cursor commit together.
 */
public interface InboxStore {
    /** The cursor of the last message whose effect committed (0: none yet). */
    long lastCursor();

    /**
     * Moves the cursor to {@code cursor} if it is behind it, taking the row lock until commit; false when a message
     * with this cursor (or a later one) was processed already, so its effect must not be applied again.
     */
    boolean advanceCursor(long cursor);

    /** The cursor last acknowledged to the platform. */
    long acknowledgedCursor();

    void acknowledged(long cursor);

    /** Logs one message; {@code payload} (the message's JSON text) is kept only when it must be processed later. */
    void record(InboxEntry entry);

    /** Messages with one of {@code outcomes}, newest first. */
    List<InboxEntry> entries(List<String> outcomes, int limit);

    /** The installed version of a platform table, if the platform ever pushed one. */
    Optional<MasterDataTable> masterData(String table);

    /** Every platform table installed, for loading them into the running master data at start. */
    List<MasterDataTable> allMasterData();

    /** Replaces (or adds) one table. */
    void storeMasterData(MasterDataTable table, Instant installedAt);

    /**
     * One message as logged. {@code outcome} is an {@code InboxOutcome} name; {@code text} is Chinese (a notice's
     * text, a refusal's reason) or null; {@code payload} the message's payload as maps, or empty.
     */
    record InboxEntry(long cursor, String type, Instant receivedAt, String outcome, String text,
                      Map<String, Object> payload) {
        public InboxEntry {
            payload = payload == null ? Map.of() : payload;
        }
    }
}

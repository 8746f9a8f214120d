package org.residencedesk.port;

import java.util.Optional;

/**
 * Where a counter PC keeps the boot secret of its station database, outside the data folder, so that a
 * copied data folder or a stolen disk image without it reveals nothing (docs/decisions/0130). The store is
 * read at every start without a person typing anything.
 */
public interface BootSecretStore {
    /**
     * The secret of the database named {@code databaseId}, empty when this PC has none.
     *
     * @throws StationLockedException when a secret exists but cannot be used (unreadable, readable by others)
     */
    Optional<StationSecret> find(String databaseId);

    /** Generates, stores and returns a new random secret; fails when one exists already. */
    StationSecret create(String databaseId);

    /** Where the secret of {@code databaseId} is (or would be) kept, for the administrator's messages. */
    String location(String databaseId);
}

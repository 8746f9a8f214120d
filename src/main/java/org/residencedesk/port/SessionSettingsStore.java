package org.residencedesk.port;

import java.util.OptionalInt;

/** The station's session settings kept beside the database: the minutes without input after which the window locks. */
public interface SessionSettingsStore {
    /** Empty when no administrator has set it (the product's default applies). */
    OptionalInt idleLockMinutes();

    /** Replaces the stored value in one step (the file is never half written). */
    void saveIdleLockMinutes(int minutes);
}

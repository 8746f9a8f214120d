package org.residencedesk.port.platform;

import java.util.Optional;

/**
 * {@code <data-dir>/platform.properties} for the 平台 settings tab (issue 13 items 4 and 5): read it, check what an
 * administrator typed with the same rules the station applies at start, write it (owner-only, replaced
 * atomically), and test a connection with settings that may not be saved yet.
 */
public interface PlatformSettingsStore {
    /** The file's values, or {@link PlatformSettings#none()} when there is no file. */
    PlatformSettings read();

    /** The first problem of {@code settings} (the key and a Chinese message), or empty when the station can use them. */
    Optional<PlatformSettings.Problem> check(PlatformSettings settings);

    /** Writes {@code settings} (already checked) as the station's file: 0600, atomic replace. */
    void write(PlatformSettings settings);

    /**
     * Tries {@code settings} against the platform step by step (configuration, network, server certificate, client
     * certificate, clock) as station {@code stationCode}. Blocks for up to a few seconds per step: never on the FX
     * thread.
     */
    ConnectionReport test(PlatformSettings settings, String stationCode);
}

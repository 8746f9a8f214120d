package org.residencedesk.port;

import org.residencedesk.domain.policy.HolidayTable;
import org.residencedesk.domain.policy.StationPolicy;

/**
 * The station policy file and the holiday table in the data folder (docs/station-policy.md, ADR 0165).
 * Reading is all or nothing: a file with one bad line is refused as a whole with {@link PolicyFileRefused}.
 */
public interface StationPolicyStore {
    /** The file's values over the Hubei defaults; the Hubei defaults when there is no file. */
    StationPolicy load();

    /** Whether the data folder holds a policy file (else the station runs on the Hubei defaults). */
    boolean exists();

    /** Writes every value (version 1) to a new owner-only file that atomically replaces the old one. */
    void save(StationPolicy policy);

    /** The station's holiday table, else the packaged one. */
    HolidayTable holidays();

    /** A policy file or holiday table that cannot be used; {@link #getMessage()} names the file, line and key in Chinese. */
    final class PolicyFileRefused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public PolicyFileRefused(String chineseMessage) {
            super(chineseMessage);
        }

        public PolicyFileRefused(String chineseMessage, Throwable cause) {
            super(chineseMessage, cause);
        }
    }
}

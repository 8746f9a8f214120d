package org.residencedesk.service.settings;

import java.util.List;
import java.util.Optional;
import org.residencedesk.domain.policy.HolidayTable;
import org.residencedesk.domain.policy.StationPolicy;

/**
 * What the 站点政策 screen shows.
 *
 * @param running           the values the services use in this process (read at start)
 * @param saved             the values in the policy file now (the Hubei defaults when there is none)
 * @param fileExists        whether the data folder holds a policy file
 * @param holidays          the holiday table the working-day calendar uses in this process
 * @param issuingAuthority  the station's 签发机关, empty until set
 * @param startupNotices    what start-up refused (a station form override), in Chinese
 */
public record PolicySettings(StationPolicy running, StationPolicy saved, boolean fileExists, HolidayTable holidays,
                             Optional<String> issuingAuthority, List<String> startupNotices) {
    public PolicySettings {
        startupNotices = List.copyOf(startupNotices);
    }

    /** Saved values differ from the running ones: they apply at the next start of the program. */
    public boolean restartNeeded() {
        return !running.equals(saved);
    }
}

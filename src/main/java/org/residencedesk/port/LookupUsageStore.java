package org.residencedesk.port;

import java.util.Collection;
import java.util.Map;
import org.residencedesk.domain.masterdata.UsageCounts;

/**
 * How often this counter picked each row of its look-ups (ADR 0177), kept beside the station's data.
 * Reading is from memory and fast (it runs on every keystroke); recording writes through and may be slow.
 */
public interface LookupUsageStore extends UsageCounts {
    /** Adds one use for each code, per table ({@link UsageCounts#DIVISIONS}, a code table name, choice:field). */
    void record(Map<String, ? extends Collection<String>> codesByTable);

    /** Counts nothing and remembers nothing (view-model tests, screens without a counter). */
    static LookupUsageStore none() {
        return new LookupUsageStore() {
            @Override
            public int uses(String table, String code) {
                return 0;
            }

            @Override
            public void record(Map<String, ? extends Collection<String>> codesByTable) {
                // nothing kept
            }
        };
    }
}

package org.residencedesk.port.platform;

import java.util.List;

/** A code table as the platform publishes it (PLATFORM-API.md §3). */
public record MasterDataTable(String table, long version, List<Row> rows) {
    public MasterDataTable {
        rows = List.copyOf(rows);
    }

    public record Row(String code, String name) {
    }
}

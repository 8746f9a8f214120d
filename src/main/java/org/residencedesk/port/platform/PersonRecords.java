package org.residencedesk.port.platform;

import java.util.List;
import java.util.Map;

/**
 * A person's registrations and permits at any station of the province (PLATFORM-API.md §4); each record is the
 * platform's JSON object as maps (it carries at least {@code stationCode}, {@code type} and {@code payload}).
 */
public record PersonRecords(String idNumber, List<Map<String, Object>> records) {
    public PersonRecords {
        records = List.copyOf(records);
    }
}

package org.residencedesk.port;

import java.io.IOException;
import java.util.List;

/**
 * Every registration with its person, streamed row by row in registration id order (for the export
 * service; nothing is collected in memory). ID numbers in full: an export is an authorised act (ADR 0061).
 */
public interface RegistrationExportSource {
    /** Column ids, also the CSV header and the JSON keys; stable for the systems that read the files. */
    List<String> COLUMNS = List.of("registrationNumber", "status", "idNumber", "idType", "name",
            "sex", "birthDate", "mobile", "residenceDivision", "address", "arrivalDate", "registeredOn",
            "registeredAt", "operator", "endReason", "endDate", "formVersion");

    /**
     * Receives one row: values in {@link #COLUMNS} order, null for an empty column, and the registration's complete
     * form as stored (FORM_JSON), which the export writes as one column per form field (docs/decisions/0230).
     */
    @FunctionalInterface
    interface RowConsumer {
        void accept(List<String> values, String formJson) throws IOException;
    }

    /**
     * Reads every row in its own read-only connection.
     *
     * @return rows passed to the consumer
     * @throws IOException what the consumer threw
     */
    long forEachRow(RowConsumer consumer) throws IOException;
}

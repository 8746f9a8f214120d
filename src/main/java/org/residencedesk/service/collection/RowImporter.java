package org.residencedesk.service.collection;

import java.util.List;
import org.residencedesk.domain.collection.RecordKind;
import org.residencedesk.domain.form.FieldError;
import org.residencedesk.domain.form.FormDefinition;
import org.residencedesk.domain.form.FormValues;
import org.residencedesk.service.Operator;

/**
 * What the collection import needs from one kind of record (docs/decisions/0231). {@link RegistrationImporter}
 * is the first; the registers of houses, employers and outflow implement it and are handed to
 * {@link CollectionImport} and {@link CollectionQueueService} by the composition root. The import does the rest:
 * reading CSV/XLSX, mapping headers, the template, duplicates, the queue, chunked transactions and the report.
 * <p>
 * Contract: {@link #problems} holds every rule of the window (the same messages), so a row it accepts is stored by
 * {@link #record} unless the station changed meanwhile; {@link #record} and {@link #alreadyRecorded} run inside
 * the caller's transaction and check their permission first; {@link #record} writes the record, its audit entry
 * and its outbox event, or throws {@link org.residencedesk.service.ValidationFailure} (Chinese message per field)
 * before writing anything.
 */
public interface RowImporter {
    RecordKind kind();

    /** The fields: one column per top-level field id, the labels are the template's headers. */
    FormDefinition form();

    /** Every problem of the row by the window's rules; empty when {@link #record} would accept it. */
    List<FieldError> problems(FormValues values);

    /** The template's example row: plausible values that pass {@link #problems} (skipped when left in a file). */
    FormValues example();

    /** The key that makes the same row imported twice a duplicate (called for rows without problems). */
    String identity(FormValues values);

    /** The list line of a queued row: a name and the identifying number (masked by the list). */
    RowLabel label(FormValues values);

    /** True when the station already holds the record this row describes (nothing is stored again). */
    boolean alreadyRecorded(Operator op, FormValues values);

    /**
     * Stores the row as a record for {@code op} (record + audit entry + outbox event), in the caller's transaction.
     *
     * @return the record's number (e.g. the registration number)
     */
    String record(Operator op, FormValues values);

    /**
     * How window staff confirm a queued row of this kind (ADR 0293); a registration by default: the person's card,
     * or a grid worker's note.
     */
    @org.residencedesk.service.NoOperator("metadata: how a queued row is confirmed")
    default ConfirmCheck confirmCheck() {
        return ConfirmCheck.PERSON_CARD;
    }

    /** What confirming a queued row needs besides the window's rules (ADR 0293). */
    enum ConfirmCheck {
        /** The person's card (its ID number must be the row's), or for a grid worker's row a note. */
        PERSON_CARD,
        /** A card of the person named in the row when they come, otherwise a note, whoever collected the row. */
        CARD_OR_NOTE,
        /** Nobody's identity to prove (a house, an employer): the register's rules suffice, a note is optional. */
        REGISTER_RULES
    }

    /** @param title what the queue shows first (a person's name); @param idNumber null when there is none */
    record RowLabel(String title, String idNumber) {
    }
}

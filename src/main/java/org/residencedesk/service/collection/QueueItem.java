package org.residencedesk.service.collection;

import java.time.Instant;
import org.residencedesk.domain.collection.CollectorKind;
import org.residencedesk.domain.collection.RecordKind;

/**
 * One waiting row of the collection queue as lists show it: the ID number masked, where it came from.
 *
 * @param sourceFile the file's name, null for a row typed in
 * @param sourceRow  the row's number in that file
 */
public record QueueItem(long id, RecordKind kind, String title, String maskedIdNumber, CollectorKind collector,
                        String collectedBy, Instant collectedAt, String sourceFile, Integer sourceRow) {
}

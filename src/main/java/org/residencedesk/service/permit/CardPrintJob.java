package org.residencedesk.service.permit;

import org.residencedesk.domain.permit.PrintRequest;
import org.residencedesk.port.printing.PrintDocument;

/**
 * A prepared card (ADR 0072): the PERMIT_CARD document to send to the printer and the request that
 * {@link CardProductionService#markPrinted} records once the printer reported success.
 *
 * @param expectedVersion number of history entries when prepared: a job for a permit that moved on is refused
 */
public record CardPrintJob(String permitId, PrintRequest request, PrintDocument card, int expectedVersion) {
}

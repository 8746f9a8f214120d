package org.residencedesk.platformsim;

import com.fasterxml.jackson.databind.JsonNode;

/** One event as the simulated platform stored it; {@code error} is set for a rejected one. */
public record StoredEvent(String stationCode, long seq, String eventId, String type, String status, String error,
                          JsonNode event) {
}

package org.residencedesk.service.permit;

import java.time.Instant;
import org.residencedesk.domain.online.OnlineKind;

/**
 * An ONLINE_APPLICATION message of the platform inbox (PLATFORM-API §2).
 *
 * @param platformRef the platform's id of the pre-application (receiving it twice stores it once)
 * @param formJson    the submitted values in the form JSON shape ({@code {"formId", "formVersion", "fields", "groups"}});
 *                    for a permit the fields {@code basis}, {@code representation}, {@code limitedMobility}
 */
public record OnlineSubmission(String platformRef, OnlineKind kind, String idNumber, String name, String formJson,
                               Instant receivedAt) {
}

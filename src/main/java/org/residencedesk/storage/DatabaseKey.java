package org.residencedesk.storage;

import org.residencedesk.port.StationSecret;

/** The boot secret that unlocks one station database, and where it is kept (named in messages, never the key). */
public record DatabaseKey(StationSecret secret, String location) {
}

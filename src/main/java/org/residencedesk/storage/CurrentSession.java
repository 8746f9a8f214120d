package org.residencedesk.storage;

import org.hibernate.Session;

/** How repositories reach the session of the unit of work running on their thread. */
public interface CurrentSession {
    Session session();

    /** The audit log appended entry {@code seq} in the running unit: the commit witness names it once it commits. */
    default void auditAppended(long seq, String hash) {
    }
}

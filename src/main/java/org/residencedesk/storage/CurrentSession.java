package org.residencedesk.storage;

import org.hibernate.Session;

/** How repositories reach the session of the unit of work running on their thread. */
public interface CurrentSession {
    Session session();
}

package org.residencedesk.domain.online;

/** What the resident pre-applied for online (PLATFORM-API §2, ONLINE_APPLICATION). */
public enum OnlineKind {
    REGISTRATION, PERMIT
}

package org.residencedesk.domain.registration;

/** Why a registration was cancelled (注销原因); the Chinese names are in the {@code registration} bundle. */
public enum MoveOutReason {
    MOVED_AWAY,
    RETURNED_TO_HUKOU,
    HUKOU_MOVED_HERE,
    DEATH,
    DUPLICATE,
    OTHER;

    public String messageKey() {
        return "moveOut.reason." + name();
    }
}

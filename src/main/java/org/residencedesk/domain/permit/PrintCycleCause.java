package org.residencedesk.domain.permit;

/** What opened the current print cycle; decides which print type the cycle starts with. */
public enum PrintCycleCause {
    NEW_PERMIT, REPLACEMENT, REISSUE;

    public PrintType firstPrintType() {
        return this == REISSUE ? PrintType.LOST_REPRINT : PrintType.FIRST;
    }
}

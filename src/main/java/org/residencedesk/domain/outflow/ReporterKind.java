package org.residencedesk.domain.outflow;

/** Who reported an outflow period (申报人): the person, a relative at the window, or the platform's notice. */
public enum ReporterKind {
    SELF,
    RELATIVE,
    PLATFORM;

    public String labelKey() {
        return "outflow.reporter." + name();
    }
}

package org.residencedesk.service.demodata;


/** The database failed during generation; the chunks committed before (each consistent) remain. */
public final class DemoDataFailure extends Exception {
    private static final long serialVersionUID = 1L;
    private final long personsWritten;

    DemoDataFailure(long personsWritten, Throwable cause) {
        super("demo data generation failed", cause);
        this.personsWritten = personsWritten;
    }

    public long personsWritten() {
        return personsWritten;
    }
}

package org.residencedesk.service.demodata;

import org.residencedesk.service.permit.PermitDemoData;

/** What a demo-data run reports while it works (the command prints it; the window ignores it). */
public interface DemoDataListener extends ProgressListener {
    DemoDataListener SILENT = new DemoDataListener() {
        @Override
        public void demoStationCreated(String stationCode) {
        }

        @Override
        public void progress(int percent, long persons, double personsPerSecond) {
        }
    };

    /** The data folder was empty and became the demo station with this code. */
    void demoStationCreated(String stationCode);

    /**
     * A demo permit card was printed (recorded as printed; nothing reaches a printer), with the card document as it
     * would have been sent: for checks that the card says what the record holds (ADR 0143). Ignored by default.
     */
    default void cardPrinted(PermitDemoData.PrintedCard card) {
    }
}

package org.residencedesk.service.demodata;

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
}

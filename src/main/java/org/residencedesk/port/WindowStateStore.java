package org.residencedesk.port;

import java.util.Optional;

/**
 * The main window's size, position, maximised state and last work area, per operator, kept on this counter PC
 * (a small owner-only file in the data folder, ADR 0182), and the station it showed last (ADR 0371). Never holds
 * personal data: a login, numbers and the station's name and code.
 */
public interface WindowStateStore {
    /** What the window looked like when {@code login} last closed it or signed out. */
    Optional<WindowState> load(String login);

    /** The state the window was left in last, by whoever: used before anyone has signed in. */
    Optional<WindowState> last();

    /** Remembers {@code state} for {@code login} (and as the last state). Never throws: a write failure is logged. */
    void save(String login, WindowState state);

    /**
     * The station this window showed last (ADR 0371): lets the next start show the login screen while the database
     * is still opening. Empty before the first start that found a station, or when the file is unreadable.
     */
    Optional<StationHint> station();

    /** Remembers the station the window found. Never throws: a write failure is logged. */
    void rememberStation(StationHint station);

    /** What the login screen names before the database is open: no personal data. */
    record StationHint(String name, String code, boolean demo) {
    }

    /**
     * @param lastArea the work area's name (e.g. {@code QUERY}), or null
     */
    record WindowState(double x, double y, double width, double height, boolean maximised, String lastArea) {
        public WindowState withArea(String area) {
            return new WindowState(x, y, width, height, maximised, area);
        }
    }
}

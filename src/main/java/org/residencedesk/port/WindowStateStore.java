package org.residencedesk.port;

import java.util.Optional;

/**
 * The main window's size, position, maximised state and last work area, per operator, kept on this counter PC
 * (a small owner-only file in the data folder, ADR 0182). Never holds personal data: a login and numbers.
 */
public interface WindowStateStore {
    /** What the window looked like when {@code login} last closed it or signed out. */
    Optional<WindowState> load(String login);

    /** The state the window was left in last, by whoever: used before anyone has signed in. */
    Optional<WindowState> last();

    /** Remembers {@code state} for {@code login} (and as the last state). Never throws: a write failure is logged. */
    void save(String login, WindowState state);

    /**
     * @param lastArea the work area's name (e.g. {@code QUERY}), or null
     */
    record WindowState(double x, double y, double width, double height, boolean maximised, String lastArea) {
        public WindowState withArea(String area) {
            return new WindowState(x, y, width, height, maximised, area);
        }
    }
}

package org.residencedesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.port.WindowStateStore.WindowState;
import org.residencedesk.storage.PropertiesWindowStateStore;
import org.residencedesk.ui.shell.WindowPlacement.Placement;

/**
 * Where the window opens and what it remembers, without a window (ADR 0182): the default fits a 1366×768 screen
 * with its task bar, nothing is ever larger than the screen, a remembered window off every screen now is
 * ignored, and the remembered state survives a restart in an owner-only file, per operator.
 */
class WindowPlacementTest {
    /** A 1366×768 screen with a 40-pixel task bar at the bottom. */
    static final Rectangle2D COUNTER = new Rectangle2D(0, 0, 1366, 728);
    @TempDir
    Path dataDir;

    @Test
    void theDefaultFitsTheCounterScreenCentred() {
        Placement p = WindowPlacement.place(Optional.empty(), List.of(COUNTER));
        assertThat(p).isEqualTo(new Placement(43, 4, 1280, 720, false));
        assertThat(inside(p, COUNTER)).isTrue();
    }

    @Test
    void theDefaultIsNeverLargerThanASmallScreen() {
        Rectangle2D small = new Rectangle2D(0, 0, 1024, 560);
        Placement p = WindowPlacement.place(Optional.empty(), List.of(small));
        assertThat(p).isEqualTo(new Placement(0, 0, 1024, 560, false));
    }

    @Test
    void aRememberedWindowOnAScreenIsKeptWithItsMaximisedState() {
        WindowState s = new WindowState(100, 50, 1100, 640, true, "QUERY");
        assertThat(WindowPlacement.place(Optional.of(s), List.of(COUNTER)))
                .isEqualTo(new Placement(100, 50, 1100, 640, true));
    }

    @Test
    void aRememberedWindowOnAScreenThatIsGoneOpensAtTheDefault() {
        // left on a second screen to the right, which is unplugged now
        WindowState s = new WindowState(1500, 100, 1200, 700, false, null);
        assertThat(WindowPlacement.place(Optional.of(s), List.of(COUNTER)))
                .isEqualTo(WindowPlacement.place(Optional.empty(), List.of(COUNTER)));
        Rectangle2D second = new Rectangle2D(1366, 0, 1920, 1040);
        assertThat(WindowPlacement.place(Optional.of(s), List.of(COUNTER, second)))
                .as("still there: kept").isEqualTo(new Placement(1500, 100, 1200, 700, false));
    }

    @Test
    void aRememberedWindowLargerThanTheScreenNowIsShrunkAndMovedOntoIt() {
        WindowState s = new WindowState(200, 100, 1900, 1000, false, null);
        Placement p = WindowPlacement.place(Optional.of(s), List.of(COUNTER));
        assertThat(p).isEqualTo(new Placement(0, 0, 1366, 728, false));
        WindowState titleBarAboveTheScreen = new WindowState(100, -200, 800, 600, false, null);
        assertThat(WindowPlacement.place(Optional.of(titleBarAboveTheScreen), List.of(COUNTER)))
                .as("a title bar that cannot be grabbed: the default")
                .isEqualTo(WindowPlacement.place(Optional.empty(), List.of(COUNTER)));
    }

    @Test
    void theStateRoundTripsPerOperatorInAnOwnerOnlyFile() throws Exception {
        PropertiesWindowStateStore store = new PropertiesWindowStateStore(dataDir);
        assertThat(store.last()).isEmpty();
        store.save("wangfang", new WindowState(10, 20, 1200, 700, false, "PERMIT"));
        store.save("zhouli", new WindowState(30, 40, 1300, 720, true, "QUERY"));

        PropertiesWindowStateStore restarted = new PropertiesWindowStateStore(dataDir);
        assertThat(restarted.load("wangfang")).contains(new WindowState(10, 20, 1200, 700, false, "PERMIT"));
        assertThat(restarted.load("zhouli")).contains(new WindowState(30, 40, 1300, 720, true, "QUERY"));
        assertThat(restarted.load("nobody")).isEmpty();
        assertThat(restarted.last()).as("the last one written").contains(new WindowState(30, 40, 1300, 720, true, "QUERY"));
        Path file = dataDir.resolve(PropertiesWindowStateStore.FILE_NAME);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.readString(file)).doesNotContain("王").contains("window[wangfang].area=PERMIT");
    }

    @Test
    void aBrokenFileIsIgnored() throws Exception {
        Files.writeString(dataDir.resolve(PropertiesWindowStateStore.FILE_NAME),
                "window[wangfang].width=wide\nwindow[wangfang].x=1\nlast.width=\\u00zz\n");
        PropertiesWindowStateStore store = new PropertiesWindowStateStore(dataDir);
        assertThat(store.load("wangfang")).isEmpty();
        assertThat(store.last()).isEmpty();
        store.save("wangfang", new WindowState(1, 2, 1100, 650, false, null));
        assertThat(store.load("wangfang")).contains(new WindowState(1, 2, 1100, 650, false, null));
    }

    @Test
    void aRememberedAreaIsKnownByNameOnly() {
        assertThat(WorkArea.named("QUERY")).contains(WorkArea.QUERY);
        assertThat(WorkArea.named("REMOVED_AREA")).isEmpty();
    }

    private static boolean inside(Placement p, Rectangle2D screen) {
        return p.x() >= screen.getMinX() && p.y() >= screen.getMinY() && p.x() + p.width() <= screen.getMaxX()
                && p.y() + p.height() <= screen.getMaxY();
    }
}

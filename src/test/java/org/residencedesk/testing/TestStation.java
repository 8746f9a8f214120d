package org.residencedesk.testing;

import java.nio.file.Path;
import java.time.Clock;
import org.residencedesk.app.AppContext;
import org.residencedesk.service.StationSetup;

/** A real station database for service and UI tests: 关山街道 in 洪山区, administrator admin / Station#2026. */
public final class TestStation {
    public static final String CODE = "420111002001";
    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "Station#2026";

    private TestStation() {
    }

    /**
     * Opens a new station in {@code dataDir}: a copy of the migrated {@link StationTemplate} with the packaged master
     * data, set up with this station and administrator at the test's clock.
     */
    public static AppContext open(Path dataDir, Clock clock) {
        StationTemplate.seed(dataDir);
        return setUp(AppContext.openForTests(dataDir, TestMasterData.shared(), clock));
    }

    /** The same with the station's key in {@code keyDirectory} (command-line tests keep keys beside the data). */
    public static AppContext open(Path dataDir, Path keyDirectory, Clock clock) {
        StationTemplate.seed(dataDir, keyDirectory);
        return setUp(AppContext.openForTests(dataDir, keyDirectory, TestMasterData.shared(), clock));
    }

    private static AppContext setUp(AppContext ctx) {
        ctx.stationSetup().setUp(new StationSetup(CODE, "关山街道流动人口服务站", "420111002", "武汉市公安局洪山分局", ADMIN, "站长",
                ADMIN_PASSWORD.toCharArray(), ADMIN_PASSWORD.toCharArray()));
        return ctx;
    }

    /** Opens a station {@link #open} set up before (a restart of the program). */
    public static AppContext reopen(Path dataDir, Clock clock) {
        return AppContext.openForTests(dataDir, TestMasterData.shared(), clock);
    }
}

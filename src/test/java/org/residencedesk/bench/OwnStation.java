package org.residencedesk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.stream.Stream;
import org.residencedesk.app.AppContext;
import org.residencedesk.service.StationSetup;
import org.residencedesk.testing.TestMasterData;
import org.residencedesk.testing.TestStation;

/**
 * A small station of a figure's own (import, upload drain, start-up, memory): a fresh, set-up database under
 * {@code folder/station} with its key folder {@code folder/keys}, like {@link TestStation} (same code and
 * administrator), with the tests' cheap password hasher.
 */
final class OwnStation {
    private OwnStation() {
    }

    static AppContext create(Path folder, Clock clock) throws IOException {
        delete(folder);
        Files.createDirectories(folder);
        AppContext ctx = reopen(folder, clock);
        ctx.stationSetup().setUp(new StationSetup(TestStation.CODE, "关山街道流动人口服务站", "420111002",
                "武汉市公安局洪山分局", TestStation.ADMIN, "站长", TestStation.ADMIN_PASSWORD.toCharArray(),
                TestStation.ADMIN_PASSWORD.toCharArray()));
        return ctx;
    }

    static AppContext reopen(Path folder, Clock clock) {
        return AppContext.openForTests(folder.resolve("station"), folder.resolve("keys"), TestMasterData.shared(),
                clock);
    }

    static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) return;
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}

package org.residencedesk.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.residencedesk.app.AppContext;
import org.residencedesk.domain.account.Role;
import org.residencedesk.domain.collection.CollectorKind;
import org.residencedesk.domain.collection.RecordKind;
import org.residencedesk.domain.form.FormColumns;
import org.residencedesk.service.Operator;
import org.residencedesk.service.collection.CollectedPeople;
import org.residencedesk.service.collection.ImportResult;

/**
 * Import of a grid worker's CSV of collected rows into the collection queue (社会化采集, {@code import}) on a
 * station of its own: 10,000 rows (quick: 2,000), every 20th spoiled by a bad value as in the import tests, each
 * round on a fresh station so every good row is new. No floor is named by the issue.
 */
final class ImportFigure {
    private ImportFigure() {
    }

    static Figure measure(Path work, Clock clock, boolean quick) throws Exception {
        int rows = quick ? 2_000 : 10_000;
        int rounds = quick ? 1 : 3;
        List<Double> seconds = new ArrayList<>();
        long accepted = 0;
        for (int round = 0; round < rounds; round++) {
            Path folder = work.resolve("import-" + round);
            try (AppContext ctx = OwnStation.create(folder, clock)) {
                Operator grid = org.residencedesk.testing.TestOperators.signIn(ctx, "benchgrid", "网格员",
                        Role.GRID_WORKER);
                Path file = work.resolve("collected-" + round + ".csv");
                CollectedPeople.writeCsv(file, new FormColumns(ctx.registration().form(), ctx.masterData()),
                        CollectedPeople.rows(rows, 0).stream().map(CollectedPeople.Row::values).toList());
                long s = System.nanoTime();
                ImportResult r = ctx.collectionImport().collect(grid, RecordKind.REGISTRATION,
                        CollectorKind.GRID_WORKER, file);
                seconds.add((System.nanoTime() - s) / 1e9);
                if (r.accepted() + r.rejected() != rows) throw new IllegalStateException("import lost rows: " + r);
                accepted = r.accepted();
            } finally {
                OwnStation.delete(folder);
            }
        }
        return Figure.measured("import", String.format(Locale.ROOT, "import of %,d collected rows", rows), "s",
                Sample.of(seconds), Target.p95("≤ 30 s", 30), null, null, false,
                String.format(Locale.ROOT, "into the collection queue of a fresh station (%,d accepted, %,d refused "
                        + "with their reasons), CSV read, every row validated, queued and audited", accepted,
                        rows - accepted));
    }
}

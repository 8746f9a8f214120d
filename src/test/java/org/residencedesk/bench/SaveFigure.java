package org.residencedesk.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.residencedesk.app.AppContext;
import org.residencedesk.service.Operator;

/** The committed registration save beside the same rows by plain JDBC ({@link JdbcFloors#saveRows}), interleaved. */
final class SaveFigure {
    private SaveFigure() {
    }

    /**
     * Saves of each kind made untimed before the timed ones (ADR 0402): the product's save runs through far more code
     * than its floor (validation, Hibernate, JSON), which the JIT compiles later: the ratio fell from 2.4 over the
     * first 500 to 1.5 after 2,500 (LookupSaveProbe at 1,000,000 persons). The note keeps the first ones' ratio.
     */
    static final int WARM_UP = 2_000;
    /** The first saves of a fresh JVM, whose ratio the figure's note gives. */
    static final int FIRST_SAVES = 200;

    static Figure measure(AppContext ctx, Operator clerk, JdbcFloors floors, Connection c, Clock clock, boolean quick)
            throws SQLException {
        int n = quick ? 50 : 200;
        List<Long> product = new ArrayList<>();
        List<Long> floor = new ArrayList<>();
        FreshIdentities fresh = new FreshIdentities(c);
        List<Long> firstProduct = new ArrayList<>();
        List<Long> firstFloor = new ArrayList<>();
        for (int i = 0; i < WARM_UP; i++) { // not in the figure: until the JIT has compiled both paths
            long took = fresh.timeSave(ctx.registration(), clerk, clock)[0];
            long floorTook = floors.saveRows(n + i);
            if (i < FIRST_SAVES) {
                firstProduct.add(took);
                firstFloor.add(floorTook);
            }
        }
        double firstRatio = Sample.ofNanos(firstProduct).median() / Sample.ofNanos(firstFloor).median();
        for (int i = 0; i < n; i++) { // interleaved, so a slow phase of the machine hits both alike
            product.add(fresh.timeSave(ctx.registration(), clerk, clock)[0]);
            floor.add(floors.saveRows(i));
        }
        return Figure.measured("save", "save a registration, committed", "ms", Sample.ofNanos(product),
                Target.p95AndRatio("p95 ≤ 20 ms and ≤ 2 × floor", 20, 2),
                "person, registration, history, chained audit, outbox rows and their three counter rows by plain JDBC,"
                        + " one commit", Sample.ofNanos(floor),
                false, String.format(Locale.ROOT, "after %,d saves of each not in the figure (ADR 0402; the "
                        + "first %d of them, in a fresh JVM: median ratio %.2f); the floor draws the registration, ",
                        WARM_UP, FIRST_SAVES, firstRatio)
                        + "audit and outbox numbers from counter rows and chains its audit row as the product does (ADR "
                        + "0384); the product also validates the form, builds the form JSON and the event payload and "
                        + "goes through Hibernate");
    }
}

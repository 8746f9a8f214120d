package org.residencedesk.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import org.residencedesk.app.AppContext;
import org.residencedesk.domain.registration.SearchKind;
import org.residencedesk.masterdata.ClasspathMasterData;
import org.residencedesk.domain.account.Role;
import org.residencedesk.service.Operator;
import org.residencedesk.service.registration.RegistrationService;
import org.residencedesk.testing.TestOperators;

/**
 * Diagnoses slow searches on a filled data folder (e.g. after {@code demo-data --persons 1000000}):
 * for each search, how many persons match and how long RegistrationService.search takes, cold and
 * warm. Run with {@code -Dderby.language.logQueryPlan=true} to get Derby's plans in the folder's
 * derby.log. Usage: {@code bench/run RegistrationQueryProbe DATA_DIR [ID_NUMBER]}.
 */
public final class RegistrationQueryProbe {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        try (AppContext ctx = AppContext.open(dir, new ClasspathMasterData(), Clock.system(ZoneId.of("Asia/Shanghai")))) {
            String id = args.length > 1 ? args[1] : firstIdNumber(ctx);
            probe(ctx, id, SearchKind.ID_NUMBER, "SELECT COUNT(*) FROM PERSON WHERE ID_NUMBER = ?", id);
            for (String name : new String[] {"王伟", "张", "欧阳"}) {
                probe(ctx, name, SearchKind.NAME, "SELECT COUNT(*) FROM PERSON WHERE NAME LIKE ?", name + "%");
            }
            for (String initials : new String[] {"zw", "wjh", "lxy", "ouy"}) {
                probe(ctx, initials, SearchKind.NAME_INITIALS, "SELECT COUNT(*) FROM PERSON WHERE NAME_INITIALS LIKE ?",
                        initials + "%");
            }
        }
    }

    private static String firstIdNumber(AppContext ctx) throws Exception {
        try (Connection c = ctx.database().openConnection();
             PreparedStatement ps = c.prepareStatement("SELECT ID_NUMBER FROM PERSON WHERE ID = 4242");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void probe(AppContext ctx, String text, SearchKind kind, String countSql, String countArg)
            throws Exception {
        long matches;
        try (Connection c = ctx.database().openConnection(); PreparedStatement ps = c.prepareStatement(countSql)) {
            ps.setString(1, countArg);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                matches = rs.getLong(1);
            }
        }
        RegistrationService s = ctx.registration();
        Operator clerk = TestOperators.signIn(ctx, "bench", "基准测试", Role.WINDOW_STAFF);
        long t0 = System.nanoTime();
        int found = s.search(clerk, text, kind, 0, 20).items().size();
        long cold = System.nanoTime() - t0;
        long t1 = System.nanoTime();
        s.search(clerk, text, kind, 0, 20);
        long warm = System.nanoTime() - t1;
        System.out.printf(Locale.ROOT, "| %s | %s | %,d persons match | first page %d rows | cold %.1f ms | warm %.1f ms |%n",
                kind, kind == SearchKind.ID_NUMBER ? "(an ID number)" : text, matches, found, cold / 1e6, warm / 1e6);
    }
}

package org.residencedesk.cli;

import org.residencedesk.service.permit.PermitDemoData;
import org.residencedesk.domain.permit.PermitStatus;
import java.util.Map;
import java.util.ArrayList;
import java.time.LocalDate;
import java.sql.ResultSet;
import java.sql.PreparedStatement;
import java.sql.Connection;
import java.io.PrintWriter;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.residencedesk.cli.demodata.DemoDataFailure;
import org.residencedesk.cli.demodata.DemoDataGenerator;
import org.residencedesk.cli.demodata.DemoDataRefused;
import org.residencedesk.cli.demodata.DemoDataResult;
import org.residencedesk.cli.demodata.DemoDataSettings;
import org.residencedesk.domain.account.Role;
import org.residencedesk.domain.account.UserAccount;
import org.residencedesk.domain.audit.AuditAction;
import org.residencedesk.domain.audit.AuditRecord;
import org.residencedesk.domain.station.Station;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code demo-data --persons N [--days D] [--seed S] [--force]}: fills the station database with
 * synthetic but valid persons and registrations for training and load tests (ADR 0060). Refuses a
 * real (non-demo) station unless {@code --force} is given; an empty data folder becomes a demo station. One audit entry; no platform events.
 */
@Command(name = "demo-data", mixinStandardHelpOptions = true,
        description = "生成虚构的人员与居住登记数据（演示与压力测试用，不上传省级平台）")
public final class DemoDataCommand implements Callable<Integer> {
    static final int EXIT_FAILED = 1;
    static final int EXIT_INVALID = 2;
    static final int EXIT_NOT_DEMO = 3;
    /** The audit actor: a headless job has no signed-in operator. */
    static final String ACTOR = "cli:demo-data";
    private static final Logger LOG = LoggerFactory.getLogger(DemoDataCommand.class);

    @Spec
    private CommandSpec spec;

    @Option(names = "--persons", required = true, paramLabel = "N", description = "人数（1 至 5000000）")
    long persons;

    @Option(names = "--days", paramLabel = "D", defaultValue = "365",
            description = "登记日期分布在今天之前的多少天内（默认 ${DEFAULT-VALUE}）")
    int days;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "随机种子：相同种子生成相同数据（默认 ${DEFAULT-VALUE}）")
    long seed;

    @Option(names = "--permits", paramLabel = "K", defaultValue = "-1",
            description = "为多少名在册人员生成各种状态的居住证（默认：人数的十分之一，最多300）")
    int permits;

    @Option(names = "--force", description = "在非演示站点上也生成（仅供测试环境使用）")
    boolean force;

    private final Supplier<StationData> data;

    public DemoDataCommand(Supplier<StationData> data) {
        this.data = data;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DemoDataSettings settings;
        try {
            settings = new DemoDataSettings(persons, days, seed);
        } catch (IllegalArgumentException e) {
            err.println(CliMessages.get("demoData.badSettings", DemoDataSettings.MAX_PERSONS, DemoDataSettings.MAX_DAYS));
            return EXIT_INVALID;
        }
        BulkLoadTuning.applyBeforeDatabaseOpens();
        StationData d = data.get();
        Optional<Station> station = d.transactions().readOnly(() -> d.stations().find());
        if (station.isEmpty()) {
            // an empty data folder becomes a demo station, as the window's demo button does
            station = Optional.of(d.setup().setUpDemo());
            err.println(CliMessages.get("demoData.demoStationCreated", station.get().code().value()));
        }
        Station s = station.get();
        if (!s.isDemo() && !force) {
            err.println(CliMessages.get("demoData.notDemoStation", s.code().value()));
            return EXIT_NOT_DEMO;
        }
        List<String> operators = d.transactions().readOnly(() -> d.users().findAll()).stream()
                .filter(UserAccount::isActive)
                .filter(u -> u.hasRole(Role.WINDOW_STAFF) || u.hasRole(Role.ADMIN))
                .map(UserAccount::login).sorted().toList();
        DemoDataGenerator generator = new DemoDataGenerator(d.connections(), d.masterData(), d.nameInitials(),
                d.registrationForm().id(), d.registrationForm().version(), d.clock());
        String what = "persons=" + persons + ",days=" + days + ",seed=" + seed + (s.isDemo() ? "" : ",force");
        try {
            DemoDataResult r = generator.generate(new DemoDataGenerator.Target(s.code().value(), s.divisionCode(),
                    operators), settings, (percent, done, rate) ->
                    err.println(CliMessages.get("demoData.progress", percent, done, Math.round(rate))));
            // Permits go through the real permit service and so write its audit entries and platform events;
            // only a demo station gets them, because a demo station never uploads (ADR 0060).
            Map<PermitStatus, Integer> permitCounts = s.isDemo() ? generatePermits(d) : Map.of();
            audit(d, s, what + ",changed=" + r.changed() + ",movedOut=" + r.movedOut() + ",permits="
                    + permitCounts.values().stream().mapToInt(Integer::intValue).sum());
            out.println(CliMessages.get("demoData.done", r.persons(), r.changed(), r.movedOut(),
                    r.millis() / 1000.0, Math.round(r.personsPerSecond())));
            if (!permitCounts.isEmpty()) {
                out.println(CliMessages.get("demoData.permits", permitCounts.values().stream()
                        .mapToInt(Integer::intValue).sum(), permitCounts.toString()));
            }
            return 0;
        } catch (DemoDataRefused e) {
            err.println(CliMessages.get(e.messageKey(), e.arguments()));
            return EXIT_INVALID;
        } catch (DemoDataFailure e) {
            // chunks committed before the failure stay (each is consistent); the audit says how many
            LOG.error("demo data generation failed after {} persons", e.personsWritten(), e.getCause());
            audit(d, s, what + ",failedAfter=" + e.personsWritten());
            err.println(CliMessages.get("demoData.failed", e.personsWritten()));
            return EXIT_FAILED;
        } catch (SQLException e) {
            LOG.error("demo data generation could not start", e);
            err.println(CliMessages.get("demoData.failed", 0));
            return EXIT_FAILED;
        }
    }

    private static void audit(StationData d, Station s, String detail) {
        d.transactions().run(() -> d.audit().append(new AuditRecord(ACTOR, AuditAction.DATA_GENERATED, "STATION",
                s.code().value(), detail)));
    }

    /**
     * Permits in every state for the first persons with an active registration, through the real permit
     * service (so they obey the same rules as real ones); few enough to keep the command fast.
     */
    private Map<PermitStatus, Integer> generatePermits(StationData d) throws SQLException {
        int wanted = permits >= 0 ? permits : (int) Math.min(300, persons / 10);
        if (wanted == 0) {
            return Map.of();
        }
        List<Long> personIds = new ArrayList<>();
        try (Connection c = d.connections().open();
             PreparedStatement ps = c.prepareStatement("SELECT PERSON_ID FROM RESIDENCE_REGISTRATION "
                     + "WHERE STATUS = 'ACTIVE' ORDER BY ID FETCH FIRST ? ROWS ONLY")) {
            ps.setInt(1, wanted);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    personIds.add(rs.getLong(1));
                }
            }
        }
        return PermitDemoData.generate(d.permits(), personIds, LocalDate.now(d.clock()));
    }
}

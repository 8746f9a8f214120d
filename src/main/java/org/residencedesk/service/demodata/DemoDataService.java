package org.residencedesk.service.demodata;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.residencedesk.domain.account.Permission;
import org.residencedesk.domain.account.Role;
import org.residencedesk.domain.account.UserAccount;
import org.residencedesk.domain.audit.AuditAction;
import org.residencedesk.domain.audit.AuditRecord;
import org.residencedesk.domain.form.FormDefinition;
import org.residencedesk.domain.masterdata.MasterData;
import org.residencedesk.domain.permit.PermitStatus;
import org.residencedesk.domain.registration.RegistrationDeadline;
import org.residencedesk.domain.registration.RegistrationNumberFormat;
import org.residencedesk.domain.station.Station;
import org.residencedesk.port.AuditLog;
import org.residencedesk.port.FormCodec;
import org.residencedesk.port.NameInitials;
import org.residencedesk.port.StationRepository;
import org.residencedesk.port.Transactions;
import org.residencedesk.port.UserRepository;
import org.residencedesk.port.demodata.BulkPermitStore;
import org.residencedesk.port.demodata.BulkRegistrationStore;
import org.residencedesk.port.demodata.DemoWordSource;
import org.residencedesk.port.demodata.BulkWriteException;
import org.residencedesk.service.AuthenticationService;
import org.residencedesk.service.NoOperator;
import org.residencedesk.service.Operator;
import org.residencedesk.service.Requires;
import org.residencedesk.service.ValidationFailure;
import org.residencedesk.service.StationSetupService;
import org.residencedesk.service.permit.BulkPermitDemoData;
import org.residencedesk.service.permit.PermitDemoData;
import org.residencedesk.service.permit.PermitServices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills the station database with synthetic but valid persons, registrations and permits for training
 * and load tests (ADR 0060); used by {@code demo-data} and by the window's demo button. Refuses a real
 * (non-demo) station unless forced by a signed-in administrator; an empty data folder becomes a demo station. One audit entry per run;
 * bulk registrations make no platform events; up to 300 permits go through the real permit
 * service, more are written in bulk (ADR 0390).
 */
public final class DemoDataService {
    /**
     * The audit actor on a demo station: generating data there is a job, not an operator's act (the window's
     * button included). A forced run on a real station names its administrator instead.
     */
    public static final String ACTOR = "cli:demo-data";
    private static final int MAX_DEFAULT_PERMITS = 300;
    private static final Logger LOG = LoggerFactory.getLogger(DemoDataService.class);

    private final Transactions tx;
    private final StationRepository stations;
    private final UserRepository users;
    private final AuditLog audit;
    private final StationSetupService setup;
    private final AuthenticationService authentication;
    private final PermitServices permits;
    private final BulkRegistrationStore store;
    private final BulkPermitStore permitStore;
    private final DemoDataGenerator generator;
    private final Clock clock;
    private final RegistrationNumberFormat numberFormat;
    private final RegistrationDeadline deadline;
    private final DemoWordSource words;
    private final MasterData masterData;

    public DemoDataService(Transactions tx, StationRepository stations, UserRepository users, AuditLog audit,
                           StationSetupService setup, AuthenticationService authentication, PermitServices permits, BulkRegistrationStore store,
                           BulkPermitStore permitStore, FormCodec formCodec, MasterData masterData, NameInitials nameInitials,
                           DemoWordSource words, FormDefinition registrationForm, RegistrationNumberFormat numberFormat,
                           RegistrationDeadline deadline, Clock clock) {
        this.tx = tx;
        this.stations = stations;
        this.users = users;
        this.audit = audit;
        this.setup = setup;
        this.authentication = authentication;
        this.permits = permits;
        this.store = store;
        this.permitStore = permitStore;
        this.clock = clock;
        this.numberFormat = numberFormat;
        this.deadline = deadline;
        this.words = words;
        this.masterData = masterData;
        this.generator = new DemoDataGenerator(store, formCodec, masterData, nameInitials, words, registrationForm.id(),
                registrationForm.version(), clock);
    }

    /**
     * @throws DemoDataRefused nothing written: settings out of range or impossible, or a real station
     *                         without {@code force}
     * @throws DemoDataFailure the database failed; chunks committed before stay (each is consistent)
     */
    @NoOperator("fills only a demo station (an empty folder becomes one), whose known demo account is signed in here for the permit steps; a real station needs an administrator (the other overload)")
    public DemoDataOutcome generate(DemoDataRequest request, DemoDataListener listener)
            throws DemoDataRefused, DemoDataFailure {
        return run(request, null, listener);
    }

    /**
     * @param operator signed in through {@link AuthenticationService}, holding {@link Permission#DEMO_DATA}; a real
     *                 station is filled only when forced, and the operator is then the audit actor
     * @throws DemoDataRefused nothing written: settings out of range or impossible, or a real station without
     *                         {@code force}
     * @throws DemoDataFailure the database failed; chunks committed before stay (each is consistent)
     */
    @Requires(Permission.DEMO_DATA)
    public DemoDataOutcome generate(DemoDataRequest request, Operator operator, DemoDataListener listener)
            throws DemoDataRefused, DemoDataFailure {
        operator.require(Permission.DEMO_DATA);
        return run(request, operator, listener);
    }

    private DemoDataOutcome run(DemoDataRequest request, Operator operator, DemoDataListener listener)
            throws DemoDataRefused, DemoDataFailure {
        DemoDataSettings settings;
        try {
            settings = new DemoDataSettings(request.persons(), request.days(), request.seed());
        } catch (IllegalArgumentException e) {
            throw new DemoDataRefused("demoData.badSettings", DemoDataSettings.MAX_PERSONS, DemoDataSettings.MAX_DAYS);
        }
        if (request.permits() > request.persons()) {
            throw new DemoDataRefused("demoData.tooManyPermits", request.permits(), request.persons());
        }
        Optional<Station> found = tx.readOnly(stations::find);
        Station station;
        if (found.isEmpty()) {
            // an empty data folder becomes a demo station, as the window's demo button does
            station = setup.setUpDemo();
            listener.demoStationCreated(station.code().value());
        } else {
            station = found.get();
        }
        if (!station.isDemo() && !request.force()) {
            throw new DemoDataRefused(DemoDataRefused.NOT_DEMO_STATION, station.code().value());
        }
        if (!station.isDemo() && operator == null) {
            throw new DemoDataRefused(DemoDataRefused.ADMIN_REQUIRED, station.code().value());
        }
        // demo permits are steps of the demo station's own demo account, signed in like anyone else
        Operator permitOperator = station.isDemo() ? demoAccount() : null;
        String actor = operator == null ? ACTOR : operator.login();
        List<String> operators = tx.readOnly(users::findAll).stream()
                .filter(UserAccount::isActive)
                .filter(u -> u.hasRole(Role.WINDOW_STAFF) || u.hasRole(Role.ADMIN))
                .map(UserAccount::login).sorted().toList();
        String what = "persons=" + request.persons() + ",days=" + request.days() + ",seed=" + request.seed()
                + (station.isDemo() ? "" : ",force");
        DemoDataResult result;
        Map<PermitStatus, Integer> permitCounts;
        try {
            result = generator.generate(new DemoDataGenerator.Target(station.code().value(),
                    station.divisionCode(), operators, numberFormat, deadline), settings, listener);
            // Permits go through the real permit service and so write its audit entries and platform events;
            // only a demo station gets them, because a demo station never uploads (ADR 0060).
            PhaseLog phases = new PhaseLog(request.persons());
            permitCounts = station.isDemo()
                    ? generatePermits(request, station.code().value(), permitOperator, listener::cardPrinted) : Map.of();
            phases.lap("permits");
        } catch (DemoDataFailure e) {
            LOG.error("demo data generation failed after {} persons", e.personsWritten(), e.getCause());
            audit(actor, station, what + ",failedAfter=" + e.personsWritten());
            throw e;
        } catch (BulkWriteException e) {
            LOG.error("demo data generation could not start", e);
            throw new DemoDataFailure(0, e);
        }
        DemoDataOutcome outcome = new DemoDataOutcome(result, permitCounts);
        audit(actor, station, what + ",changed=" + result.changed() + ",movedOut=" + result.movedOut()
                + ",reRegistered=" + result.reRegistered() + ",late=" + result.late() + ",permits=" + outcome.permitCount());
        return outcome;
    }

    /** The demo station's known account (StationSetupService.DEMO_LOGIN), signed in through the real authentication. */
    private Operator demoAccount() throws DemoDataRefused {
        try {
            return authentication.login(StationSetupService.DEMO_LOGIN, StationSetupService.DEMO_PASSWORD.toCharArray());
        } catch (ValidationFailure e) {
            throw new DemoDataRefused(DemoDataRefused.DEMO_ACCOUNT_UNAVAILABLE, StationSetupService.DEMO_LOGIN);
        }
    }

    private void audit(String actor, Station station, String detail) {
        tx.run(() -> audit.append(new AuditRecord(actor, AuditAction.DATA_GENERATED, "STATION",
                station.code().value(), detail)));
    }

    /**
     * Permits in every state and with every step of their life (ADR 0191) for persons spread over the registrations:
     * up to {@value #MAX_DEFAULT_PERMITS} through the real permit service (so they obey the same rules as real ones,
     * audit entries and events included); more are the same stories on the aggregates in memory, written in bulk
     * (ADR 0390).
     */
    private Map<PermitStatus, Integer> generatePermits(DemoDataRequest request, String stationCode, Operator demo,
                                                       java.util.function.Consumer<PermitDemoData.PrintedCard> printed) {
        int wanted = request.permits() >= 0 ? request.permits()
                : (int) Math.min(MAX_DEFAULT_PERMITS, request.persons() / 10);
        if (wanted == 0) {
            return Map.of();
        }
        LocalDate today = LocalDate.now(clock);
        WordLists lists = WordLists.from(words);
        PermitDemoData.Settings settings = new PermitDemoData.Settings(today, request.seed(),
                CardCollectors.make(lists, masterData, clock, request.seed()),
                CardCollectors.guardianRelationship(masterData), printed);
        if (wanted > MAX_DEFAULT_PERMITS) {
            return BulkPermitDemoData.generate(permitStore, permits.queries().policy(), stationCode, demo, wanted,
                    settings);
        }
        // who registered at least the residence months ago (the service then judges the chain, ADR 0170)
        LocalDate registeredBy = today.minusMonths(permits.queries().policy().requiredResidenceMonths());
        List<PermitDemoData.Applicant> applicants = store.permitCandidates(registeredBy, wanted * 3).stream()
                .map(c -> new PermitDemoData.Applicant(c.personId(), c.registeredOn())).toList();
        return PermitDemoData.generate(permits, demo, applicants, wanted, settings);
    }
}

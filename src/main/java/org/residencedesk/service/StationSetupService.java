package org.residencedesk.service;

import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import org.residencedesk.domain.account.Role;
import org.residencedesk.domain.account.UserAccount;
import org.residencedesk.domain.audit.AuditAction;
import org.residencedesk.domain.audit.AuditRecord;
import org.residencedesk.domain.masterdata.Division;
import org.residencedesk.domain.masterdata.DivisionLevel;
import org.residencedesk.domain.masterdata.MasterData;
import org.residencedesk.domain.station.Station;
import org.residencedesk.domain.station.StationCode;
import org.residencedesk.port.AuditLog;
import org.residencedesk.port.PasswordHasher;
import org.residencedesk.port.StationRepository;
import org.residencedesk.port.Transactions;
import org.residencedesk.port.UserRepository;

/**
 * First start: creates the station and its first administrator (there is no built-in account), or a
 * clearly marked demo station. Runs once; a database that has a station refuses a second setup.
 */
public final class StationSetupService {
    /** Shown on the login screen of demo stations only; a real station never has this account. */
    public static final String DEMO_LOGIN = "demo";
    public static final String DEMO_PASSWORD = "demo1234";
    static final String DEMO_STATION_CODE = "420111999001";
    static final String DEMO_DIVISION = "420111002";

    private final Transactions tx;
    private final StationRepository stations;
    private final UserRepository users;
    private final AuditLog audit;
    private final PasswordHasher hasher;
    private final MasterData masterData;
    private final Clock clock;

    public StationSetupService(Transactions tx, StationRepository stations, UserRepository users, AuditLog audit,
                               PasswordHasher hasher, MasterData masterData, Clock clock) {
        this.tx = tx;
        this.stations = stations;
        this.users = users;
        this.audit = audit;
        this.hasher = hasher;
        this.masterData = masterData;
        this.clock = clock;
    }

    @NoOperator("the station's name and code show on the login screen, before anyone signs in")
    public Optional<Station> station() {
        return tx.readOnly(stations::find);
    }

    @NoOperator("start-up decides between the setup and the login screen")
    public boolean isSetUp() {
        return station().isPresent();
    }

    /** @throws ValidationFailure with a Chinese message per bad field; nothing is stored then */
    @NoOperator("creates the first administrator, so no operator exists yet; refused once the station is set up")
    public Station setUp(StationSetup s) {
        validate(s);
        try {
            return tx.inTransaction(() -> {
                refuseIfSetUp();
                Station station = new Station(new StationCode(s.stationCode()), s.stationName().strip(),
                        s.divisionCode(), s.issuingAuthority().strip(), false, clock.instant());
                stations.save(station);
                // only the administrator role: counter work needs accounts of its own (docs/decisions/0160)
                UserAccount admin = new UserAccount(s.adminLogin(), s.adminDisplayName().strip(),
                        hasher.hash(s.password()), EnumSet.of(Role.ADMIN), clock.instant());
                users.save(admin);
                audit.append(AuditRecord.of(s.adminLogin(), AuditAction.STATION_CREATED, "STATION", s.stationCode()));
                audit.append(AuditRecord.of(s.adminLogin(), AuditAction.USER_CREATED, "USER", s.adminLogin()));
                return station;
            });
        } finally {
            Arrays.fill(s.password(), '\0');
            Arrays.fill(s.passwordConfirm(), '\0');
        }
    }

    /** A training station with synthetic data only, marked 演示模式 on every screen. */
    @NoOperator("the demo station is made before anyone signs in; refused once a station is set up")
    public Station setUpDemo() {
        return tx.inTransaction(() -> {
            refuseIfSetUp();
            String name = Problems.message("demo.stationName");
            Station station = new Station(new StationCode(DEMO_STATION_CODE), name, DEMO_DIVISION,
                    Problems.message("demo.issuingAuthority"), true, clock.instant());
            stations.save(station);
            users.save(new UserAccount(DEMO_LOGIN, Problems.message("demo.userName"),
                    hasher.hash(DEMO_PASSWORD.toCharArray()), EnumSet.allOf(Role.class), clock.instant()));
            audit.append(AuditRecord.of(DEMO_LOGIN, AuditAction.STATION_CREATED, "STATION", DEMO_STATION_CODE));
            audit.append(AuditRecord.of(DEMO_LOGIN, AuditAction.USER_CREATED, "USER", DEMO_LOGIN));
            return station;
        });
    }

    private void refuseIfSetUp() {
        if (stations.find().isPresent()) {
            throw new AlreadySetUpException();
        }
    }

    /**
     * The wizard's first step (ADR 0315): checks the station's own fields before the administrator is asked for;
     * nothing is stored.
     *
     * @throws ValidationFailure with a Chinese message per bad field ({@code stationCode}, {@code stationName},
     *         {@code divisionCode}, {@code issuingAuthority})
     */
    @NoOperator("checks the first step of station setup, before any account exists; stores nothing")
    public void checkStation(String stationCode, String stationName, String divisionCode, String issuingAuthority) {
        Problems p = new Problems();
        checkStation(p, new StationSetup(stationCode, stationName, divisionCode, issuingAuthority, null, null,
                null, null));
        p.throwIfAny();
    }

    private void checkStation(Problems p, StationSetup s) {
        if (TextRules.isBlank(s.stationCode())) {
            p.add("stationCode", "validation.required");
        } else if (!StationCode.isWellFormed(s.stationCode())) {
            p.add("stationCode", "setup.stationCode.format");
        }
        TextRules.checkText(p, "stationName", s.stationName(), 50);
        IssuingAuthorityRule.check(p, "issuingAuthority", s.issuingAuthority());
        if (TextRules.isBlank(s.divisionCode())) {
            p.add("divisionCode", "validation.required");
        } else if (!isStationDivision(s.divisionCode())) {
            p.add("divisionCode", "setup.division.unknown");
        }
    }

    private void validate(StationSetup s) {
        Problems p = new Problems();
        checkStation(p, s);
        if (TextRules.isBlank(s.adminLogin())) {
            p.add("adminLogin", "validation.required");
        } else if (!TextRules.isValidLogin(s.adminLogin())) {
            p.add("adminLogin", "setup.login.format");
        }
        TextRules.checkText(p, "adminDisplayName", s.adminDisplayName(), 20);
        PasswordPolicy.checkWithConfirmation(p, "password", "passwordConfirm", s.adminLogin(), s.password(),
                s.passwordConfirm());
        p.throwIfAny();
    }

    /** A station sits in a county, a township or (for community stations) a village/community. */
    private boolean isStationDivision(String code) {
        return masterData.division(code.strip())
                .map(Division::level)
                .filter(l -> l == DivisionLevel.COUNTY || l == DivisionLevel.TOWNSHIP || l == DivisionLevel.VILLAGE)
                .isPresent();
    }

    /** The database already belongs to a station. */
    public static final class AlreadySetUpException extends RuntimeException {
        public AlreadySetUpException() {
            super("station already set up");
        }
    }
}

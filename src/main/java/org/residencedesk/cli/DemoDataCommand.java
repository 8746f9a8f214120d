package org.residencedesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.Optional;
import java.util.function.Supplier;
import org.residencedesk.service.AuthenticationService;
import org.residencedesk.service.Operator;
import org.residencedesk.service.demodata.DemoDataFailure;
import org.residencedesk.service.demodata.DemoDataListener;
import org.residencedesk.service.demodata.DemoDataOutcome;
import org.residencedesk.service.PermissionDenied;
import org.residencedesk.service.demodata.DemoDataRefused;
import org.residencedesk.service.demodata.DemoDataRequest;
import org.residencedesk.service.demodata.DemoDataResult;
import org.residencedesk.service.demodata.DemoDataService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code demo-data --persons N [--days D] [--seed S] [--permits K] [--force --operator LOGIN --password-file FILE]}:
 * a thin shell over {@link DemoDataService} (ADR 0060) that prints its progress and summary in Chinese. A demo
 * station needs no sign-in; a real station is filled only with {@code --force} by an administrator signed in
 * through {@link AuthenticationService}, which the service checks.
 */
@Command(name = "demo-data", mixinStandardHelpOptions = true, resourceBundle = CliMessages.BUNDLE_NAME,
        versionProvider = CliVersion.class, description = "${bundle:cli.demoData.description}",
        footer = "${bundle:cli.demoData.footer}")
public final class DemoDataCommand implements Callable<Integer> {
    static final int EXIT_FAILED = 1;
    static final int EXIT_INVALID = 2;
    static final int EXIT_NOT_DEMO = 3;
    /** Sign-in failed, or a forced run on a real station without a signed-in administrator. */
    static final int EXIT_NOT_PERMITTED = 4;
    /** The audit actor of a run. */
    static final String ACTOR = DemoDataService.ACTOR;

    @Spec
    private CommandSpec spec;

    @Option(names = "--persons", required = true, paramLabel = "N", descriptionKey = "cli.demoData.persons")
    long persons;

    @Option(names = "--days", paramLabel = "D", defaultValue = "1095", descriptionKey = "cli.demoData.days")
    int days;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", descriptionKey = "cli.demoData.seed")
    long seed;

    @Option(names = "--permits", paramLabel = "K", defaultValue = "-1", descriptionKey = "cli.demoData.permits")
    int permits;

    @Option(names = "--force", descriptionKey = "cli.demoData.force")
    boolean force;

    @Option(names = "--operator", paramLabel = "LOGIN", descriptionKey = "cli.demoData.operator")
    String operator;

    @Option(names = "--password-file", paramLabel = "PWFILE", descriptionKey = "cli.demoData.passwordFile")
    Path passwordFile;

    private final Supplier<DemoDataService> service;
    private final Supplier<AuthenticationService> authentication;

    public DemoDataCommand(Supplier<DemoDataService> service, Supplier<AuthenticationService> authentication) {
        this.service = service;
        this.authentication = authentication;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if ((operator == null) != (passwordFile == null)) {
            err.println(CliMessages.get("demoData.operatorWithoutPasswordFile"));
            return EXIT_INVALID;
        }
        Operator signedIn = null;
        if (operator != null) {
            Optional<Operator> signIn = CliSignIn.signIn(authentication, operator, passwordFile, err);
            if (signIn.isEmpty()) {
                return EXIT_NOT_PERMITTED;
            }
            signedIn = signIn.get();
        }
        DemoDataOutcome outcome;
        try {
            DemoDataRequest request = new DemoDataRequest(persons, days, seed, permits, force);
            DemoDataListener listener = new DemoDataListener() {
                        @Override
                        public void demoStationCreated(String stationCode) {
                            err.println(CliMessages.get("demoData.demoStationCreated", stationCode));
                        }

                        @Override
                        public void progress(int percent, long done, double rate) {
                            err.println(CliMessages.get("demoData.progress", percent, done, Math.round(rate)));
                        }
                    };
            // without --operator only a demo station is filled, as its own demo account (docs/decisions/0153)
            outcome = signedIn == null ? service.get().generate(request, listener)
                    : service.get().generate(request, signedIn, listener);
        } catch (PermissionDenied e) {
            err.println(CliMessages.get("demoData.notPermitted", operator));
            return EXIT_NOT_PERMITTED;
        } catch (DemoDataRefused e) {
            err.println(CliMessages.get(e.messageKey(), e.arguments()));
            return e.realStation() ? EXIT_NOT_DEMO : e.needsAdministrator() ? EXIT_NOT_PERMITTED : EXIT_INVALID;
        } catch (DemoDataFailure e) {
            err.println(CliMessages.get("demoData.failed", e.personsWritten()));
            return EXIT_FAILED;
        }
        DemoDataResult r = outcome.registrations();
        out.println(CliMessages.get("demoData.done", r.persons(), r.changed(), r.movedOut(), r.reRegistered(),
                r.late(), r.millis() / 1000.0, Math.round(r.personsPerSecond())));
        if (!outcome.permits().isEmpty()) {
            out.println(CliMessages.get("demoData.permits", outcome.permitCount(), outcome.permits().toString()));
        }
        return 0;
    }
}

package org.residencedesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.residencedesk.service.Problems;
import org.residencedesk.service.StationSetup;
import org.residencedesk.service.StationSetupService;
import org.residencedesk.service.ValidationFailure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Headless rollout: creates the station and its first administrator. The password comes from a file
 * (never from the command line, where it would land in shell history and process lists).
 */
@Command(name = "setup", mixinStandardHelpOptions = true, resourceBundle = CliMessages.BUNDLE_NAME,
        versionProvider = CliVersion.class, description = "${bundle:cli.setup.description}")
public final class SetupCommand implements Callable<Integer> {
    static final int EXIT_INVALID = 2;
    static final int EXIT_ALREADY_SET_UP = 3;

    @Spec
    private CommandSpec spec;

    @Option(names = "--station-code", required = true, paramLabel = "CODE", descriptionKey = "cli.setup.stationCode")
    private String stationCode;

    @Option(names = "--station-name", required = true, paramLabel = "NAME", descriptionKey = "cli.setup.stationName")
    private String stationName;

    @Option(names = "--division", required = true, paramLabel = "CODE", descriptionKey = "cli.setup.division")
    private String division;

    @Option(names = "--issuing-authority", required = true, paramLabel = "NAME",
            descriptionKey = "cli.setup.issuingAuthority")
    private String issuingAuthority;

    @Option(names = "--admin-user", required = true, paramLabel = "LOGIN", descriptionKey = "cli.setup.adminUser")
    private String adminUser;

    @Option(names = "--admin-name", paramLabel = "NAME", descriptionKey = "cli.setup.adminName")
    private String adminName;

    @Option(names = "--admin-password-file", required = true, paramLabel = "FILE",
            descriptionKey = "cli.setup.adminPasswordFile")
    private Path passwordFile;

    private final Supplier<StationSetupService> service;

    public SetupCommand(Supplier<StationSetupService> service) {
        this.service = service;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        char[] password;
        try {
            password = PasswordFile.read(passwordFile);
        } catch (PasswordFile.Unusable e) {
            err.println(e.getMessage());
            return EXIT_INVALID;
        }
        StationSetupService setup = service.get();
        try {
            setup.setUp(new StationSetup(stationCode, stationName, division, issuingAuthority, adminUser,
                    adminName == null ? adminUser : adminName, password, password.clone()));
        } catch (StationSetupService.AlreadySetUpException e) {
            err.println(Problems.message("setup.alreadyDone"));
            return EXIT_ALREADY_SET_UP;
        } catch (ValidationFailure e) {
            for (Map.Entry<String, String> problem : e.fieldMessages().entrySet()) {
                err.println(optionFor(problem.getKey()) + "：" + problem.getValue());
            }
            return EXIT_INVALID;
        }
        out.println(CliMessages.get("setup.done", stationCode, adminUser));
        return 0;
    }

    private static String optionFor(String field) {
        return switch (field) {
            case "stationCode" -> "--station-code";
            case "stationName" -> "--station-name";
            case "divisionCode" -> "--division";
            case "issuingAuthority" -> "--issuing-authority";
            case "adminLogin" -> "--admin-user";
            case "adminDisplayName" -> "--admin-name";
            default -> "--admin-password-file";
        };
    }
}

package org.residencedesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.residencedesk.domain.DateFormats;
import org.residencedesk.domain.account.Role;
import org.residencedesk.service.AuthenticationService;
import org.residencedesk.service.Operator;
import org.residencedesk.service.PermissionDenied;
import org.residencedesk.service.ValidationFailure;
import org.residencedesk.service.account.NewUser;
import org.residencedesk.service.account.UserAdministration;
import org.residencedesk.service.account.UserSummary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code user add|list|disable|enable|reset-password|roles}: thin shells over {@link UserAdministration}
 * (docs/decisions/0163). The acting administrator signs in with {@code --operator LOGIN --password-file FILE}
 * through {@link CliSignIn} (the window's login: lockout, audit); a new password comes from
 * {@code --new-password-file}, never from the command line. Exit codes: 0 done; 2 input refused (options,
 * password rules, unknown account, the rules about administrators and one's own account); 4 not signed in;
 * 5 signed in but not an administrator.
 */
@Command(name = "user", mixinStandardHelpOptions = true, resourceBundle = CliMessages.BUNDLE_NAME,
        versionProvider = CliVersion.class, description = "${bundle:cli.user.description}",
        footer = "${bundle:cli.user.footer}", synopsisSubcommandLabel = "[命令]")
public final class UserCommand implements Callable<Integer> {
    static final int EXIT_REFUSED = 2;
    static final int EXIT_NOT_SIGNED_IN = 4;
    static final int EXIT_NOT_PERMITTED = 5;

    @Spec
    private CommandSpec spec;

    private UserCommand() {
    }

    /** The {@code user} command with its subcommands, to add to the root command line. */
    public static CommandLine commandLine(Supplier<UserAdministration> users,
                                          Supplier<AuthenticationService> authentication, Clock clock) {
        CommandLine cli = new CommandLine(new UserCommand());
        cli.addSubcommand(new Add(users, authentication));
        cli.addSubcommand(new ListUsers(users, authentication, clock));
        cli.addSubcommand(new Disable(users, authentication));
        cli.addSubcommand(new Enable(users, authentication));
        cli.addSubcommand(new ResetPassword(users, authentication));
        cli.addSubcommand(new Roles(users, authentication));
        return cli;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    /** Signs the administrator in, runs the action, and turns refusals into Chinese lines and exit codes. */
    abstract static class Action implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--operator", required = true, paramLabel = "LOGIN", descriptionKey = "cli.user.operator")
        String operator;

        @Option(names = "--password-file", required = true, paramLabel = "FILE",
                descriptionKey = "cli.user.passwordFile")
        Path passwordFile;

        final Supplier<UserAdministration> users;
        final Supplier<AuthenticationService> authentication;

        Action(Supplier<UserAdministration> users, Supplier<AuthenticationService> authentication) {
            this.users = users;
            this.authentication = authentication;
        }

        abstract void run(Operator admin, PrintWriter out) throws PasswordFile.Unusable;

        @Override
        public final Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            Optional<Operator> signedIn = CliSignIn.signIn(authentication, operator, passwordFile, err);
            if (signedIn.isEmpty()) {
                return EXIT_NOT_SIGNED_IN;
            }
            try {
                run(signedIn.get(), spec.commandLine().getOut());
                return 0;
            } catch (PermissionDenied e) {
                err.println(CliMessages.get("account.notPermitted", operator));
                return EXIT_NOT_PERMITTED;
            } catch (ValidationFailure e) {
                e.fieldMessages().forEach((field, message) -> err.println(optionFor(field) + message));
                return EXIT_REFUSED;
            } catch (PasswordFile.Unusable e) {
                err.println(e.getMessage());
                return EXIT_REFUSED;
            }
        }

        private static String optionFor(String field) {
            return switch (field) {
                case "displayName" -> "--name：";
                case "roles" -> "--roles：";
                case "password", "passwordConfirm" -> "--new-password-file：";
                default -> "";
            };
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, resourceBundle = CliMessages.BUNDLE_NAME,
            versionProvider = CliVersion.class, description = "${bundle:cli.user.add.description}")
    static final class Add extends Action {
        @Parameters(index = "0", paramLabel = "LOGIN", descriptionKey = "cli.user.login")
        String login;

        @Option(names = "--name", required = true, paramLabel = "NAME", descriptionKey = "cli.user.name")
        String name;

        @Option(names = "--roles", required = true, split = ",", paramLabel = "ROLE",
                descriptionKey = "cli.user.roles")
        Set<Role> roles;

        @Option(names = "--new-password-file", required = true, paramLabel = "FILE",
                descriptionKey = "cli.user.newPasswordFile")
        Path newPasswordFile;

        Add(Supplier<UserAdministration> users, Supplier<AuthenticationService> authentication) {
            super(users, authentication);
        }

        @Override
        void run(Operator admin, PrintWriter out) throws PasswordFile.Unusable {
            char[] password = PasswordFile.read(newPasswordFile);
            try {
                UserSummary added = users.get().add(admin, new NewUser(login, name, copy(roles), password,
                        password.clone()));
                out.println(CliMessages.get("account.added", added.login(), roleNames(added.roles())));
            } finally {
                Arrays.fill(password, '\0');
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, resourceBundle = CliMessages.BUNDLE_NAME,
            versionProvider = CliVersion.class, description = "${bundle:cli.user.list.description}")
    static final class ListUsers extends Action {
        private final Clock clock;

        ListUsers(Supplier<UserAdministration> users, Supplier<AuthenticationService> authentication, Clock clock) {
            super(users, authentication);
            this.clock = clock;
        }

        @Override
        void run(Operator admin, PrintWriter out) {
            List<UserSummary> all = users.get().list(admin);
            out.println(String.join("\t", CliMessages.get("account.list.columns").split(",")));
            for (UserSummary u : all) {
                out.println(String.join("\t", u.login(), u.displayName(), roleNames(u.roles()), status(u),
                        CliMessages.get(u.mustChangePassword() ? "account.yes" : "account.no"),
                        u.lastLoginAt() == null ? "" : DateFormats.DATE_TIME_SECONDS.format(
                                u.lastLoginAt().atZone(clock.getZone()))));
            }
        }

        private static String status(UserSummary u) {
            return CliMessages.get(!u.active() ? "account.status.disabled"
                    : u.locked() ? "account.status.locked" : "account.status.active");
        }
    }

    @Command(name = "disable", mixinStandardHelpOptions = true, resourceBundle = CliMessages.BUNDLE_NAME,
            versionProvider = CliVersion.class, description = "${bundle:cli.user.disable.description}")
    static final class Disable extends Action {
        @Parameters(index = "0", paramLabel = "LOGIN", descriptionKey = "cli.user.login")
        String login;

        Disable(Supplier<UserAdministration> users, Supplier<AuthenticationService> authentication) {
            super(users, authentication);
        }

        @Override
        void run(Operator admin, PrintWriter out) {
            out.println(CliMessages.get("account.disabled", users.get().disable(admin, login).login()));
        }
    }

    @Command(name = "enable", mixinStandardHelpOptions = true, resourceBundle = CliMessages.BUNDLE_NAME,
            versionProvider = CliVersion.class, description = "${bundle:cli.user.enable.description}")
    static final class Enable extends Action {
        @Parameters(index = "0", paramLabel = "LOGIN", descriptionKey = "cli.user.login")
        String login;

        Enable(Supplier<UserAdministration> users, Supplier<AuthenticationService> authentication) {
            super(users, authentication);
        }

        @Override
        void run(Operator admin, PrintWriter out) {
            out.println(CliMessages.get("account.enabled", users.get().enable(admin, login).login()));
        }
    }

    @Command(name = "reset-password", mixinStandardHelpOptions = true, resourceBundle = CliMessages.BUNDLE_NAME,
            versionProvider = CliVersion.class, description = "${bundle:cli.user.resetPassword.description}")
    static final class ResetPassword extends Action {
        @Parameters(index = "0", paramLabel = "LOGIN", descriptionKey = "cli.user.login")
        String login;

        @Option(names = "--new-password-file", required = true, paramLabel = "FILE",
                descriptionKey = "cli.user.newPasswordFile")
        Path newPasswordFile;

        ResetPassword(Supplier<UserAdministration> users, Supplier<AuthenticationService> authentication) {
            super(users, authentication);
        }

        @Override
        void run(Operator admin, PrintWriter out) throws PasswordFile.Unusable {
            char[] password = PasswordFile.read(newPasswordFile);
            try {
                UserSummary u = users.get().resetPassword(admin, login, password, password.clone());
                out.println(CliMessages.get("account.passwordReset", u.login()));
            } finally {
                Arrays.fill(password, '\0');
            }
        }
    }

    @Command(name = "roles", mixinStandardHelpOptions = true, resourceBundle = CliMessages.BUNDLE_NAME,
            versionProvider = CliVersion.class, description = "${bundle:cli.user.roles.description}")
    static final class Roles extends Action {
        @Parameters(index = "0", paramLabel = "LOGIN", descriptionKey = "cli.user.login")
        String login;

        @Option(names = "--roles", required = true, split = ",", paramLabel = "ROLE",
                descriptionKey = "cli.user.roles")
        Set<Role> roles;

        Roles(Supplier<UserAdministration> users, Supplier<AuthenticationService> authentication) {
            super(users, authentication);
        }

        @Override
        void run(Operator admin, PrintWriter out) {
            UserSummary u = users.get().setRoles(admin, login, copy(roles));
            out.println(CliMessages.get("account.rolesSet", u.login(), roleNames(u.roles())));
        }
    }

    /** The roles in Chinese, in the order of {@link Role}. */
    static String roleNames(Set<Role> roles) {
        return copy(roles).stream().map(r -> CliMessages.get("account.role." + r.name()))
                .collect(Collectors.joining("、"));
    }

    private static EnumSet<Role> copy(Set<Role> roles) {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }
}

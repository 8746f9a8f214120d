package org.residencedesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;
import org.residencedesk.service.AuthenticationService;
import org.residencedesk.service.Operator;
import org.residencedesk.service.ValidationFailure;

/**
 * The command line's sign-in, the same as the window's: the password comes from the first line of a file,
 * {@link AuthenticationService#login} decides (lockout, audit, one answer for unknown logins and wrong
 * passwords). Failures are told in Chinese on {@code err}; the password copy is wiped either way.
 */
final class CliSignIn {
    private CliSignIn() {
    }

    static Optional<Operator> signIn(Supplier<AuthenticationService> authentication, String login, Path passwordFile,
                                     PrintWriter err) {
        char[] password;
        try {
            password = PasswordFile.read(passwordFile);
        } catch (PasswordFile.Unusable e) {
            err.println(e.getMessage());
            return Optional.empty();
        }
        try {
            return Optional.of(authentication.get().login(login, password));
        } catch (ValidationFailure e) {
            // a message about the login names its option: an empty --operator "" is otherwise a bare 此项必填
            e.fieldMessages().forEach((field, message) -> err.println("login".equals(field) ? "--operator：" + message : message));
            return Optional.empty();
        } finally {
            Arrays.fill(password, '\0');
        }
    }
}

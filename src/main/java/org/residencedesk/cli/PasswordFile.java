package org.residencedesk.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The one reader of {@code --password-file} and {@code --admin-password-file}: the password is the first line
 * of the file, without surrounding blanks (never on the command line, where it would land in shell history and
 * process lists). A missing, unreadable or empty first line, or a file others may read or change, is refused
 * with a Chinese message.
 */
public final class PasswordFile {
    /** Longer than any password the policy accepts; a huge file (or a device) is never read whole. */
    private static final int MAX_CHARS = 1024;

    private PasswordFile() {
    }

    /** The file could not give a password; {@link #getMessage()} says why in Chinese. */
    public static final class Unusable extends Exception {
        private static final long serialVersionUID = 1L;

        Unusable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * @return the password of the first line; the caller overwrites it when done
     * @throws Unusable also when others than the owner may read or change the file (POSIX): the password must be
     *                  assumed seen, like ssh refuses a private key others can read
     */
    public static char[] read(Path file) throws Unusable {
        refuseIfShared(file);
        char[] buffer = new char[MAX_CHARS];
        int length = 0;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int c;
            while (length < MAX_CHARS && (c = in.read()) >= 0 && c != '\n' && c != '\r') {
                buffer[length++] = (char) c;
            }
        } catch (IOException | RuntimeException e) {
            Arrays.fill(buffer, '\0');
            throw new Unusable(CliMessages.get("cli.passwordFile.unreadable", file), e);
        }
        int start = 0;
        int end = length;
        while (start < end && Character.isWhitespace(buffer[start])) {
            start++;
        }
        while (end > start && Character.isWhitespace(buffer[end - 1])) {
            end--;
        }
        char[] password = Arrays.copyOfRange(buffer, start, end);
        Arrays.fill(buffer, '\0');
        if (password.length == 0) {
            throw new Unusable(CliMessages.get("cli.passwordFile.empty", file), null);
        }
        return password;
    }

    private static void refuseIfShared(Path file) throws Unusable {
        Set<PosixFilePermission> mode;
        try {
            mode = Files.getPosixFilePermissions(file);
        } catch (UnsupportedOperationException e) {
            return; // Windows: the file's ACL is inherited from the user's profile folder
        } catch (IOException e) {
            throw new Unusable(CliMessages.get("cli.passwordFile.unreadable", file), e);
        }
        if (!Collections.disjoint(mode, SHARED)) {
            throw new Unusable(CliMessages.get("cli.passwordFile.shared", file), null);
        }
    }

    private static final Set<PosixFilePermission> SHARED = EnumSet.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE);
}

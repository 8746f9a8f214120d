package org.residencedesk.platform;

import java.io.IOException;
import java.io.Reader;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Properties;
import org.residencedesk.domain.ConfigText;
import java.util.Set;

/**
 * {@code <data-dir>/platform.properties} (issue 13 item 4, ADR 0206): {@code platform.url},
 * {@code platform.keystore} (the station's PKCS#12 client certificate), {@code platform.keystorePasswordFile}
 * (first line, owner-only), {@code platform.truststore} (the province's CA, PKCS#12, no password or the same
 * password file) and {@code platform.intervalMinutes} (default 5). Relative paths are resolved against the data
 * folder. Plain {@code http} only for a loopback host, and then without certificates.
 */
public record PlatformConfig(URI url, Path keystore, Path keystorePasswordFile, Path truststore, int intervalMinutes) {
    public static final String FILE = "platform.properties";
    public static final int DEFAULT_INTERVAL_MINUTES = 5;
    public static final String URL = "platform.url";
    public static final String KEYSTORE = "platform.keystore";
    public static final String PASSWORD_FILE = "platform.keystorePasswordFile";
    public static final String TRUSTSTORE = "platform.truststore";
    public static final String INTERVAL = "platform.intervalMinutes";

    /** A file was refused; {@link #getMessage()} says why in Chinese. */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        private final String key;

        Refused(String message) {
            this(null, message);
        }

        Refused(String key, String message) {
            super(message);
            this.key = key;
        }

        /** The key of {@code platform.properties} the problem is about ({@code platform.url}, …), or null. */
        public String key() {
            return key;
        }
    }

    /** True when requests go over plain http (a loopback test address). */
    public boolean plainHttp() {
        return "http".equalsIgnoreCase(url.getScheme());
    }

    /** The configuration of {@code dataDir}, or empty when the station has none (it works offline). */
    public static Optional<PlatformConfig> load(Path dataDir) throws Refused {
        Path file = dataDir.resolve(FILE);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            throw new Refused(PlatformMessages.get("platformConfig.unreadable", file));
        }
        return Optional.of(parse(dataDir, p, file));
    }

    /**
     * The configuration {@code p} describes, checked like a file in {@code dataDir} ({@code file} is named in the
     * messages): the 平台 settings tab checks what an administrator typed before it is written.
     */
    public static PlatformConfig parse(Path dataDir, Properties p, Path file) throws Refused {
        String rawUrl = required(p, "platform.url", file);
        URI url;
        try {
            url = new URI(rawUrl.trim());
        } catch (URISyntaxException e) {
            throw new Refused(URL, PlatformMessages.get("platformConfig.url", rawUrl));
        }
        String scheme = url.getScheme();
        if (url.getHost() == null || scheme == null
                || !(scheme.equalsIgnoreCase("https") || scheme.equalsIgnoreCase("http"))) {
            throw new Refused(URL, PlatformMessages.get("platformConfig.url", rawUrl));
        }
        if (scheme.equalsIgnoreCase("http") && !loopback(url.getHost())) {
            throw new Refused(URL, PlatformMessages.get("platformConfig.plainHttp", rawUrl));
        }
        String rawInterval = p.getProperty(INTERVAL);
        if (rawInterval != null) {
            visible(INTERVAL, rawInterval, file);
        }
        int interval = interval(rawInterval);
        if (scheme.equalsIgnoreCase("http")) {
            return new PlatformConfig(url, null, null, null, interval);
        }
        Path keystore = existing(dataDir, required(p, "platform.keystore", file), "platform.keystore");
        Path password = existing(dataDir, required(p, "platform.keystorePasswordFile", file),
                "platform.keystorePasswordFile");
        Path truststore = existing(dataDir, required(p, "platform.truststore", file), "platform.truststore");
        readPassword(password); // refused now rather than at the first upload
        return new PlatformConfig(url, keystore, password, truststore, interval);
    }

    private static String required(Properties p, String key, Path file) throws Refused {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new Refused(key, PlatformMessages.get("platformConfig.missing", file, key));
        }
        visible(key, value, file);
        return value.trim();
    }

    /**
     * An invisible character (a zero-width space pasted with the address, a direction mark) is refused naming key
     * and position (ADR 0314): kept, it would fail only at the first connection; removed silently, the file would
     * say something other than what is used.
     */
    private static void visible(String key, String value, Path file) throws Refused {
        int at = ConfigText.invisibleAt(value);
        if (at > 0) {
            throw new Refused(key, PlatformMessages.get("platformConfig.invisible", file, key, at,
                    ConfigText.codeAt(value, at)));
        }
    }

    private static int interval(String raw) throws Refused {
        if (raw == null || raw.isBlank()) {
            return DEFAULT_INTERVAL_MINUTES;
        }
        int minutes = ConfigText.wholeNumber(raw).orElse(0); // full-width digits read as typed input reads them
        if (minutes >= 1 && minutes <= 1440) {
            return minutes;
        }
        throw new Refused(INTERVAL, PlatformMessages.get("platformConfig.interval", raw));
    }

    private static Path existing(Path dataDir, String value, String key) throws Refused {
        Path path = dataDir.resolve(value);
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new Refused(key, PlatformMessages.get("platformConfig.fileMissing", key, path));
        }
        return path;
    }

    /** Whether {@code host} names this machine's loopback interface (127.0.0.0/8, ::1, localhost). */
    static boolean loopback(String host) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (bare.equalsIgnoreCase("localhost")) {
            return true;
        }
        if (!bare.matches("[0-9.]+") && !bare.contains(":")) {
            return false; // a name: never resolved here (a hosts file could point it anywhere)
        }
        try {
            return InetAddress.getByName(bare).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** The first line of the password file; refused when others may read or change it. The caller wipes it. */
    static char[] readPassword(Path file) throws Refused {
        try {
            Set<PosixFilePermission> mode = Files.getPosixFilePermissions(file);
            if (!Collections.disjoint(mode, SHARED)) {
                throw new Refused(PASSWORD_FILE, PlatformMessages.get("platformConfig.passwordShared", file));
            }
        } catch (UnsupportedOperationException e) {
            // Windows: the ACL of the user's profile folder
        } catch (IOException e) {
            throw new Refused(PASSWORD_FILE, PlatformMessages.get("platformConfig.fileMissing", PASSWORD_FILE,
                    file));
        }
        char[] buffer = new char[1024];
        int length = 0;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int c;
            while (length < buffer.length && (c = in.read()) >= 0 && c != '\n' && c != '\r') {
                buffer[length++] = (char) c;
            }
        } catch (IOException e) {
            throw new Refused(PASSWORD_FILE, PlatformMessages.get("platformConfig.fileMissing", PASSWORD_FILE,
                    file));
        }
        String trimmed = new String(buffer, 0, length).strip();
        Arrays.fill(buffer, '\0');
        if (trimmed.isEmpty()) {
            throw new Refused(PASSWORD_FILE, PlatformMessages.get("platformConfig.passwordEmpty", file));
        }
        return trimmed.toCharArray();
    }

    private static final Set<PosixFilePermission> SHARED = EnumSet.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE);
}

package org.residencedesk.port.platform;

/**
 * What an administrator types on the 平台 settings tab: the values of {@code platform.properties} as text (paths
 * relative to the data folder or absolute; an empty interval means the default). Nothing here is secret: the
 * keystore password stays in its own owner-only file, named by {@link #keystorePasswordFile}.
 */
public record PlatformSettings(String url, String keystore, String keystorePasswordFile, String truststore,
                               String intervalMinutes) {
    public static final String URL = "platform.url";
    public static final String KEYSTORE = "platform.keystore";
    public static final String PASSWORD_FILE = "platform.keystorePasswordFile";
    public static final String TRUSTSTORE = "platform.truststore";
    public static final String INTERVAL = "platform.intervalMinutes";

    public PlatformSettings {
        url = blankToEmpty(url);
        keystore = blankToEmpty(keystore);
        keystorePasswordFile = blankToEmpty(keystorePasswordFile);
        truststore = blankToEmpty(truststore);
        intervalMinutes = blankToEmpty(intervalMinutes);
    }

    /** A station without {@code platform.properties}. */
    public static PlatformSettings none() {
        return new PlatformSettings("", "", "", "", "");
    }

    /** True when nothing is configured. */
    public boolean isEmpty() {
        return url.isEmpty() && keystore.isEmpty() && keystorePasswordFile.isEmpty() && truststore.isEmpty()
                && intervalMinutes.isEmpty();
    }

    private static String blankToEmpty(String s) {
        return s == null ? "" : s.strip();
    }

    /** Why the settings cannot be used: the key of {@code platform.properties} it is about and a Chinese message. */
    public record Problem(String key, String message) {
    }
}

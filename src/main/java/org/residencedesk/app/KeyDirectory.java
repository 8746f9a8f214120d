package org.residencedesk.app;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where this PC keeps the boot secrets of its station databases, outside every data folder
 * (docs/decisions/0130): the system property {@code residencedesk.keydir}, else {@code RESIDENCE_DESK_KEYS}
 * (e.g. a root-prepared {@code /etc/residence-desk/keys} owned by the counter account), else
 * {@code $XDG_CONFIG_HOME/residence-desk/keys}, else {@code ~/.config/residence-desk/keys}.
 */
public final class KeyDirectory {
    public static final String PROPERTY = "residencedesk.keydir";
    public static final String ENV_VARIABLE = "RESIDENCE_DESK_KEYS";

    private KeyDirectory() {
    }

    public static Path resolve(Map<String, String> environment, String userHome) {
        String property = System.getProperty(PROPERTY);
        if (property != null && !property.isBlank()) {
            return Path.of(property).toAbsolutePath().normalize();
        }
        String fromEnv = environment.get(ENV_VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath().normalize();
        }
        String xdg = environment.get("XDG_CONFIG_HOME");
        Path config = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(userHome, ".config");
        return config.resolve("residence-desk").resolve("keys").toAbsolutePath().normalize();
    }
}

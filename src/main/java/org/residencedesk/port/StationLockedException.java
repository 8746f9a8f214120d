package org.residencedesk.port;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The station database cannot be unlocked on this PC. Expected in the field (a data folder copied
 * without its key, a key file someone loosened), so it carries a Chinese message for the user and no
 * technical detail; the log gets the reason, never a key.
 */
public class StationLockedException extends RuntimeException {
    public enum Reason {
        /** The data folder is encrypted but this PC holds no key for it. */
        KEY_MISSING,
        /** A key is there but does not open the database (another station's key, a damaged file). */
        KEY_WRONG,
        /** The key file or its folder can be read by other accounts: refused, like ssh does. */
        KEY_UNSAFE,
        /** The key file exists but cannot be read or has an unknown format. */
        KEY_UNREADABLE,
        /** The database id file in the data folder is damaged. */
        DATABASE_ID_DAMAGED
    }

    private static final String BUNDLE = "i18n.storage";
    private final Reason reason;
    private final String location;

    public StationLockedException(Reason reason, String location) {
        super(reason + " (" + location + ")");
        this.reason = reason;
        this.location = location;
    }

    public StationLockedException(Reason reason, String location, Throwable cause) {
        super(reason + " (" + location + ")", cause);
        this.reason = reason;
        this.location = location;
    }

    public Reason reason() {
        return reason;
    }

    /** What the user reads, from {@code i18n/storage.properties}. */
    public String userMessage() {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.SIMPLIFIED_CHINESE);
        String key = "storage.locked." + reason.name().toLowerCase(Locale.ROOT).replace('_', '.');
        return new MessageFormat(bundle.getString(key), Locale.SIMPLIFIED_CHINESE).format(new Object[] {location});
    }
}

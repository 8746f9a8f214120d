package org.residencedesk.service.demodata;

/** The settings cannot be carried out; nothing was written. The key names a message in {@code i18n.cli}. */
public final class DemoDataRefused extends Exception {
    /** The station is a real one and the request was not forced. */
    public static final String NOT_DEMO_STATION = "demoData.notDemoStation";
    /** The station is a real one, forced, but no administrator signed in for the run. */
    public static final String ADMIN_REQUIRED = "demoData.adminRequired";
    /** The demo station's demo account could not sign in (locked or its password changed). */
    public static final String DEMO_ACCOUNT_UNAVAILABLE = "demoData.demoAccountUnavailable";
    private static final long serialVersionUID = 1L;
    private final String messageKey;
    private final transient Object[] arguments;

    DemoDataRefused(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    /** Refused because the station holds real data and the run was not forced, not because of the settings. */
    public boolean realStation() {
        return NOT_DEMO_STATION.equals(messageKey);
    }

    /** Refused because a forced run on a real station needs an administrator signed in. */
    public boolean needsAdministrator() {
        return ADMIN_REQUIRED.equals(messageKey);
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}

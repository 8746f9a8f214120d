package org.residencedesk.cli.demodata;

/** The settings cannot be carried out; nothing was written. The key names a message in {@code i18n.cli}. */
public final class DemoDataRefused extends Exception {
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

    public Object[] arguments() {
        return arguments.clone();
    }
}

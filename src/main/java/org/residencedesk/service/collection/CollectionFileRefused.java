package org.residencedesk.service.collection;

/**
 * The file as a whole cannot be imported (missing, unreadable, not a spreadsheet, no known header, an unknown
 * kind of record); nothing was stored. The message is Chinese and names the file.
 */
public final class CollectionFileRefused extends Exception {
    private static final long serialVersionUID = 1L;
    private final String userMessage;

    public CollectionFileRefused(String userMessage, Throwable cause) {
        super("collection file refused", cause);
        this.userMessage = userMessage;
    }

    public String userMessage() {
        return userMessage;
    }
}

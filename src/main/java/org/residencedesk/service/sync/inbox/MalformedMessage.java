package org.residencedesk.service.sync.inbox;

/** A message that cannot be applied as it stands; the message is the Chinese reason recorded for operators. */
final class MalformedMessage extends RuntimeException {
    private static final long serialVersionUID = 1L;

    MalformedMessage(String reason) {
        super(reason, null, false, false);
    }

    static MalformedMessage of(String key, Object... args) {
        return new MalformedMessage(InboxMessages.get(key, args));
    }
}

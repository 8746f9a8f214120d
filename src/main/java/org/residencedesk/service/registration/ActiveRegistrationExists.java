package org.residencedesk.service.registration;

/** The person already has an active registration here: the counter offers 变更 or 换地登记 instead. */
public final class ActiveRegistrationExists extends RuntimeException {
    private final long registrationId;
    private final String registrationNumber;

    public ActiveRegistrationExists(long registrationId, String registrationNumber) {
        super("person already has an active registration");
        this.registrationId = registrationId;
        this.registrationNumber = registrationNumber;
    }

    public long registrationId() { return registrationId; }

    public String registrationNumber() { return registrationNumber; }
}

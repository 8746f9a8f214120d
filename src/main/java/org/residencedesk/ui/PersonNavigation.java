package org.residencedesk.ui;

/**
 * Going from a person on screen (a search result, a queue row, a timeline entry) to their registration, permits,
 * endorsement or history with one key (docs/keyboard.md, ADR 0180). The shell implements it; each target finds
 * the person by their id, never by a retyped ID number.
 */
public interface PersonNavigation {
    /** Ctrl+Shift+D: the person's active registration in 居住登记 (变更). */
    void toRegistration(Person person);

    /** Ctrl+Shift+Z: the person in 居住证, with their permits. */
    void toPermits(Person person);

    /** Ctrl+Shift+Q: the person's permit in 签注. */
    void toEndorsement(Person person);

    /** Ctrl+Shift+H: the person's 人员档案 (timeline) in 查询. */
    void toHistory(Person person);

    /** Which targets this operator may open (the others are not offered). */
    boolean offers(Target target);

    /** The targets, each with its key. */
    enum Target { REGISTRATION, PERMITS, ENDORSEMENT, HISTORY }

    /**
     * A person as a list row knows them: the internal ids (never the ID number) and the name for messages.
     *
     * @param registrationId the registration the row shows, or null
     */
    record Person(long personId, Long registrationId, String name) {
    }

    /** For screens shown without a shell (tests of one area): nothing is offered. */
    PersonNavigation NONE = new PersonNavigation() {
        @Override
        public void toRegistration(Person person) {
        }

        @Override
        public void toPermits(Person person) {
        }

        @Override
        public void toEndorsement(Person person) {
        }

        @Override
        public void toHistory(Person person) {
        }

        @Override
        public boolean offers(Target target) {
            return false;
        }
    };
}

package org.residencedesk.device.idcard;

import java.util.Optional;

/**
 * The SW3 status byte of a reply (see forms/codes/card-reader-status.csv for the meanings).
 * Typed so callers switch on a name, not on a magic byte.
 */
public enum Sw3 {
    OK(0x90),
    CARD_FOUND(0x9F),
    NO_CONTENT(0x91),
    RECEIVED_CHECKSUM_ERROR(0x10),
    RECEIVED_LENGTH_ERROR(0x11),
    RECEIVED_COMMAND_ERROR(0x21),
    UNAUTHORISED_OPERATION(0x23),
    UNRECOGNISED_ERROR(0x24),
    CARD_AUTHENTICATES_READER_FAILED(0x31),
    READER_AUTHENTICATES_CARD_FAILED(0x32),
    VERIFICATION_ERROR(0x33),
    UNKNOWN_CARD_TYPE(0x40),
    READ_FAILED(0x41),
    RANDOM_NUMBER_FAILED(0x47),
    SAM_SELF_TEST_FAILED(0x60),
    SAM_NOT_AUTHORISED(0x66),
    FIND_CARD_FAILED(0x80),
    SELECT_CARD_FAILED(0x81),
    COMMUNICATION_FAILED(0xFF);

    private final byte code;

    Sw3(int code) {
        this.code = (byte) code;
    }

    public byte code() {
        return code;
    }

    public String hex() {
        return String.format("%02X", code & 0xFF);
    }

    public static Optional<Sw3> of(byte code) {
        for (Sw3 s : values()) {
            if (s.code == code) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}

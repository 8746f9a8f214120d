package org.residencedesk.device.idcard;

/** Why a read did not produce a card; each code has a Chinese text in i18n/device.properties. */
public enum ReadErrorCode {
    NO_CARD,
    CHECKSUM_ERROR,
    TIMEOUT,
    TRUNCATED_REPLY,
    PORT_MISSING,
    PORT_UNAVAILABLE,
    PORT_IO,
    NO_READER_FOUND,
    READER_STATUS,
    MALFORMED_DATA
}

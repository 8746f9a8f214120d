package org.residencedesk.service;

/**
 * What the setup screen or {@code setup} command collects for a new station and its first administrator.
 *
 * @param issuingAuthority 签发机关 printed on the permit cards, e.g. 武汉市公安局洪山分局 (ADR 0168)
 */
public record StationSetup(String stationCode, String stationName, String divisionCode, String issuingAuthority,
                           String adminLogin, String adminDisplayName, char[] password, char[] passwordConfirm) {
}

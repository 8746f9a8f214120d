package org.residencedesk.service;

/** What the setup screen or {@code setup} command collects for a new station and its first administrator. */
public record StationSetup(String stationCode, String stationName, String divisionCode,
                           String adminLogin, String adminDisplayName, char[] password, char[] passwordConfirm) {
}

package org.residencedesk.service.registration;

/**
 * The registration at another station that a 换地登记 replaces (found by 省级查询, ADR 0269): the platform ends it when
 * the new REGISTRATION_CREATED arrives with this as {@code previousRegistration}.
 */
public record MovedFrom(String stationCode, String registrationNumber) {
    public MovedFrom {
        if (stationCode == null || stationCode.isBlank() || registrationNumber == null || registrationNumber.isBlank()) {
            throw new IllegalArgumentException("a previous registration needs its station and number");
        }
    }
}

package org.residencedesk.storage;

import org.residencedesk.port.StationSecret;

/**
 * What Derby needs to boot and connect to the station database, derived from the station's boot secret:
 * the boot password that protects Derby's AES-256 data key, and the password of the database owner
 * {@code APP} under NATIVE authentication (docs/decisions/0130). {@code APP} keeps the schema every existing
 * database was created in, and as owner it may run every DDL Flyway and every statement Hibernate needs.
 */
record DerbyCredentials(String bootPassword, String user, String password) {
    static final String USER = "APP";
    /** The cipher of every station database: AES with a 256-bit key (Derby's default would be 56-bit DES). */
    static final String ENCRYPTION = "dataEncryption=true;encryptionAlgorithm=AES/CBC/NoPadding;encryptionKeyLength=256";

    static DerbyCredentials from(StationSecret secret) {
        return new DerbyCredentials(SecretDerivation.deriveHex(secret, "derby-boot-password"), USER, SecretDerivation.deriveHex(secret, "derby-user-app"));
    }

    @Override
    public String toString() {
        return "DerbyCredentials[hidden]";
    }
}

package org.residencedesk.storage;

import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.residencedesk.port.StationSecret;

/**
 * The purpose keys a running station uses (audit chain, drafts, 居住证明 signatures, audit checkpoints, backup
 * manifests). On the main PC (and on a single-PC station) they are derived from the station secret; a counter of a
 * multi-counter station receives exactly these derived keys in its {@code counter.properties} ({@code key-<purpose>}) and never the secret
 * itself, so it cannot derive the Derby boot password (docs/decisions/0320).
 */
public final class StationKeys {
    /** Every purpose a counter needs; the boot password and the database owner's password are not among them. */
    public static final List<String> COUNTER_PURPOSES = List.of("audit-chain", "residence-proof", "drafts",
            "audit-checkpoint", BackupManifest.KEY_PURPOSE);

    private final StationSecret secret;
    private final Map<String, byte[]> handed;

    private StationKeys(StationSecret secret, Map<String, byte[]> handed) {
        this.secret = secret;
        this.handed = handed;
    }

    /** The keys of the station whose secret this PC holds. */
    public static StationKeys of(StationSecret secret) {
        return new StationKeys(secret, Map.of());
    }

    /** The keys handed to a counter, by purpose as 64 hex digits. */
    public static StationKeys handed(Map<String, String> hexByPurpose) {
        Map<String, byte[]> keys = new TreeMap<>();
        for (String purpose : COUNTER_PURPOSES) {
            String hex = hexByPurpose.get(purpose);
            if (hex == null || !hex.matches("[0-9a-f]{64}")) {
                throw new IllegalArgumentException("key for " + purpose + " missing or malformed");
            }
            keys.put(purpose, HexFormat.of().parseHex(hex));
        }
        return new StationKeys(null, keys);
    }

    /** The key that signs backup manifests. */
    public byte[] backupManifest() {
        return derive(BackupManifest.KEY_PURPOSE);
    }

    /** The 32-byte key for {@code purpose} (a fresh copy). */
    public byte[] derive(String purpose) {
        if (secret != null) {
            return SecretDerivation.derive(secret, purpose);
        }
        byte[] key = handed.get(purpose);
        if (key == null) {
            throw new IllegalStateException("a counter holds no key for " + purpose);
        }
        return key.clone();
    }

    /** The keys to hand a counter, by purpose as hex (only from the station secret). */
    public Map<String, String> forCounter() {
        Map<String, String> out = new TreeMap<>();
        for (String purpose : COUNTER_PURPOSES) {
            out.put(purpose, HexFormat.of().formatHex(derive(purpose)));
        }
        return out;
    }

    @Override
    public String toString() {
        return "StationKeys[hidden]";
    }
}

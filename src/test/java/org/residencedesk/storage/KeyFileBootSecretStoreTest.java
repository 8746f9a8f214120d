package org.residencedesk.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.port.StationLockedException;
import org.residencedesk.port.StationLockedException.Reason;
import org.residencedesk.port.StationSecret;

/** The Linux key file: created owner-only, read back unchanged, refused where others could read or swap it. */
class KeyFileBootSecretStoreTest {
    static final String ID = "0f8fad5b-d9cb-469f-a165-70867728950e";

    @TempDir
    Path home;

    @Test
    void aNewSecretIsStoredOwnerOnlyAndReadBack() throws Exception {
        Path dir = home.resolve(".config/residence-desk/keys");
        KeyFileBootSecretStore store = new KeyFileBootSecretStore(dir);
        assertThat(store.find(ID)).isEmpty();

        StationSecret created = store.create(ID);

        assertThat(new KeyFileBootSecretStore(dir).find(ID)).contains(created);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(ID + ".key"))))
                .isEqualTo("rw-------");
        assertThat(store.location(ID)).isEqualTo(dir.resolve(ID + ".key").toString());
        assertThatThrownBy(() -> store.create(ID)).as("an existing key is never overwritten")
                .isInstanceOf(IllegalStateException.class);
        assertThat(store.find(ID)).contains(created);
    }

    @Test
    void twoStationsGetDifferentSecrets() {
        KeyFileBootSecretStore store = new KeyFileBootSecretStore(home);
        assertThat(store.create(ID)).isNotEqualTo(store.create("1f8fad5b-d9cb-469f-a165-70867728950e"));
    }

    @Test
    void aFolderOthersCanWriteIsRefusedAndAReadableOneOfOursIsTightened() throws Exception {
        Path shared = Files.createDirectory(home.resolve("shared"));
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxrwx"));
        new KeyFileBootSecretStore(home.resolve("ok")).create(ID);
        Files.copy(home.resolve("ok").resolve(ID + ".key"), shared.resolve(ID + ".key"));

        assertThatThrownBy(() -> new KeyFileBootSecretStore(shared).find(ID))
                .isInstanceOfSatisfying(StationLockedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.KEY_UNSAFE));

        Path readable = Files.createDirectory(home.resolve("readable"));
        Files.setPosixFilePermissions(readable, PosixFilePermissions.fromString("rwxr-xr-x"));
        new KeyFileBootSecretStore(readable).create(ID);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(readable))).isEqualTo("rwx------");
    }

    @Test
    void aDamagedFileIsUnreadableAndAnIdCannotNameAnotherPath() throws Exception {
        Files.writeString(home.resolve(ID + ".key"), "not a key\n");
        Files.setPosixFilePermissions(home.resolve(ID + ".key"), PosixFilePermissions.fromString("rw-------"));
        Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwx------"));

        assertThatThrownBy(() -> new KeyFileBootSecretStore(home).find(ID))
                .isInstanceOfSatisfying(StationLockedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.KEY_UNREADABLE));
        assertThatThrownBy(() -> new KeyFileBootSecretStore(home).find("../../etc/passwd"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

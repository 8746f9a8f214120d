package org.residencedesk.storage;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.port.StationSecret;

/** The last line against Derby URL attributes in a folder name (docs/decisions/0136): nothing is booted or touched. */
class DatabaseFolderNameTest {
    @TempDir
    Path dir;

    @Test
    void aFolderNameWithASemicolonIsRefusedBeforeDerbySeesIt() throws Exception {
        Path beside = Files.writeString(dir.resolve("derby.log"), "not ours to wipe");
        Path db = dir.resolve("db;shutdown=true");
        DatabaseKey key = new DatabaseKey(new StationSecret(new byte[StationSecret.LENGTH]), "test");

        assertThatThrownBy(() -> Database.open(db, key, List.of())).isInstanceOf(StorageException.class)
                .hasMessageContaining(";");

        assertThat(beside).hasContent("not ours to wipe");
        try (var entries = Files.list(dir)) {
            assertThat(entries).containsExactly(beside);
        }
    }
}

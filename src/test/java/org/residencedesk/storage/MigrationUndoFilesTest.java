package org.residencedesk.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** Every migration after V4 can be undone by {@code AuditChainTamperTest} (see db/undo/README.md). */
class MigrationUndoFilesTest {

    @Test
    void everyMigrationAfterTheKeyedChainHasAnUndoScript() {
        assertThat(MigrationUndo.migrationVersions()).contains(1, 2, 3, 4);
        assertThat(MigrationUndo.migrationVersions().stream().filter(v -> v > 4)
                .filter(v -> !Files.isRegularFile(MigrationUndo.undoScript(v))).toList())
                .as("migrations without src/test/resources/db/undo/V<n>__undo.sql").isEmpty();
    }
}

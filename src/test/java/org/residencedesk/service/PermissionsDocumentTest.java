package org.residencedesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/permissions.md is what the code says; {@code -Dpermissions.write=true} writes it anew. */
class PermissionsDocumentTest {
    private static final Path DOCUMENT = Path.of("docs/permissions.md");

    @Test
    void theDocumentIsGeneratedFromTheCode() throws IOException {
        String generated = PermissionsDocument.render();
        if (Boolean.getBoolean("permissions.write")) {
            Files.writeString(DOCUMENT, generated, StandardCharsets.UTF_8);
        }
        assertThat(DOCUMENT).as("docs/permissions.md exists").exists();
        assertThat(Files.readString(DOCUMENT, StandardCharsets.UTF_8))
                .as("docs/permissions.md differs from the code; regenerate it with "
                        + "mvn -o test -Dtest=PermissionsDocumentTest -Dpermissions.write=true")
                .isEqualTo(generated);
        assertThat(generated).contains("| `EXPORT` | 导出个人信息 |", "`ExportService.export`",
                "`PlatformIntake.reviewResultReceived`");
    }
}

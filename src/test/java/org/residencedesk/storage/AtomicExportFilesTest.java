package org.residencedesk.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.port.ExportFiles;

/** The export file adapter on the real file system: the no-replace commit holds even against a late arrival. */
class AtomicExportFilesTest {
    @TempDir
    Path dir;

    private final AtomicExportFiles files = new AtomicExportFiles();

    @Test
    void aTargetThatAppearsWhileTheExportIsWrittenIsNeitherReplacedNorWrittenThrough() throws IOException {
        Path target = dir.resolve("raced.csv");
        try (ExportFiles.ExportFile file = files.create(target, false)) {
            file.stream().write("export".getBytes(StandardCharsets.UTF_8));
            file.stream().close();
            Files.writeString(target, "appeared meanwhile");

            assertThatThrownBy(file::commit).isInstanceOf(ExportFiles.TargetExists.class);
        }
        assertThat(target).hasContent("appeared meanwhile");
        assertThat(entries()).containsExactly("raced.csv");
    }

    @Test
    void aLinkThatAppearsMeanwhileIsNotFollowed() throws IOException {
        Path victim = Files.writeString(dir.resolve("victim"), "victim");
        Path target = dir.resolve("raced.csv");
        try (ExportFiles.ExportFile file = files.create(target, false)) {
            file.stream().write("export".getBytes(StandardCharsets.UTF_8));
            file.stream().close();
            Files.createSymbolicLink(target, victim);

            assertThatThrownBy(file::commit).isInstanceOf(ExportFiles.TargetExists.class);
        }
        assertThat(victim).hasContent("victim");
        assertThat(Files.readSymbolicLink(target)).isEqualTo(victim);
    }

    @Test
    void aNewTargetGetsTheCompleteExportAndNoTemporaryFileStays() throws IOException {
        Path target = dir.resolve("new.csv");
        try (ExportFiles.ExportFile file = files.create(target, false)) {
            file.stream().write("export".getBytes(StandardCharsets.UTF_8));
            file.commit();
        }
        assertThat(target).hasContent("export");
        assertThat(entries()).containsExactly("new.csv");
        if (PrivateFiles.posix(target)) {
            assertThat(PrivateFiles.openToOthers(target)).isFalse();
        }
    }

    @Test
    void anExistingTargetIsRefusedBeforeAnythingIsCreated() throws IOException {
        Path target = Files.writeString(dir.resolve("old.csv"), "old");

        assertThatThrownBy(() -> files.create(target, false)).isInstanceOf(ExportFiles.TargetExists.class);

        assertThat(target).hasContent("old");
        assertThat(entries()).containsExactly("old.csv");
    }

    private Stream<String> entriesStream() throws IOException {
        return Files.list(dir).map(p -> p.getFileName().toString()).sorted();
    }

    private java.util.List<String> entries() throws IOException {
        try (Stream<String> s = entriesStream()) {
            return s.toList();
        }
    }
}

package org.residencedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one reader of password files shared by setup, export, demo-data and audit list, on real files. */
class PasswordFileTest {
    @TempDir
    Path dir;

    @Test
    void theFirstLineWithoutSurroundingBlanksIsThePassword() throws Exception {
        Path unix = Files.writeString(dir.resolve("unix.txt"), "  Admin2026 \nsecond line\n");
        Path windows = Files.writeString(dir.resolve("windows.txt"), "Admin 2026\r\nsecond\r\n");
        Path noNewline = Files.writeString(dir.resolve("plain.txt"), "密码Admin2026");

        assertThat(PasswordFile.read(unix)).containsExactly("Admin2026".toCharArray());
        assertThat(PasswordFile.read(windows)).containsExactly("Admin 2026".toCharArray());
        assertThat(PasswordFile.read(noNewline)).containsExactly("密码Admin2026".toCharArray());
    }

    @Test
    void aMissingFileOrAFolderIsRefusedInChinese() {
        Path missing = dir.resolve("missing.txt");

        assertThatThrownBy(() -> PasswordFile.read(missing)).isInstanceOf(PasswordFile.Unusable.class)
                .hasMessage("无法读取密码文件：" + missing);
        assertThatThrownBy(() -> PasswordFile.read(dir)).isInstanceOf(PasswordFile.Unusable.class)
                .hasMessage("无法读取密码文件：" + dir);
    }

    @Test
    void anEmptyFirstLineIsRefusedInChinese() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        Path blankFirstLine = Files.writeString(dir.resolve("blank.txt"), " \t\nAdmin2026\n");

        for (Path file : new Path[] {empty, blankFirstLine}) {
            assertThatThrownBy(() -> PasswordFile.read(file)).isInstanceOf(PasswordFile.Unusable.class)
                    .hasMessage("密码文件 " + file + " 的第一行是空的：请把密码写在第一行。");
        }
    }

    @Test
    void aHugeFileIsReadOnlyUpToALimit() throws Exception {
        Path huge = Files.write(dir.resolve("huge.bin"), "a".repeat(100_000).getBytes(StandardCharsets.UTF_8));

        assertThat(PasswordFile.read(huge)).hasSize(1024);
    }
}

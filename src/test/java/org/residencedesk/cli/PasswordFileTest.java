package org.residencedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one reader of password files shared by setup, export, demo-data and audit list, on real files. */
class PasswordFileTest {
    @TempDir
    Path dir;

    private Path privateFile(String name, String content) throws Exception {
        Path file = Files.writeString(dir.resolve(name), content);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return file;
    }

    @Test
    void theFirstLineWithoutSurroundingBlanksIsThePassword() throws Exception {
        Path unix = privateFile("unix.txt", "  Admin2026 \nsecond line\n");
        Path windows = privateFile("windows.txt", "Admin 2026\r\nsecond\r\n");
        Path noNewline = privateFile("plain.txt", "密码Admin2026");

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
        Path empty = privateFile("empty.txt", "");
        Path blankFirstLine = privateFile("blank.txt", " \t\nAdmin2026\n");

        for (Path file : new Path[] {empty, blankFirstLine}) {
            assertThatThrownBy(() -> PasswordFile.read(file)).isInstanceOf(PasswordFile.Unusable.class)
                    .hasMessage("密码文件 " + file + " 的第一行是空的：请把密码写在第一行。");
        }
    }

    @Test
    void aHugeFileIsReadOnlyUpToALimit() throws Exception {
        Path huge = Files.write(dir.resolve("huge.bin"), "a".repeat(100_000).getBytes(StandardCharsets.UTF_8));
        Files.setPosixFilePermissions(huge, PosixFilePermissions.fromString("rw-------"));

        assertThat(PasswordFile.read(huge)).hasSize(1024);
    }

    @Test
    void aFileOthersMayReadOrChangeIsRefusedInChinese() throws Exception {
        for (String mode : new String[] {"rw-r--r--", "rw-r-----", "rw----r--", "rw--w----", "rw-----w-"}) {
            Path shared = privateFile("shared-" + mode + ".txt", "Admin2026\n");
            Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString(mode));

            assertThatThrownBy(() -> PasswordFile.read(shared)).as(mode).isInstanceOf(PasswordFile.Unusable.class)
                    .hasMessage("密码文件 " + shared + " 其他用户也能读取或修改，已拒绝使用：请执行 chmod 600 " + shared
                            + "，并请管理员重置该账号的密码（它可能已被他人看到）。");
        }
        Path ownerOnly = privateFile("owner.txt", "Admin2026\n");
        Files.setPosixFilePermissions(ownerOnly, PosixFilePermissions.fromString("r--------"));
        assertThat(PasswordFile.read(ownerOnly)).containsExactly("Admin2026".toCharArray());
    }
}

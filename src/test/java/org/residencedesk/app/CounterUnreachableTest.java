package org.residencedesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.storage.PrivateFiles;
import org.residencedesk.testing.PasswordFiles;
import org.residencedesk.testing.TestClock;

/**
 * A counter of a multi-counter station whose main PC is off (nothing listens on the server's port): one Chinese
 * message naming the server, exit code 68, no stack trace; a {@code counter.properties} other accounts can read is
 * refused before anything connects (docs/decisions/0320).
 */
class CounterUnreachableTest {
    @TempDir
    Path counter;
    @TempDir
    Path files;

    private final TestClock clock = TestClock.at("2026-11-30T01:15:00Z");

    @Test
    void aCounterWhoseMainPcIsOffSaysSoInChineseAndExitsWith68() throws IOException {
        int port = closedPort();
        writeCounterFile(port);
        Path password = PasswordFiles.write(files, "password.txt", "Station#2026");

        CommandLines.Run run = CommandLines.run(counter, clock, "backup", "--status", "--operator", "admin",
                "--password-file", password.toString());

        assertThat(run.exitCode()).isEqualTo(68);
        assertThat(run.err().strip()).isEqualTo("无法连接主机上的数据库服务（127.0.0.1:" + port + "），没有保存任何内容；"
                + "窗口中已填写的内容仍在。请确认主机已开机、网络已连通且数据库服务（residence-desk serve-db）正在运行，然后再试；"
                + "如仍无法连接请联系县局信息员。");
        assertThat(run.out() + run.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(counter.resolve("db")).as("a counter makes no database of its own").doesNotExist();
    }

    @Test
    void aCounterFileOtherAccountsCanReadIsRefused() throws IOException {
        writeCounterFile(closedPort());
        Path file = counter.resolve("counter.properties");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        Path password = PasswordFiles.write(files, "password.txt", "Station#2026");

        CommandLines.Run run = CommandLines.run(counter, clock, "backup", "--status", "--operator", "admin",
                "--password-file", password.toString());

        assertThat(run.exitCode()).isEqualTo(78);
        assertThat(run.err().strip()).isEqualTo("柜台配置文件 " + file + " 可被其他账户读取，已拒绝使用（其中含数据库口令）。"
                + "请由县局信息员将其权限改为仅本人可读写（chmod 600）后重新启动。");
        assertThat(run.out() + run.err()).doesNotContain("Exception");
    }

    /** A loopback port nothing listens on: bound once to find it, then closed. */
    private static int closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private void writeCounterFile(int port) throws IOException {
        String key = "ab".repeat(32);
        String text = "database.url=jdbc:derby://127.0.0.1:" + port + "/db\n"
                + "database.user=COUNTER\ndatabase.password=" + "cd".repeat(24) + "\n"
                + "database.id=94c91926-1ef4-4464-a15b-f0c6f7afe004\ncounter.id=counter-2\n"
                + "key-audit-chain=" + key + "\nkey-audit-checkpoint=" + key + "\nkey-backup-manifest=" + key + "\n"
                + "key-drafts=" + key + "\nkey-residence-proof=" + key + "\n";
        PrivateFiles.writeAtomically(counter.resolve("counter.properties"), text.getBytes(StandardCharsets.UTF_8), true);
    }
}

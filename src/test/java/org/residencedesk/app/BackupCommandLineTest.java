package org.residencedesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.app.CommandLines.Run;
import org.residencedesk.testing.TestClock;

/**
 * {@code backup} and {@code restore} through the real command tree of {@link Main}, on a station set up with
 * {@code setup}: output, Chinese errors and exit codes; running each twice is safe; {@code export} into the data
 * folder is refused (docs/decisions/0159).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BackupCommandLineTest {
    static final Clock CLOCK = TestClock.at("2026-11-28T01:15:00Z");
    static final String NL = System.lineSeparator();

    @TempDir
    static Path dataDir;
    @TempDir
    static Path files;
    @TempDir
    static Path backups;

    static Run run(String... args) {
        return CommandLines.run(dataDir, CLOCK, args);
    }

    static String passwordFile(String name, String password) throws Exception {
        return org.residencedesk.testing.PasswordFiles.write(files, name, password).toString();
    }

    static String[] as(String... args) throws Exception {
        String[] all = java.util.Arrays.copyOf(args, args.length + 4);
        all[args.length] = "--operator";
        all[args.length + 1] = "admin";
        all[args.length + 2] = "--password-file";
        all[args.length + 3] = passwordFile("admin.txt", "Station#2026");
        return all;
    }

    static String[] asChief(String... args) throws Exception {
        String[] all = java.util.Arrays.copyOf(args, args.length + 4);
        all[args.length] = "--operator";
        all[args.length + 1] = "chief";
        all[args.length + 2] = "--password-file";
        all[args.length + 3] = passwordFile("chief.txt", org.residencedesk.testing.TestOperators.PASSWORD);
        return all;
    }

    static List<Path> backupFolders() throws Exception {
        try (Stream<Path> all = Files.list(backups)) {
            return all.filter(p -> p.getFileName().toString().startsWith("residence-desk-backup-")).sorted().toList();
        }
    }

    @BeforeAll
    static void setUp() throws Exception {
        Run setup = run("setup", "--station-code", "420111002001", "--station-name", "关山街道流动人口服务站",
                "--division", "420111002", "--issuing-authority", "武汉市公安局洪山分局", "--admin-user", "admin", "--admin-password-file",
                passwordFile("admin.txt", "Station#2026"));
        assertThat(setup.exitCode()).as(setup.err()).isZero();
    }

    @Test
    @Order(1)
    void backupTwiceWritesTwoCompleteBackups() throws Exception {
        Run first = run(as("backup", "--to", backups.toString()));
        Run second = run(as("backup", "--to", backups.toString()));

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(second.exitCode()).as(second.err()).isZero();
        List<Path> written = backupFolders();
        assertThat(written).extracting(p -> p.getFileName().toString())
                .containsExactly("residence-desk-backup-20261128-011500Z", "residence-desk-backup-20261128-011500Z-2");
        assertThat(first.out()).startsWith("已备份到 " + written.get(0) + "（").endsWith("个文件，已加密）。" + NL);

        Run list = run(as("backup", "--list", "--in", backups.toString()));
        assertThat(list.exitCode()).isZero();
        String[] lines = list.out().split("\\R");
        assertThat(lines[0]).isEqualTo("备份\t时间\t文件数\t字节数\t审计记录");
        assertThat(lines).hasSize(3);
        assertThat(lines[1]).startsWith("residence-desk-backup-20261128-011500Z-2\t2026-11-28 09:15:00\t");
        assertThat(list.err()).isEqualTo(backups + " 中共有 2 份本站的完整备份。" + NL);
    }

    @Test
    @Order(2)
    void verifyPassesAndATamperedBackupFailsWithExitOne() throws Exception {
        Path backup = backupFolders().get(0);
        Run ok = run(as("backup", "--verify", backup.toString()));
        assertThat(ok.exitCode()).as(ok.err()).isZero();
        assertThat(ok.out()).startsWith("备份 residence-desk-backup-20261128-011500Z 完整：清单签名有效，");

        Path manifest = backup.resolve("manifest.txt");
        String original = Files.readString(manifest);
        Files.writeString(manifest, original.replace("station=420111002001", "station=420111002002"));
        Run bad = run(as("backup", "--verify", backup.toString()));
        Files.writeString(manifest, original);

        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.err()).isEqualTo(backup + " 的备份清单签名无效：清单被改动，或不是用本工作站的密钥生成的。" + NL);
        assertThat(run(as("backup", "--verify", backup.toString())).exitCode()).isZero();
    }

    @Test
    @Order(3)
    void refusedFoldersGiveOneChineseMessage() throws Exception {
        Run missing = run(as("backup", "--to", files.resolve("no-such-drive").toString()));
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).isEqualTo("未备份：备份文件夹 " + files.resolve("no-such-drive")
                + " 不存在（移动硬盘或U盘未连接？）。" + NL);

        Path inside = Files.createDirectories(dataDir.resolve("backups-here"));
        Run insideData = run(as("backup", "--to", inside.toString()));
        assertThat(insideData.exitCode()).isEqualTo(1);
        assertThat(insideData.err()).startsWith("未备份：" + inside + " 位于数据目录内");
        try (Stream<Path> left = Files.list(inside)) {
            assertThat(left).isEmpty();
        }

        Run noAction = run(as("backup"));
        assertThat(noAction.exitCode()).isEqualTo(2);
        assertThat(noAction.err()).startsWith("缺少必需的选项或参数：--to | --list | --verify | --status" + NL + "用法：");

        Run noSignIn = run("backup", "--to", backups.toString(), "--operator", "admin", "--password-file",
                passwordFile("wrong.txt", "Wrong2026"));
        assertThat(noSignIn.exitCode()).isEqualTo(4);
        assertThat(noSignIn.out()).isEmpty();
        assertThat(backupFolders()).hasSize(2);
    }

    @Test
    @Order(4)
    void configureAndStatus() throws Exception {
        Run before = run(as("backup", "--status"));
        assertThat(before.exitCode()).isZero();
        assertThat(before.out()).startsWith("自动备份：未设置，不会自动备份。")
                .contains("上一次备份：2026-11-28 09:15:00 失败（备份文件夹位于数据目录内）。"); // the refused one

        Run badKeep = run(as("backup", "configure", "--folder", backups.toString(), "--keep", "0"));
        assertThat(badKeep.exitCode()).isEqualTo(1);
        assertThat(badKeep.err()).isEqualTo("保留份数须在 1 至 366 之间。" + NL);

        for (int i = 0; i < 2; i++) {
            Run configure = run(as("backup", "configure", "--folder", backups.toString(), "--keep", "3"));
            assertThat(configure.exitCode()).as(configure.err()).isZero();
            assertThat(configure.out()).isEqualTo("已设置自动备份：每天备份到 " + backups + "，保留最新 3 份。" + NL);
        }
        assertThat(run(as("backup", "--status")).out()).startsWith("自动备份：每天备份到 " + backups + "，保留最新 3 份。");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve("backup-settings.properties"))))
                .isEqualTo("rw-------");
        assertThat(run(as("backup", "--list")).err()).isEqualTo(backups + " 中共有 2 份本站的完整备份。" + NL);
    }

    @Test
    @Order(5)
    void restoreTwiceAndTheAuditVerifies() throws Exception {
        Path backup = backupFolders().get(1);
        for (int i = 0; i < 2; i++) {
            Run restore = run(as("restore", "--from", backup.toString()));
            assertThat(restore.exitCode()).as(restore.err()).isZero();
            assertThat(restore.out()).startsWith("已从备份 residence-desk-backup-20261128-011500Z-2 恢复数据库，")
                    .contains("原数据库保留在 " + dataDir.resolve("db-before-restore"));
        }
        Run verify = run("audit", "verify");
        assertThat(verify.exitCode()).as(verify.out()).isZero();
        assertThat(new ObjectMapper().readTree(verify.out()).get("ok").asBoolean()).isTrue();
    }

    @Test
    @Order(6)
    void restoreRefusalsHaveTheirExitCodes() throws Exception {
        Path backup = backupFolders().get(0);
        Run wrong = run("restore", "--from", backup.toString(), "--operator", "admin", "--password-file",
                passwordFile("wrong.txt", "Wrong2026"));
        assertThat(wrong.exitCode()).isEqualTo(4);
        assertThat(wrong.err()).endsWith("原有数据库仍在原处，未被替换。" + NL).doesNotContain("Exception");

        Run notABackup = run(as("restore", "--from", files.toString()));
        assertThat(notABackup.exitCode()).isEqualTo(3);
        assertThat(notABackup.err()).isEqualTo("未恢复：" + files + " 不是完整的备份（没有备份清单，可能是中断的备份）。"
                + "原有数据库仍在原处，未被替换。" + NL);

        Run missing = run("restore", "--from", backup.toString(), "--operator", "admin");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("缺少必需的选项或参数", "--password-file");
    }

    @Test
    @Order(7)
    void anExportIntoTheDataFolderIsRefused() throws Exception {
        // exports are the chief's (the administrator sees no personal data)
        try (AppContext ctx = AppContext.open(dataDir, dataDir.resolveSibling(dataDir.getFileName() + "-keys"),
                org.residencedesk.testing.TestMasterData.shared(), CLOCK)) {
            org.residencedesk.testing.TestOperators.signIn(ctx, "chief", "李站长",
                    org.residencedesk.domain.account.Role.CHIEF);
        }
        Path target = dataDir.resolve("logs").resolve("people.csv");
        Run export = run(asChief("export", "--what", "registrations", "--format", "csv", "--out", target.toString()));

        assertThat(export.exitCode()).isEqualTo(5);
        assertThat(export.err()).startsWith("未导出：" + target + " 位于本工作站的数据目录内。");
        assertThat(target).doesNotExist();

        Path link = Files.createSymbolicLink(files.resolve("into-data"), dataDir);
        Run viaLink = run(asChief("export", "--what", "permits", "--format", "json", "--out",
                link.resolve("permits.json").toString()));
        assertThat(viaLink.exitCode()).isEqualTo(5);
        assertThat(dataDir.resolve("permits.json")).doesNotExist();

        Path outside = files.resolve("people.csv");
        assertThat(run(asChief("export", "--what", "registrations", "--format", "csv", "--out", outside.toString()))
                .exitCode()).isZero();
        assertThat(outside).isRegularFile();
    }

    @Test
    @Order(8)
    void helpIsChineseWithExitCodes() {
        for (String[] command : List.of(new String[] {"backup", "--help"}, new String[] {"restore", "--help"},
                new String[] {"backup", "configure", "--help"})) {
            Run help = run(command);
            assertThat(help.exitCode()).isZero();
            assertThat(help.out()).startsWith("用法：").contains("选项：", "退出码").doesNotContain("Usage:");
        }
    }
}

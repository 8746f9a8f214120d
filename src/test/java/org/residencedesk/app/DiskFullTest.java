package org.residencedesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.domain.account.Role;
import org.residencedesk.domain.form.FormValues;
import org.residencedesk.port.DatabaseBackups.Problem;
import org.residencedesk.port.StationProblem;
import org.residencedesk.service.Operator;
import org.residencedesk.service.StationSetup;
import org.residencedesk.service.backup.BackupFailed;
import org.residencedesk.testing.IdNumbers;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestMasterData;
import org.residencedesk.testing.TestOperators;
import org.residencedesk.testing.Tmpfs;
import org.residencedesk.testsupport.RegistrationFixture;
import org.residencedesk.ui.BackgroundWork;
import org.residencedesk.ui.registration.RegistrationViewModel;

/**
 * Disk full (issue 18 item 3, docs/decisions/0277): the data folder on a 16 MiB tmpfs the test mounts as root (skipped
 * otherwise), filled up to the last byte. The registration screen's save fails with the one Chinese message and keeps
 * everything typed; a backup onto the full disk fails cleanly and leaves no half backup; after space is freed the
 * same form saves, and after a restart every registration confirmed before is there and the audit chain verifies.
 */
class DiskFullTest {
    final TestClock clock = TestClock.at("2026-11-28T01:15:00Z");

    @TempDir
    Path temp;

    @Test
    void aFullDiskRefusesTheSaveKeepsTheFormAndLosesNothing() throws Exception {
        Assumptions.assumeTrue(Tmpfs.root(), "needs root to mount a small tmpfs as the data folder; skipped");
        Path mount = Files.createDirectory(temp.resolve("small disk"));
        Path keys = temp.resolve("keys"); // the key folder lives elsewhere, as on a counter
        try (Tmpfs fs = Tmpfs.mount(mount, "16m")) {
            Path dataDir = mount.resolve("station");
            long confirmed;
            String failedIdNumber;
            org.residencedesk.testing.StationTemplate.seed(dataDir, keys); // a copy of the migrated template (ADR 0361)
            try (AppContext ctx = AppContext.openForTests(dataDir, keys, TestMasterData.shared(), clock)) {
                ctx.stationSetup().setUp(new StationSetup("420111002001", "关山街道流动人口服务站", "420111002",
                        "武汉市公安局洪山分局", "zhanzhang", "站长", "Station#2026".toCharArray(),
                        "Station#2026".toCharArray()));
                Operator clerk = TestOperators.signIn(ctx, "wangfang", "王芳", Role.WINDOW_STAFF);
                Operator admin = TestOperators.signIn(ctx, "beifen", "系统管理员", Role.ADMIN);
                RegistrationViewModel screen = new RegistrationViewModel(ctx.registration(), ctx.certificates(),
                        ctx.printer(), ctx.printAudit(), clerk, ctx.drafts(), ctx.formCodec(), ctx.clock(),
                        BackgroundWork.inline());
                Path filler = mount.resolve("filler.bin");
                fill(filler);

                // save until the disk refuses: Derby's pre-allocated log and pages take a few more
                confirmed = 0;
                String expected = new StationProblem(StationProblem.Kind.DISK_FULL, dataDir.resolve("db").toString(),
                        null).userMessage();
                failedIdNumber = null;
                for (int i = 0; i < 400 && failedIdNumber == null; i++) {
                    String idNumber = IdNumbers.citizen("420106", "19900315", 101 + 2 * i);
                    screen.startFromValues(person(idNumber));
                    screen.save();
                    if (screen.noticeIsWarningProperty().get()) {
                        assertThat(screen.noticeProperty().get()).isEqualTo(expected);
                        failedIdNumber = idNumber;
                    } else {
                        assertThat(screen.savedNumberProperty().get()).isNotBlank();
                        confirmed++;
                    }
                }
                assertThat(failedIdNumber).as("the disk filled up within 400 registrations").isNotNull();
                System.out.println("disk full: " + confirmed + " registrations saved after the filler, then refused");
                // everything typed is still in the form
                assertThat(screen.form().value("idNumber").get()).isEqualTo(failedIdNumber);
                assertThat(screen.form().value("name").get()).isEqualTo("欧阳春晓");
                assertThat(screen.form().value("mobile").get()).isEqualTo("13712345601");

                // a backup onto the full disk fails cleanly: its message, no half backup left
                Path backups = Files.createDirectory(mount.resolve("backups"));
                assertThatThrownBy(() -> ctx.backups().backup(admin, backups))
                        .isInstanceOfSatisfying(BackupFailed.class, e -> {
                            assertThat(e.problem()).isEqualTo(Problem.DISK_FULL);
                            assertThat(e.getMessage()).isEqualTo("未备份：" + backups + " 所在磁盘空间不足，请清理或换一个备份位置。");
                        });
                try (Stream<Path> left = Files.list(backups)) {
                    assertThat(left.toList()).isEmpty();
                }

                // space freed: the same form, untouched, saves
                Files.delete(filler);
                screen.save();
                assertThat(screen.noticeIsWarningProperty().get()).as(screen.noticeProperty().get()).isFalse();
                assertThat(screen.savedNumberProperty().get()).isNotBlank();
                confirmed++;
                assertThat(ctx.databaseDamaged()).isFalse();
            }
            try (AppContext again = AppContext.openForTests(dataDir, keys, TestMasterData.shared(), clock)) {
                assertThat(StationFiles.count(again, "SELECT COUNT(*) FROM RESIDENCE_REGISTRATION")).isEqualTo(confirmed);
                assertThat(StationFiles.count(again, "SELECT COUNT(*) FROM PERSON WHERE ID_NUMBER = '"
                        + failedIdNumber + "'")).isEqualTo(1);
                assertThat(again.audit().verify().ok()).isTrue();
                assertThat(again.checkIntegrity(AppContext.FULL_CHECK)).isTrue();
            }
        }
    }

    private static FormValues person(String idNumber) {
        return RegistrationFixture.valid().toBuilder().set("idNumber", idNumber).set("name", "欧阳春晓").set("sex", "1")
                .set("birthDate", "1990-03-15").set("mobile", "13712345601").set("operator", "")
                .set("registrationDate", "").set("registrationNumber", "").build();
    }

    /** Writes {@code file} until the file system has no byte left. */
    private static void fill(Path file) throws IOException {
        byte[] chunk = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(file)) {
            while (true) {
                out.write(chunk);
            }
        } catch (IOException full) {
            assertThat(full.getMessage()).contains("No space left");
        }
        try (OutputStream out = Files.newOutputStream(file, java.nio.file.StandardOpenOption.APPEND)) {
            while (true) {
                out.write(0);
                out.flush();
            }
        } catch (IOException full) {
            assertThat(full.getMessage()).contains("No space left");
        }
    }
}

package org.residencedesk.ui.settings.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.app.AppContext;
import org.residencedesk.domain.account.Role;
import org.residencedesk.service.Operator;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestOperators;
import org.residencedesk.testing.TestStation;
import org.residencedesk.ui.BackgroundWork;

/** 备份设置 without a window, on a real station: settings, backup now off the FX thread, the last outcome. */
class BackupViewModelTest {
    final TestClock clock = TestClock.at("2026-11-28T01:15:00Z");
    @TempDir
    Path dataDir;
    @TempDir
    Path keyDir;
    @TempDir
    Path backups;
    AppContext ctx;
    /** Worker tasks wait here until the test runs them: what the screen shows meanwhile can be checked. */
    final Deque<Runnable> workers = new ArrayDeque<>();
    BackupViewModel model;

    @BeforeEach
    void open() {
        ctx = org.residencedesk.testing.TestStation.open(dataDir, keyDir, clock);
        Operator admin = TestOperators.signIn(ctx, "beifen", "备份管理员", Role.ADMIN);
        model = new BackupViewModel(ctx.backups(), admin, clock, new BackgroundWork(workers::add, Runnable::run));
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    private void runWorkers() {
        while (!workers.isEmpty()) {
            workers.poll().run();
        }
    }

    @Test
    void withNothingConfiguredTheScreenSaysNoDailyBackupIsMade() {
        model.load();
        assertThat(model.busyProperty().get()).isTrue();
        runWorkers();
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(model.scheduleProperty().get()).isEqualTo("自动备份：未设置，不会自动备份。");
        assertThat(model.lastBackupProperty().get()).isEqualTo("上一次备份：无。");
        assertThat(model.keepProperty().get()).isEqualTo("14");
    }

    @Test
    void saveThenBackupNowShowsProgressAndTheResult() throws Exception {
        model.folderProperty().set(backups.toString());
        model.keepProperty().set("3");
        model.save();
        runWorkers();
        assertThat(model.messageProperty().get()).isEqualTo("已保存自动备份设置。");
        assertThat(model.scheduleProperty().get()).isEqualTo("自动备份：每天备份到 " + backups + "，保留最新 3 份。");

        model.backupNow();
        assertThat(model.busyProperty().get()).as("while the copy runs off the FX thread").isTrue();
        assertThat(model.messageProperty().get()).isEqualTo("正在备份……");
        runWorkers();
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(model.messageProperty().get())
                .isEqualTo("已备份：residence-desk-backup-20261128-011500Z；按保留份数删除了 0 份较早的备份。");
        assertThat(model.lastBackupProperty().get())
                .isEqualTo("上一次备份：2026-11-28 09:15:00 成功（residence-desk-backup-20261128-011500Z）。");
        try (Stream<Path> written = Files.list(backups)) {
            assertThat(written).hasSize(1);
        }
    }

    @Test
    void badInputIsShownBesideItsFieldAndNothingIsStored() {
        model.folderProperty().set(backups.toString());
        model.keepProperty().set("vierzehn");
        model.save();
        assertThat(workers).isEmpty();
        assertThat(model.errorOf("keep").get()).isEqualTo("保留份数须在 1 至 366 之间。");

        model.keepProperty().set("5");
        model.folderProperty().set(backups.resolve("unplugged").toString());
        model.save();
        runWorkers();
        assertThat(model.errorOf("keep").get()).isEmpty();
        assertThat(model.errorOf("folder").get())
                .isEqualTo("未备份：备份文件夹 " + backups.resolve("unplugged") + " 不存在（移动硬盘或U盘未连接？）。");
        assertThat(dataDir.resolve("backup-settings.properties")).doesNotExist();
    }

    @Test
    void aFailedBackupNowIsShownBesideTheFolderAndAsTheLastOutcome() {
        model.folderProperty().set(dataDir.resolve("db").toString());
        model.backupNow();
        runWorkers();
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(model.errorOf("folder").get()).startsWith("未备份：" + dataDir.resolve("db") + " 位于数据目录内");
        assertThat(model.lastBackupProperty().get())
                .isEqualTo("上一次备份：2026-11-28 09:15:00 失败（备份文件夹位于数据目录内）。");
    }
}

package org.residencedesk.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.residencedesk.port.BackupSettingsStore.Settings;
import org.residencedesk.service.backup.BackupStatus;

/**
 * {@code backup-settings.properties} written by hand (issue 18 item 6, ADR 0314): a bad file is not "not configured"
 * but refused with a Chinese reason naming the key; {@code keep} below 1 is refused; full-width digits are read as
 * typed input reads them.
 */
class BackupSettingsFileTest {
    @TempDir
    Path dataDir;
    @TempDir
    Path backups;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "keep=abc|数据文件夹中的自动备份设置文件中 keep 的值“abc”不是整数，不会自动备份。请在“系统设置 → 备份”中重新保存设置。",
        "keep=-1|数据文件夹中的自动备份设置文件中 keep 的值“-1”小于 1（至少保留 1 份），不会自动备份。请在“系统设置 → 备份”中重新保存设置。",
        "keep=0|数据文件夹中的自动备份设置文件中 keep 的值“0”小于 1（至少保留 1 份），不会自动备份。请在“系统设置 → 备份”中重新保存设置。",
        "keep=٧|数据文件夹中的自动备份设置文件中 keep 的值“٧”不是整数，不会自动备份。请在“系统设置 → 备份”中重新保存设置。",
        "keep=7\\u200B|数据文件夹中的自动备份设置文件中 keep 的值第 2 个字符是看不见的字符（U+200B），不会自动备份。请在“系统设置 → 备份”中重新保存设置。",
        "keep=|数据文件夹中的自动备份设置文件缺少 keep，不会自动备份。请在“系统设置 → 备份”中重新保存设置。"})
    void aBadRetentionIsRefusedWithItsReason(String keepLine, String expected) throws Exception {
        write("folder=" + backups + "\n" + keepLine + "\n");
        PropertiesBackupSettingsStore store = new PropertiesBackupSettingsStore(dataDir);
        assertThat(store.settings()).isEmpty();
        assertThat(store.settingsProblem()).map(BackupStatus::settingsProblemText).contains(expected);
    }

    @Test
    void aMissingFolderIsRefusedNotSilentlyUnconfigured() throws Exception {
        write("keep=7\n");
        PropertiesBackupSettingsStore store = new PropertiesBackupSettingsStore(dataDir);
        assertThat(store.settings()).isEmpty();
        assertThat(store.settingsProblem()).map(BackupStatus::settingsProblemText).contains(
                "数据文件夹中的自动备份设置文件缺少 folder，不会自动备份。请在“系统设置 → 备份”中重新保存设置。");
    }

    @Test
    void fullWidthDigitsAreReadAsTypedInputReadsThem() throws Exception {
        write("folder=" + backups + "\nkeep=７\n");
        PropertiesBackupSettingsStore store = new PropertiesBackupSettingsStore(dataDir);
        assertThat(store.settings()).contains(new Settings(backups, 7));
        assertThat(store.settingsProblem()).isEmpty();
    }

    @Test
    void noFileAndASavedFileHaveNoProblem() {
        PropertiesBackupSettingsStore store = new PropertiesBackupSettingsStore(dataDir);
        assertThat(store.settingsProblem()).isEmpty();
        store.saveSettings(new Settings(backups, 14));
        assertThat(store.settings()).contains(new Settings(backups, 14));
        assertThat(store.settingsProblem()).isEmpty();
    }

    private void write(String text) throws Exception {
        Files.writeString(dataDir.resolve(PropertiesBackupSettingsStore.FILE_NAME), text, StandardCharsets.UTF_8);
    }
}

package org.residencedesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.testing.SmallMasterData;
import org.residencedesk.testing.TestClock;

/** A data folder carried to another PC without its key: the command says why in Chinese, without a stack trace. */
class LockedStationMessageTest {
    @TempDir
    Path dataDir;
    @TempDir
    Path keyDir;
    @TempDir
    Path otherPcKeys;

    @Test
    void aCommandOnACopiedDataFolderExplainsTheMissingKey() throws Exception {
        AppContext.openForTests(dataDir, keyDir, new SmallMasterData(), TestClock.at("2026-11-28T01:00:00Z")).close();
        String id = Files.readString(dataDir.resolve("database.id")).trim();

        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream originalErr = System.err;
        int exit;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            exit = Main.run(new String[] {"--data-dir", dataDir.toString(), "demo-data", "--persons", "1"},
                    Map.of(KeyDirectory.ENV_VARIABLE, otherPcKeys.toString()));
        } finally {
            System.setErr(originalErr);
        }

        assertThat(exit).isEqualTo(78);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("数据目录已加密，但本机没有它的密钥文件（"
                + otherPcKeys.resolve(id + ".key") + "），无法打开。请在原工作站上使用本数据目录，或由管理员恢复密钥文件。"
                + System.lineSeparator());
    }
}

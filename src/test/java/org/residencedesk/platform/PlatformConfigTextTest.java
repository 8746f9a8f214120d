package org.residencedesk.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Invisible characters and full-width digits in {@code platform.properties} (issue 18 item 6, ADR 0314), read from a
 * real file: a zero-width space pasted with the address is refused naming key and position, before any connection.
 */
class PlatformConfigTextTest {
    @TempDir
    Path dataDir;

    @Test
    void aTrailingZeroWidthSpaceInTheUrlIsRefusedNamingKeyAndPosition() throws Exception {
        write("platform.url=http://127.0.0.1:8443/\u200B\n");
        Path file = dataDir.resolve(PlatformConfig.FILE);
        assertThatThrownBy(() -> PlatformConfig.load(dataDir)).isInstanceOf(PlatformConfig.Refused.class)
                .hasMessage("平台配置文件 " + file + " 中 platform.url 的值第 23 个字符是看不见的字符（U+200B），已拒绝使用。"
                        + "请删除该字符（常见于从网页或聊天软件复制的地址）后重试。");
    }

    @Test
    void aDirectionMarkInTheIntervalIsRefusedToo() throws Exception {
        write("platform.url=http://127.0.0.1:8443/\nplatform.intervalMinutes=\u200E5\n");
        assertThatThrownBy(() -> PlatformConfig.load(dataDir)).isInstanceOf(PlatformConfig.Refused.class)
                .hasMessageContaining("platform.intervalMinutes 的值第 1 个字符是看不见的字符（U+200E）");
    }

    @Test
    void fullWidthDigitsInTheIntervalAreReadAsTypedInputReadsThem() throws Exception {
        write("platform.url=http://127.0.0.1:8443/\nplatform.intervalMinutes=１５\n");
        assertThat(PlatformConfig.load(dataDir).orElseThrow().intervalMinutes()).isEqualTo(15);
        write("platform.url=http://127.0.0.1:8443/\nplatform.intervalMinutes=١٥\n");
        assertThatThrownBy(() -> PlatformConfig.load(dataDir)).isInstanceOf(PlatformConfig.Refused.class)
                .hasMessage("平台配置 platform.intervalMinutes 应为 1 到 1440 之间的整数分钟，实际为：١٥");
    }

    @Test
    void aCleanUrlIsAccepted() throws Exception {
        write("platform.url=http://127.0.0.1:8443/\n");
        assertThat(PlatformConfig.load(dataDir).orElseThrow().url().toString()).isEqualTo("http://127.0.0.1:8443/");
    }

    private void write(String text) throws Exception {
        Files.writeString(dataDir.resolve(PlatformConfig.FILE), text, StandardCharsets.UTF_8);
    }
}

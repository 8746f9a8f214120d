package org.residencedesk.platform;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.Optional;
import java.util.Properties;
import org.residencedesk.port.platform.ConnectionReport;
import org.residencedesk.port.platform.PlatformSettings;
import org.residencedesk.port.platform.PlatformSettingsStore;

/**
 * {@code <data-dir>/platform.properties} for the 平台 settings tab (ADR 0271): checked by the same
 * {@link PlatformConfig} rules the station applies when it reads the file (and the certificate stores are opened
 * with the password), written owner-only to a temporary file in the data folder and moved over the old one
 * atomically, so a reader sees the old file or the new one, never half of it.
 */
public final class PlatformSettingsFile implements PlatformSettingsStore {
    private final Path dataDir;
    private final ConnectionTest connectionTest;

    public PlatformSettingsFile(Path dataDir, Clock clock, String clientVersion) {
        this.dataDir = dataDir;
        this.connectionTest = new ConnectionTest(dataDir, clock, clientVersion);
    }

    private Path file() {
        return dataDir.resolve(PlatformConfig.FILE);
    }

    @Override
    public PlatformSettings read() {
        if (!Files.exists(file())) {
            return PlatformSettings.none();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file(), StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            return PlatformSettings.none(); // check() will say why when the administrator saves
        }
        return new PlatformSettings(p.getProperty(PlatformConfig.URL), p.getProperty(PlatformConfig.KEYSTORE),
                p.getProperty(PlatformConfig.PASSWORD_FILE), p.getProperty(PlatformConfig.TRUSTSTORE),
                p.getProperty(PlatformConfig.INTERVAL));
    }

    @Override
    public Optional<PlatformSettings.Problem> check(PlatformSettings settings) {
        try {
            config(dataDir, settings);
            return Optional.empty();
        } catch (PlatformConfig.Refused e) {
            return Optional.of(new PlatformSettings.Problem(e.key() == null ? PlatformConfig.URL : e.key(),
                    e.getMessage()));
        }
    }

    /** The configuration {@code settings} describe, its certificate stores opened (and closed again). */
    static PlatformConfig config(Path dataDir, PlatformSettings settings) throws PlatformConfig.Refused {
        PlatformConfig config = PlatformConfig.parse(dataDir, properties(settings), dataDir.resolve(PlatformConfig.FILE));
        if (!config.plainHttp()) {
            PlatformTls.context(config);
        }
        return config;
    }

    static Properties properties(PlatformSettings s) {
        Properties p = new Properties();
        put(p, PlatformConfig.URL, s.url());
        put(p, PlatformConfig.KEYSTORE, s.keystore());
        put(p, PlatformConfig.PASSWORD_FILE, s.keystorePasswordFile());
        put(p, PlatformConfig.TRUSTSTORE, s.truststore());
        put(p, PlatformConfig.INTERVAL, s.intervalMinutes());
        return p;
    }

    private static void put(Properties p, String key, String value) {
        if (!value.isEmpty()) {
            p.setProperty(key, value);
        }
    }

    @Override
    public void write(PlatformSettings settings) {
        StringWriter text = new StringWriter();
        try {
            properties(settings).store(text, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StringBuilder body = new StringBuilder("# 省级平台连接（系统设置 → 平台）\n");
        text.toString().lines().filter(line -> !line.startsWith("#")).sorted()
                .forEach(line -> body.append(line).append('\n'));
        Path temp = null;
        try {
            temp = FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                    ? Files.createTempFile(dataDir, ".platform-", ".tmp",
                            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                    : Files.createTempFile(dataDir, ".platform-", ".tmp");
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                 Writer out = java.nio.channels.Channels.newWriter(channel, StandardCharsets.UTF_8)) {
                out.write(body.toString());
                out.flush();
                channel.force(true);
            }
            try {
                Files.move(temp, file(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file(), StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the temporary file holds no secret; the original error is what matters
                }
            }
        }
    }

    @Override
    public ConnectionReport test(PlatformSettings settings, String stationCode) {
        return connectionTest.run(settings, stationCode);
    }
}

package org.residencedesk.storage;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.residencedesk.port.WindowStateStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code window-state.properties} in the data folder, owner-only (0600), rewritten atomically: per login the
 * window's bounds, maximised state and last area, plus the last state written (ADR 0182), and the station the window
 * showed last (ADR 0371). An unreadable or
 * hand-broken file is ignored: the window opens at its default size.
 */
public final class PropertiesWindowStateStore implements WindowStateStore {
    public static final String FILE_NAME = "window-state.properties";
    private static final Logger LOG = LoggerFactory.getLogger(PropertiesWindowStateStore.class);
    private static final String LAST = "last";
    private static final String STATION = "station";

    private final Path file;

    public PropertiesWindowStateStore(Path dataDir) {
        this.file = dataDir.resolve(FILE_NAME);
    }

    @Override
    public synchronized Optional<WindowState> load(String login) {
        return read(read(), userKey(login));
    }

    @Override
    public synchronized Optional<WindowState> last() {
        return read(read(), LAST);
    }

    @Override
    public synchronized void save(String login, WindowState state) {
        Properties p = read();
        write(p, userKey(login), state);
        write(p, LAST, state);
        store(p);
    }

    @Override
    public synchronized Optional<StationHint> station() {
        return station(read());
    }

    private static Optional<StationHint> station(Properties p) {
        String name = p.getProperty(STATION + ".name");
        String code = p.getProperty(STATION + ".code");
        if (name == null || name.isBlank() || code == null || code.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new StationHint(name, code, Boolean.parseBoolean(p.getProperty(STATION + ".demo"))));
    }

    @Override
    public synchronized void rememberStation(StationHint station) {
        Properties p = read();
        if (station.equals(station(p).orElse(null))) {
            return; // the same station as last time: nothing to write
        }
        p.setProperty(STATION + ".name", station.name());
        p.setProperty(STATION + ".code", station.code());
        p.setProperty(STATION + ".demo", Boolean.toString(station.demo()));
        store(p);
    }

    private void store(Properties p) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            p.store(out, "ResidenceDesk window state (ADR 0182, 0371)");
            PrivateFiles.writeAtomically(file, out.toByteArray(), true);
        } catch (IOException | RuntimeException e) {
            LOG.warn("window state not written: {}", e.toString());
        }
    }

    /** The entries of one login: {@code window[login].width} and so on. */
    private static String userKey(String login) {
        return "window[" + login + "]";
    }

    private Properties read() {
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                p.load(new java.io.InputStreamReader(in, StandardCharsets.ISO_8859_1));
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("window state not read: {}", e.toString());
                return new Properties();
            }
        }
        return p;
    }

    private static Optional<WindowState> read(Properties p, String prefix) {
        try {
            String width = p.getProperty(prefix + ".width");
            if (width == null) {
                return Optional.empty();
            }
            String area = p.getProperty(prefix + ".area");
            return Optional.of(new WindowState(Double.parseDouble(p.getProperty(prefix + ".x")),
                    Double.parseDouble(p.getProperty(prefix + ".y")), Double.parseDouble(width),
                    Double.parseDouble(p.getProperty(prefix + ".height")),
                    Boolean.parseBoolean(p.getProperty(prefix + ".maximised")),
                    area == null || area.isBlank() ? null : area));
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private static void write(Properties p, String prefix, WindowState s) {
        p.setProperty(prefix + ".x", Double.toString(s.x()));
        p.setProperty(prefix + ".y", Double.toString(s.y()));
        p.setProperty(prefix + ".width", Double.toString(s.width()));
        p.setProperty(prefix + ".height", Double.toString(s.height()));
        p.setProperty(prefix + ".maximised", Boolean.toString(s.maximised()));
        p.setProperty(prefix + ".area", s.lastArea() == null ? "" : s.lastArea());
    }
}

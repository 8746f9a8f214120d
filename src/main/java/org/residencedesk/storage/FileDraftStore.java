package org.residencedesk.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.regex.Pattern;
import org.residencedesk.port.DraftStore;

/**
 * One file per draft under {@code <dataDir>/drafts}. Written to a temporary file, forced to disk, then
 * moved over the old one atomically: after a power cut either the old or the new draft is there, never
 * half of one.
 */
public final class FileDraftStore implements DraftStore {
    private static final Pattern SAFE_KEY = Pattern.compile("[A-Za-z0-9_.-]{1,80}");
    private final Path directory;

    public FileDraftStore(Path directory) {
        this.directory = directory;
    }

    @Override
    public void save(String key, String content) {
        Path target = file(key);
        Path temp = target.resolveSibling(target.getFileName() + ".tmp");
        try {
            Files.createDirectories(directory);
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ch.write(ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8)));
                ch.force(true);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("draft could not be saved", e);
        }
    }

    @Override
    public Optional<String> load(String key) {
        Path f = file(key);
        try {
            return Files.exists(f) ? Optional.of(Files.readString(f, StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public void discard(String key) {
        try {
            Files.deleteIfExists(file(key));
        } catch (IOException e) {
            throw new UncheckedIOException("draft could not be removed", e);
        }
    }

    private Path file(String key) {
        if (!SAFE_KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("draft key must be a plain file name");
        }
        return directory.resolve(key + ".json");
    }
}

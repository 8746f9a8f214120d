package org.residencedesk.storage;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.residencedesk.port.ExportFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes an export to a new owner-only temporary file in the target's folder and then puts it at the
 * target in one step (docs/decisions/0135). The temporary file is always new, so an existing path or link
 * is never written through. Without replace the commit is a hard link of the finished file to the target,
 * which the file system refuses when anything already has that name — there is no check-then-write gap;
 * with replace it is a rename, which replaces a link itself rather than following it.
 */
public final class AtomicExportFiles implements ExportFiles {
    private static final Logger LOG = LoggerFactory.getLogger(AtomicExportFiles.class);

    @Override
    public ExportFile create(Path target, boolean replace) throws IOException {
        Path absolute = target.toAbsolutePath();
        // Early refusal, before anything is written; commit() repeats it race-free.
        if (Files.isDirectory(absolute, LinkOption.NOFOLLOW_LINKS)
                || !replace && Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
            throw new TargetExists(absolute, null);
        }
        Path folder = absolute.getParent();
        Path temp = PrivateFiles.createTempFile(folder, "." + absolute.getFileName(), ".part");
        return new Pending(temp, absolute, replace, Files.newOutputStream(temp));
    }

    @Override
    public boolean inside(Path target, Path folder) {
        Path real = realExistingPart(target.toAbsolutePath().normalize());
        Path realFolder = realExistingPart(folder.toAbsolutePath().normalize());
        return real.startsWith(realFolder);
    }

    /** The path with its longest existing prefix resolved to its real location (links followed). */
    private static Path realExistingPart(Path path) {
        Path existing = path;
        Path rest = null;
        while (existing != null && !Files.exists(existing)) {
            Path name = existing.getFileName();
            rest = rest == null ? name : name.resolve(rest);
            existing = existing.getParent();
        }
        if (existing == null) {
            return path;
        }
        try {
            Path real = existing.toRealPath();
            return rest == null ? real : real.resolve(rest).normalize();
        } catch (IOException e) {
            return path;
        }
    }

    /** Puts {@code temp} at {@code target} only if nothing has that name; {@code temp} is gone afterwards. */
    private static void commitNew(Path temp, Path target) throws IOException {
        try {
            Files.createLink(target, temp);
        } catch (FileAlreadyExistsException exists) {
            Files.deleteIfExists(temp);
            throw new TargetExists(target, exists);
        } catch (UnsupportedOperationException | FileSystemException noHardLinks) {
            // FAT/exFAT sticks and some network shares have no hard links: a move without REPLACE_EXISTING
            // (MoveFileEx without replace on Windows; checked rename on POSIX), still never over an existing file.
            LOG.debug("hard link not possible here, moving without replace: {}", noHardLinks.getClass().getSimpleName());
            try {
                Files.move(temp, target);
            } catch (FileAlreadyExistsException exists) {
                Files.deleteIfExists(temp);
                throw new TargetExists(target, exists);
            }
            return;
        }
        Files.delete(temp);
    }

    private static final class Pending implements ExportFile {
        private final Path temp;
        private final Path target;
        private final boolean replace;
        private final OutputStream stream;
        private boolean committed;

        Pending(Path temp, Path target, boolean replace, OutputStream stream) {
            this.temp = temp;
            this.target = target;
            this.replace = replace;
            this.stream = stream;
        }

        @Override
        public OutputStream stream() {
            return stream;
        }

        @Override
        public void commit() throws IOException {
            stream.close();
            if (replace) {
                if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                    throw new TargetExists(target, null);
                }
                try {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (DirectoryNotEmptyException | FileAlreadyExistsException folder) {
                    throw new TargetExists(target, folder); // a folder appeared meanwhile
                }
            } else {
                commitNew(temp, target);
            }
            committed = true;
        }

        @Override
        public void discard() {
            delete(committed ? target : temp);
        }

        @Override
        public void close() {
            if (!committed) {
                try {
                    stream.close();
                } catch (IOException e) {
                    LOG.debug("closing an abandoned export stream failed", e);
                }
                delete(temp);
            }
        }

        private static void delete(Path file) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.warn("could not delete an incomplete export file");
            }
        }
    }
}

package org.residencedesk.storage;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.residencedesk.port.ExportFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes an export to a new owner-only temporary file in the target's folder, then renames it onto the
 * target in one step. The temporary file is always new, so an existing path or link is never written
 * through; the rename replaces a link itself rather than following it.
 */
public final class AtomicExportFiles implements ExportFiles {
    private static final Logger LOG = LoggerFactory.getLogger(AtomicExportFiles.class);

    @Override
    public ExportFile create(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Path temp = PrivateFiles.createTempFile(folder, "." + absolute.getFileName(), ".part");
        return new Pending(temp, absolute, Files.newOutputStream(temp));
    }

    private static final class Pending implements ExportFile {
        private final Path temp;
        private final Path target;
        private final OutputStream stream;
        private boolean committed;

        Pending(Path temp, Path target, OutputStream stream) {
            this.temp = temp;
            this.target = target;
            this.stream = stream;
        }

        @Override
        public OutputStream stream() {
            return stream;
        }

        @Override
        public void commit() throws IOException {
            stream.close();
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
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

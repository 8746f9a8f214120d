package org.residencedesk.port;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Where exports are written. An export is first written to a new private file beside its target and
 * appears at the target only when it is complete, so a reader never sees half an export. An existing
 * path is never written through, followed or deleted (docs/decisions/0135).
 */
public interface ExportFiles {
    /**
     * @param replace false: any existing target (file, folder, link — even a dangling one) is refused, also
     *                one that appears while the export is written; true: an existing file or link is
     *                replaced as a whole (a link itself, never the file it points to), a folder is refused
     * @throws TargetExists the target exists and may not be replaced; nothing was created
     * @throws IOException the folder is missing or not writable; nothing was created
     */
    ExportFile create(Path target, boolean replace) throws IOException;

    /**
     * True when {@code target} would lie inside {@code folder} or any folder below it, links in the existing part
     * of its path resolved (a link pointing into the folder counts as inside).
     */
    boolean inside(Path target, Path folder);

    /** Something has the target's name and may not be replaced; it was left exactly as it was. */
    final class TargetExists extends IOException {
        private static final long serialVersionUID = 1L;

        public TargetExists(Path target, Throwable cause) {
            super("export target exists: " + target, cause);
        }
    }

    /** One export being written; closing it without {@link #commit()} removes what was written. */
    interface ExportFile extends AutoCloseable {
        OutputStream stream();

        /**
         * Puts the complete file at its target (call after the stream was closed).
         *
         * @throws TargetExists the target appeared meanwhile and may not be replaced; it is untouched
         */
        void commit() throws IOException;

        /** Removes the export, also after {@link #commit()} (e.g. when it could not be audited). */
        void discard();

        @Override
        void close();
    }
}

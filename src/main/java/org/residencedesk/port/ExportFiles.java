package org.residencedesk.port;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Where exports are written. An export is first written to a new private file beside its target and
 * appears at the target only when it is complete, so a reader never sees half an export.
 */
public interface ExportFiles {
    /** @throws IOException the folder is missing or not writable; nothing was created */
    ExportFile create(Path target) throws IOException;

    /** One export being written; closing it without {@link #commit()} removes what was written. */
    interface ExportFile extends AutoCloseable {
        OutputStream stream();

        /** Puts the complete file at its target (call after the stream was closed). */
        void commit() throws IOException;

        /** Removes the export, also after {@link #commit()} (e.g. when it could not be audited). */
        void discard();

        @Override
        void close();
    }
}

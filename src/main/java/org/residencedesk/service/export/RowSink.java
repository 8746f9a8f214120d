package org.residencedesk.service.export;

import java.io.IOException;
import java.util.List;

/** Receives an export row by row; nothing is collected in memory. */
public interface RowSink extends AutoCloseable {
    void header(List<String> columns) throws IOException;

    /** Values in header order; null for an empty column. */
    void row(List<String> values) throws IOException;

    @Override
    void close() throws IOException;
}

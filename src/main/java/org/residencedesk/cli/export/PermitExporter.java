package org.residencedesk.cli.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.residencedesk.service.permit.ExportRow;
import org.residencedesk.service.permit.PermitQueries;

/** Streams every permit (status, numbers, dates, endorsements) into a CSV or JSON sink. */
public final class PermitExporter {
    private final PermitQueries permits;

    public PermitExporter(PermitQueries permits) {
        this.permits = permits;
    }

    public long export(ExportFormat format, OutputStream out) throws IOException {
        long[] rows = {0};
        try (RowSink sink = format == ExportFormat.CSV ? new CsvRowSink(out) : new JsonRowSink(out)) {
            sink.header(ExportRow.COLUMNS);
            permits.exportRows(row -> {
                List<String> values = new ArrayList<>(ExportRow.COLUMNS.size());
                for (String column : ExportRow.COLUMNS) {
                    Object v = row.get(column);
                    values.add(v == null ? null : v.toString());
                }
                try {
                    sink.row(values);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                rows[0]++;
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return rows[0];
    }
}

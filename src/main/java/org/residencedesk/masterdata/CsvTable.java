package org.residencedesk.masterdata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.HashMap;

/**
 * A CSV file with a header row (RFC 4180: quoted fields may hold commas, doubled quotes and line
 * breaks). Master data files are small enough to hold in memory while indexing.
 */
final class CsvTable {
    private final String source;
    private final Map<String, Integer> columns;
    private final List<String[]> rows;

    private CsvTable(String source, List<String> header, List<String[]> rows) {
        this.source = source;
        Map<String, Integer> c = new HashMap<>();
        for (int i = 0; i < header.size(); i++) c.put(header.get(i).trim(), i);
        this.columns = c;
        this.rows = rows;
    }

    static CsvTable fromClasspath(String resource) {
        InputStream in = CsvTable.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) throw new IllegalStateException("missing master data resource " + resource);
        try (in) {
            return parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    static CsvTable parse(String source, String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        int n = text.length();
        // a byte order mark written by spreadsheet programs is not part of the first column name
        int i = n > 0 && text.charAt(0) == '\uFEFF' ? 1 : 0;
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
                fieldStarted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
                fieldStarted = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') i++;
                if (fieldStarted || field.length() > 0 || !record.isEmpty()) {
                    record.add(field.toString());
                    records.add(record);
                }
                record = new ArrayList<>();
                field.setLength(0);
                fieldStarted = false;
            } else {
                field.append(c);
                fieldStarted = true;
            }
        }
        if (fieldStarted || field.length() > 0 || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        if (records.isEmpty()) throw new IllegalStateException(source + " has no header row");
        List<String[]> rows = new ArrayList<>(records.size() - 1);
        for (List<String> rec : records.subList(1, records.size())) rows.add(rec.toArray(new String[0]));
        return new CsvTable(source, records.get(0), rows);
    }

    List<String[]> rows() {
        return rows;
    }

    int rowCount() {
        return rows.size();
    }

    /** Index of a required column; a missing column is a packaging mistake, reported with the file name. */
    int column(String name) {
        Integer i = columns.get(name);
        if (i == null) throw new IllegalStateException(source + " has no column " + name);
        return i;
    }

    boolean hasColumn(String name) {
        return columns.containsKey(name);
    }

    static String cell(String[] row, int column) {
        return column < row.length ? row[column].trim() : "";
    }
}

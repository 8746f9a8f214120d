package org.residencedesk.storage.spreadsheet;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.residencedesk.port.CollectionFiles;

/**
 * Streams an RFC 4180 CSV file record by record (quoted cells may hold commas, quotes and line breaks). UTF-8
 * with a byte-order mark is UTF-8; without one the file is UTF-8 when every byte decodes as UTF-8, else GB18030
 * (what Excel saves as "CSV" on a Chinese PC).
 */
final class CsvRows {
    private static final Charset GB18030 = Charset.forName("GB18030");

    private CsvRows() {
    }

    static long read(Path file, CollectionFiles.RowVisitor visitor) throws IOException {
        Charset charset = charsetOf(file);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
             Reader reader = new BufferedReader(new InputStreamReader(in, charset.newDecoder()
                     .onMalformedInput(CodingErrorAction.REPLACE)
                     .onUnmappableCharacter(CodingErrorAction.REPLACE)), 1 << 16)) {
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
            return parse(reader, visitor);
        }
    }

    static Charset charsetOf(Path file) throws IOException {
        try (Reader r = new InputStreamReader(new BufferedInputStream(Files.newInputStream(file), 1 << 16),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT))) {
            char[] buffer = new char[1 << 15];
            while (r.read(buffer) >= 0) {
                // every byte must decode
            }
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return GB18030;
        }
    }

    private static long parse(Reader in, CollectionFiles.RowVisitor visitor) throws IOException {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean anything = false;
        int row = 0;
        long rows = 0;
        int c;
        while ((c = in.read()) >= 0) {
            char ch = (char) c;
            if (quoted) {
                if (ch == '"') {
                    in.mark(1);
                    int next = in.read();
                    if (next == '"') {
                        cell.append('"');
                    } else {
                        quoted = false;
                        if (next >= 0) in.reset();
                    }
                } else {
                    cell.append(ch);
                }
                continue;
            }
            switch (ch) {
                case '"' -> {
                    quoted = true;
                    anything = true;
                }
                case ',' -> {
                    cells.add(cell.toString());
                    cell.setLength(0);
                    anything = true;
                }
                case '\r' -> {
                    in.mark(1);
                    if (in.read() != '\n') in.reset();
                    cells.add(cell.toString());
                    cell.setLength(0);
                    visitor.row(++row, cells);
                    rows++;
                    cells = new ArrayList<>();
                    anything = false;
                }
                case '\n' -> {
                    cells.add(cell.toString());
                    cell.setLength(0);
                    visitor.row(++row, cells);
                    rows++;
                    cells = new ArrayList<>();
                    anything = false;
                }
                default -> {
                    cell.append(ch);
                    anything = true;
                }
            }
        }
        if (anything || cell.length() > 0) {
            cells.add(cell.toString());
            visitor.row(++row, cells);
            rows++;
        }
        return rows;
    }
}

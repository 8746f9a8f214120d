package org.residencedesk.service.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The product's one CSV writer (exports, 到期签注提醒): RFC 4180 with CRLF line ends; a value is quoted
 * when it holds a comma, quote, CR or LF or starts or ends with a space, and quotes inside are doubled;
 * null is an empty cell. Starts with a UTF-8 byte-order mark, without which Excel reads the file in
 * the PC's legacy code page and garbles every Chinese character.
 */
public final class CsvWriter implements RowSink {
    private final Writer out;

    public CsvWriter(OutputStream stream) throws IOException {
        this.out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        out.write('\uFEFF');
    }

    @Override
    public void header(List<String> columns) throws IOException {
        row(columns);
    }

    @Override
    public void row(List<String> values) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) out.write(',');
            String v = values.get(i);
            if (v != null) out.write(quoted(v));
        }
        out.write("\r\n");
    }

    /** One cell as it appears in the file. */
    public static String quoted(String v) {
        boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\r') >= 0 || v.indexOf('\n') >= 0
                || (!v.isEmpty() && (v.charAt(0) == ' ' || v.charAt(v.length() - 1) == ' '));
        return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}

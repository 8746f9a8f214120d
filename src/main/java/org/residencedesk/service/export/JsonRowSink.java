package org.residencedesk.service.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A JSON array of flat objects whose values are strings or null (UTF-8, no BOM, one object a line).
 * Strings are escaped as RFC 8259 requires: quote, backslash and every control character; U+2028 and
 * U+2029 too, so the file is also valid JavaScript.
 */
final class JsonRowSink implements RowSink {
    private final Writer out;
    private List<String> columns;
    private boolean first = true;

    JsonRowSink(OutputStream stream) throws IOException {
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
        out.write('[');
    }

    @Override
    public void header(List<String> names) {
        this.columns = List.copyOf(names);
    }

    @Override
    public void row(List<String> values) throws IOException {
        out.write(first ? "{" : ",{");
        first = false;
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            string(columns.get(i));
            out.write(':');
            String v = values.get(i);
            if (v == null) {
                out.write("null");
            } else {
                string(v);
            }
        }
        out.write("}\n");
    }

    private void string(String s) throws IOException {
        out.write('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.write("\\\"");
                case '\\' -> out.write("\\\\");
                case '\n' -> out.write("\\n");
                case '\r' -> out.write("\\r");
                case '\t' -> out.write("\\t");
                case '\b' -> out.write("\\b");
                case '\f' -> out.write("\\f");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.write(String.format("\\u%04x", (int) c));
                    } else {
                        out.write(c);
                    }
                }
            }
        }
        out.write('"');
    }

    @Override
    public void close() throws IOException {
        out.write(']');
        out.close();
    }
}

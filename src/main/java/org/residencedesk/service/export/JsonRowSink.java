package org.residencedesk.service.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** A JSON array of flat objects, written by Jackson's streaming generator (UTF-8, no BOM). */
final class JsonRowSink implements RowSink {
    private final JsonGenerator json;
    private List<String> columns;

    JsonRowSink(OutputStream stream) throws IOException {
        this.json = new JsonFactory().createGenerator(stream, JsonEncoding.UTF8);
        json.writeStartArray();
    }

    @Override
    public void header(List<String> names) {
        this.columns = List.copyOf(names);
    }

    @Override
    public void row(List<String> values) throws IOException {
        json.writeStartObject();
        for (int i = 0; i < columns.size(); i++) {
            json.writeFieldName(columns.get(i));
            String v = values.get(i);
            if (v == null) json.writeNull(); else json.writeString(v);
        }
        json.writeEndObject();
        json.writeRaw('\n');
    }

    @Override
    public void close() throws IOException {
        json.writeEndArray();
        json.close();
    }
}

package org.residencedesk.service.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonRowSinkTest {
    @Test
    void everyAwkwardStringSurvivesAStandardParser() throws Exception {
        String awkward = "阿依古丽·买买提 \"引号\" \\反斜杠\n换行\r\t\b\f\u0001\u001f\u2028\u2029 𠮷";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonRowSink sink = new JsonRowSink(bytes)) {
            sink.header(List.of("name", "note"));
            sink.row(Arrays.asList(awkward, null));
            sink.row(Arrays.asList("张三", ""));
        }
        String text = bytes.toString(StandardCharsets.UTF_8);
        JsonNode rows = new ObjectMapper().readTree(text);

        assertThat(rows.size()).isEqualTo(2);
        assertThat(rows.get(0).get("name").asText()).isEqualTo(awkward);
        assertThat(rows.get(0).get("note").isNull()).isTrue();
        assertThat(rows.get(1).get("name").asText()).isEqualTo("张三");
        assertThat(rows.get(1).get("note").asText()).isEmpty();
        assertThat(text).startsWith("[{").endsWith("}\n]").doesNotContain("\u2028");
    }

    @Test
    void noRowsIsAnEmptyArray() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonRowSink sink = new JsonRowSink(bytes)) {
            sink.header(List.of("name"));
        }
        assertThat(new ObjectMapper().readTree(bytes.toByteArray()).isArray()).isTrue();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("[]");
    }
}

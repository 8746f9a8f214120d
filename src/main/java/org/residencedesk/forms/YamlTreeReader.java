package org.residencedesk.forms;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Reads YAML into {@link YamlNode}s with line numbers, using Jackson's streaming parser: only plain
 * maps, lists and scalars come out, no objects are instantiated from the file (no YAML tags).
 */
final class YamlTreeReader {
    private static final YAMLFactory FACTORY = new YAMLFactory();

    private final String source;

    YamlTreeReader(String source) {
        this.source = source;
    }

    YamlNode read(Reader reader) throws FormDefinitionException {
        try (JsonParser p = FACTORY.createParser(reader)) {
            JsonToken first = p.nextToken();
            if (first == null) throw new FormDefinitionException(source, 1, null, FormLoadProblem.EMPTY_FILE);
            return readValue(p);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new FormDefinitionException(source, line, null, FormLoadProblem.SYNTAX, e.getOriginalMessage());
        } catch (IOException e) {
            throw new FormDefinitionException(source, 0, null, FormLoadProblem.UNREADABLE, e.getMessage());
        }
    }

    private YamlNode readValue(JsonParser p) throws IOException, FormDefinitionException {
        int line = p.currentTokenLocation().getLineNr();
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            Map<String, YamlNode> entries = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                int keyLine = p.currentTokenLocation().getLineNr();
                p.nextToken();
                YamlNode value = readValue(p);
                if (entries.putIfAbsent(key, value) != null) {
                    throw new FormDefinitionException(source, keyLine, null, FormLoadProblem.DUPLICATE_KEY, key);
                }
            }
            return new YamlNode.MapNode(line, entries);
        }
        if (t == JsonToken.START_ARRAY) {
            List<YamlNode> items = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                items.add(readValue(p));
            }
            return new YamlNode.ListNode(line, items);
        }
        if (t == JsonToken.VALUE_NULL) return new YamlNode.Scalar(line, null);
        return new YamlNode.Scalar(line, p.getText());
    }
}

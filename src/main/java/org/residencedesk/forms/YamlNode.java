package org.residencedesk.forms;

import java.util.List;
import java.util.Map;

/**
 * A YAML value that remembers the line it starts on, so that every error in a form file can name its
 * line. Jackson's own tree ({@code JsonNode}) drops locations, hence this small tree.
 */
sealed interface YamlNode {
    int line();

    record MapNode(int line, Map<String, YamlNode> entries) implements YamlNode { }

    record ListNode(int line, List<YamlNode> items) implements YamlNode { }

    /** {@code text} is null for an explicit YAML null ({@code ~} or nothing after the colon). */
    record Scalar(int line, String text) implements YamlNode { }
}

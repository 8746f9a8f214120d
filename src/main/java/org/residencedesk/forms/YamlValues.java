package org.residencedesk.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Small typed accessors over a YAML tree of one file, each failing with the file's name, the node's
 * line and the field it belongs to: what {@link YamlFormLoader}'s parser reads every value through.
 */
class YamlValues {
    private static final Pattern ID = Pattern.compile("[a-zA-Z][a-zA-Z0-9]*");

    private final String source;

    YamlValues(String source) {
        this.source = source;
    }

    void checkKeys(YamlNode.MapNode m, Set<String> allowed, String fieldId) throws FormDefinitionException {
        for (Map.Entry<String, YamlNode> e : m.entries().entrySet()) {
            if (!allowed.contains(e.getKey())) {
                throw error(e.getValue().line(), fieldId, FormLoadProblem.UNKNOWN_KEY, e.getKey());
            }
        }
    }

    YamlNode required(YamlNode.MapNode m, String key, String fieldId) throws FormDefinitionException {
        YamlNode n = m.entries().get(key);
        if (n == null) throw error(m.line(), fieldId, FormLoadProblem.MISSING_KEY, key);
        return n;
    }

    YamlNode.MapNode map(YamlNode n, String fieldId) throws FormDefinitionException {
        if (n instanceof YamlNode.MapNode m) return m;
        throw error(n.line(), fieldId, FormLoadProblem.EXPECTED_MAP);
    }

    YamlNode.ListNode list(YamlNode n, String fieldId) throws FormDefinitionException {
        if (n instanceof YamlNode.ListNode l) return l;
        throw error(n.line(), fieldId, FormLoadProblem.EXPECTED_LIST);
    }

    String text(YamlNode n, String fieldId) throws FormDefinitionException {
        if (n instanceof YamlNode.Scalar s && s.text() != null && !s.text().isBlank()) return s.text();
        throw error(n.line(), fieldId, FormLoadProblem.EXPECTED_TEXT);
    }

    String optionalText(YamlNode.MapNode m, String key, String fieldId) throws FormDefinitionException {
        return m.entries().containsKey(key) ? text(m.entries().get(key), fieldId) : null;
    }

    List<String> textList(YamlNode.MapNode m, String key, String fieldId) throws FormDefinitionException {
        List<String> out = new ArrayList<>();
        if (!m.entries().containsKey(key)) return out;
        for (YamlNode n : list(m.entries().get(key), fieldId).items()) out.add(text(n, fieldId));
        return out;
    }

    String id(YamlNode n, String fieldId) throws FormDefinitionException {
        String s = text(n, fieldId);
        if (!ID.matcher(s).matches()) throw error(n.line(), fieldId, FormLoadProblem.BAD_ID, s);
        return s;
    }

    int integer(YamlNode n, String fieldId) throws FormDefinitionException {
        String s = text(n, fieldId);
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            throw error(n.line(), fieldId, FormLoadProblem.EXPECTED_NUMBER, s);
        }
    }

    Integer optionalPositive(YamlNode.MapNode m, String key, String fieldId) throws FormDefinitionException {
        if (!m.entries().containsKey(key)) return null;
        YamlNode n = m.entries().get(key);
        int v = integer(n, fieldId);
        if (v <= 0) throw error(n.line(), fieldId, FormLoadProblem.EXPECTED_NUMBER, String.valueOf(v));
        return v;
    }

    boolean bool(YamlNode.MapNode m, String key, String fieldId) throws FormDefinitionException {
        if (!m.entries().containsKey(key)) return false;
        YamlNode n = m.entries().get(key);
        String s = n instanceof YamlNode.Scalar sc ? sc.text() : null;
        if ("true".equals(s)) return true;
        if ("false".equals(s)) return false;
        throw error(n.line(), fieldId, FormLoadProblem.EXPECTED_BOOLEAN, key);
    }

    FormDefinitionException error(int line, String fieldId, FormLoadProblem problem, Object... details) {
        return new FormDefinitionException(source, line, fieldId, problem, details);
    }
}

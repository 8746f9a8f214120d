package org.residencedesk.port;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The station's health for support (诊断, docs/decisions/0253): one check per part (version, Java, database,
 * card reader, printers, platform, backup, disk, clock), each with a status and its facts. It carries no
 * personal data — no names, ID numbers or addresses, only counts, sizes, versions, paths and states — so it can
 * be printed by {@code diagnose} and copied to technical support as it is.
 */
public record HealthReport(List<Check> checks) {
    /** How a part is. */
    public enum Status {
        /** Works as expected. */
        OK,
        /** Someone must act: the report's exit code is non-zero. */
        ATTENTION,
        /** Not set up on this PC, which is allowed (a station without a platform, a reader not configured). */
        NOT_CONFIGURED,
        /** Not checked, with the reason in the facts (the database is open in the window, a time bound). */
        SKIPPED
    }

    /** One part: its name (a JSON key), its status and its facts in order; values are strings, numbers, booleans. */
    public record Check(String name, Status status, Map<String, Object> facts) {
        public Check {
            facts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(facts));
        }
    }

    public HealthReport {
        checks = List.copyOf(checks);
    }

    /** True when any part needs someone to act. */
    public boolean needsAttention() {
        return checks.stream().anyMatch(c -> c.status() == Status.ATTENTION);
    }

    /** The named part, if the report has it. */
    public java.util.Optional<Check> check(String name) {
        return checks.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** The report as one JSON object: {@code {"status":"OK|ATTENTION","checks":{"<name>":{"status":…,…}}}}. */
    public String toJson() {
        StringBuilder json = new StringBuilder("{\n  \"status\": ")
                .append(quote(needsAttention() ? Status.ATTENTION.name() : Status.OK.name()))
                .append(",\n  \"checks\": {");
        for (int i = 0; i < checks.size(); i++) {
            Check c = checks.get(i);
            json.append(i == 0 ? "\n" : ",\n").append("    ").append(quote(c.name())).append(": {\"status\": ")
                    .append(quote(c.status().name()));
            for (Map.Entry<String, Object> fact : c.facts().entrySet()) {
                json.append(", ").append(quote(fact.getKey())).append(": ").append(value(fact.getValue()));
            }
            json.append('}');
        }
        return json.append("\n  }\n}").toString();
    }

    private static String value(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof Number || v instanceof Boolean) {
            return v.toString();
        }
        if (v instanceof List<?> list) {
            StringBuilder b = new StringBuilder("[");
            for (int i = 0; i < list.size(); i++) {
                b.append(i == 0 ? "" : ", ").append(value(list.get(i)));
            }
            return b.append(']').toString();
        }
        return quote(v.toString());
    }

    private static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        b.append(String.format("\\u%04x", (int) ch));
                    } else {
                        b.append(ch);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}

package org.residencedesk.forms;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.residencedesk.domain.form.ChoiceOption;
import org.residencedesk.domain.form.Condition;
import org.residencedesk.domain.form.CrossFieldRule;
import org.residencedesk.domain.form.CrossFieldRules;
import org.residencedesk.domain.form.FieldDefinition;
import org.residencedesk.domain.form.FieldType;
import org.residencedesk.domain.form.FormDefinition;
import org.residencedesk.domain.form.MessageKind;
import org.residencedesk.domain.form.RuleReference;
import org.residencedesk.domain.form.Section;
import org.residencedesk.domain.form.SectionLayout;
import org.residencedesk.domain.masterdata.DivisionLevel;

/**
 * Loads a form definition ({@code forms/*.yaml}) from the classpath or a file and checks it fully at
 * load time: unknown keys, types, code tables, rules and field references are errors naming the file,
 * line and field, so a broken form is found when the station edits it, not at the counter.
 * The schema is described in ADR 0040 and at the top of {@code forms/registration.yaml}.
 */
public final class YamlFormLoader {
    /** Code tables the provincial platform publishes (PLATFORM-API.md, master data), and GB/T 2659 (ADR 0171). */
    public static final Set<String> PLATFORM_CODE_TABLES = Set.of("sex", "ethnic-groups", "marital-status",
            "education", "occupation", "family-relationship", "residence-reasons", "residence-types", "intended-stay",
            "nationality");

    private static final Set<String> FORM_KEYS = Set.of("form", "version", "title", "sections", "rules");
    private static final Set<String> SECTION_KEYS = Set.of("id", "title", "help", "fields", "columns", "besideNext",
            "aside");
    private static final Set<String> FIELD_KEYS = Set.of("id", "type", "label", "help", "required", "requiredTrue",
            "requiredWhen", "visibleWhen", "readOnly", "maxLength", "minLength", "pattern", "codeTable", "level",
            "within", "options", "notFuture", "alsoAccepts", "messages", "columns", "minRows", "maxRows", "register",
            "span", "default", "defaultWhen");
    private static final Set<String> RULE_KEYS = Set.of("rule", "fields", "message");
    private static final Set<String> OPTION_KEYS = Set.of("value", "label");
    /** Keys that only make sense for some types: a typo'd type must not silently drop them. */
    private static final Map<String, Set<FieldType>> TYPE_SPECIFIC_KEYS = Map.ofEntries(
            Map.entry("codeTable", Set.of(FieldType.CODE)),
            Map.entry("level", Set.of(FieldType.DIVISION)),
            Map.entry("within", Set.of(FieldType.DIVISION)),
            Map.entry("options", Set.of(FieldType.CHOICE)),
            Map.entry("notFuture", Set.of(FieldType.DATE, FieldType.YEAR_MONTH)),
            Map.entry("alsoAccepts", Set.of(FieldType.DATE)),
            Map.entry("requiredTrue", Set.of(FieldType.BOOLEAN)),
            Map.entry("columns", Set.of(FieldType.GROUP)),
            Map.entry("minRows", Set.of(FieldType.GROUP)),
            Map.entry("maxRows", Set.of(FieldType.GROUP)),
            Map.entry("register", Set.of(FieldType.TEXT, FieldType.SOCIAL_CREDIT_CODE)));

    private final CrossFieldRules rules;


    public YamlFormLoader(CrossFieldRules rules) {
        this.rules = rules;
    }

    /** @param resource classpath name, e.g. {@code forms/registration.yaml} */
    public FormDefinition loadClasspath(String resource) throws FormDefinitionException {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource);
        if (in == null) in = YamlFormLoader.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) throw new FormDefinitionException(resource, 0, null, FormLoadProblem.UNREADABLE, "classpath");
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return load(resource, r);
        } catch (IOException e) {
            throw new FormDefinitionException(resource, 0, null, FormLoadProblem.UNREADABLE, e.getMessage());
        }
    }

    public FormDefinition loadFile(Path file) throws FormDefinitionException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return load(file.toString(), r);
        } catch (IOException e) {
            throw new FormDefinitionException(file.toString(), 0, null, FormLoadProblem.UNREADABLE, e.getMessage());
        }
    }

    /** @param sourceName how errors name the file */
    public FormDefinition load(String sourceName, Reader reader) throws FormDefinitionException {
        YamlNode root = new YamlTreeReader(sourceName).read(reader);
        return new Parse(sourceName).form(root);
    }

    /** One load: knows the file name for its errors. */
    private final class Parse extends YamlValues {
    /** {@code register: house | employer | employer-name} (ADR 0214); null when absent. */
        private org.residencedesk.domain.form.RegisterPick register(YamlNode.MapNode m, String id)
                throws FormDefinitionException {
            YamlNode node = m.entries().get("register");
            if (node == null) return null;
            String name = text(node, id);
            Optional<org.residencedesk.domain.form.RegisterPick> pick =
                    org.residencedesk.domain.form.RegisterPick.ofYamlName(name);
            if (pick.isEmpty()) throw error(node.line(), id, FormLoadProblem.UNKNOWN_REGISTER, name);
            return pick.get();
        }

        Parse(String source) {
            super(source);
        }

        FormDefinition form(YamlNode root) throws FormDefinitionException {
            YamlNode.MapNode m = map(root, null);
            checkKeys(m, FORM_KEYS, null);
            String formId = id(required(m, "form", null), null);
            int version = integer(required(m, "version", null), null);
            String title = text(required(m, "title", null), null);
            List<Section> sections = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            List<YamlNode> sectionNodes = list(required(m, "sections", null), null).items();
            for (YamlNode s : sectionNodes) {
                sections.add(section(s, seen));
            }
            Section last = sections.isEmpty() ? null : sections.get(sections.size() - 1);
            if (last != null && last.layout().besideNext()) {
                YamlNode lastNode = sectionNodes.get(sectionNodes.size() - 1);
                throw error(((YamlNode.MapNode) lastNode).entries().get("besideNext").line(), null,
                        FormLoadProblem.BESIDE_NOTHING, last.id(), "besideNext");
            }
            List<RuleReference> ruleRefs = new ArrayList<>();
            List<Integer> ruleLines = new ArrayList<>();
            if (m.entries().containsKey("rules")) {
                for (YamlNode r : list(m.entries().get("rules"), null).items()) {
                    RuleReference ref = rule(r);
                    ruleRefs.add(ref);
                    ruleLines.add(r.line());
                }
            }
            FormDefinition def = new FormDefinition(formId, version, title, sections, ruleRefs);
            checkReferences(def, m, ruleLines);
            return def;
        }

        private Section section(YamlNode node, Set<String> seenIds) throws FormDefinitionException {
            YamlNode.MapNode m = map(node, null);
            checkKeys(m, SECTION_KEYS, null);
            String id = id(required(m, "id", null), null);
            String title = text(required(m, "title", null), null);
            String help = optionalText(m, "help", null);
            int columns = 1;
            if (m.entries().containsKey("columns")) {
                YamlNode c = m.entries().get("columns");
                String given = text(c, null);
                columns = given.strip().matches("[1-9]") ? Integer.parseInt(given.strip()) : 0;
                if (columns < 1 || columns > SectionLayout.MAX_COLUMNS) {
                    throw error(c.line(), null, FormLoadProblem.BAD_COLUMNS, id, given, "columns");
                }
            }
            List<FieldDefinition> fields = new ArrayList<>();
            for (YamlNode f : list(required(m, "fields", null), null).items()) {
                FieldDefinition def = field(f, false);
                if (!seenIds.add(def.id())) {
                    throw error(f.line(), def.id(), FormLoadProblem.DUPLICATE_ID, def.id());
                }
                if (def.span() > columns) {
                    throw error(map(f, def.id()).entries().get("span").line(), def.id(), FormLoadProblem.SPAN_TOO_WIDE,
                            def.span(), columns, "span", "columns");
                }
                fields.add(def);
            }
            String aside = optionalText(m, "aside", null);
            if (aside != null && fields.stream().noneMatch(f -> f.id().equals(aside) && !f.isGroup())) {
                throw error(m.entries().get("aside").line(), null, FormLoadProblem.BAD_ASIDE, aside, id, "aside");
            }
            return new Section(id, title, help, fields, new SectionLayout(columns, bool(m, "besideNext", null), aside));
        }

        private FieldDefinition field(YamlNode node, boolean insideGroup) throws FormDefinitionException {
            YamlNode.MapNode m = map(node, null);
            String id = id(required(m, "id", null), null);
            checkKeys(m, FIELD_KEYS, id);
            YamlNode typeNode = required(m, "type", id);
            String typeName = text(typeNode, id);
            FieldType type = FieldType.ofYamlName(typeName)
                    .orElseThrow(() -> error(typeNode.line(), id, FormLoadProblem.UNKNOWN_TYPE, typeName));
            for (String key : m.entries().keySet()) {
                Set<FieldType> allowed = TYPE_SPECIFIC_KEYS.get(key);
                if (allowed != null && !allowed.contains(type)) {
                    throw error(m.entries().get(key).line(), id, FormLoadProblem.KEY_NOT_FOR_TYPE, key, typeName);
                }
            }
            if (type == FieldType.GROUP && insideGroup) throw error(node.line(), id, FormLoadProblem.NESTED_GROUP);
            String codeTable = null;
            if (type == FieldType.CODE) {
                YamlNode t = required(m, "codeTable", id);
                codeTable = text(t, id);
                if (!PLATFORM_CODE_TABLES.contains(codeTable)) {
                    throw error(t.line(), id, FormLoadProblem.UNKNOWN_CODE_TABLE, codeTable);
                }
            }
            DivisionLevel level = null;
            if (m.entries().containsKey("level")) {
                YamlNode l = m.entries().get("level");
                String name = text(l, id);
                try {
                    level = DivisionLevel.valueOf(name);
                } catch (IllegalArgumentException e) {
                    throw error(l.line(), id, FormLoadProblem.UNKNOWN_DIVISION_LEVEL, name);
                }
            }
            List<ChoiceOption> options = new ArrayList<>();
            if (type == FieldType.CHOICE) {
                for (YamlNode o : list(required(m, "options", id), id).items()) {
                    YamlNode.MapNode om = map(o, id);
                    checkKeys(om, OPTION_KEYS, id);
                    options.add(new ChoiceOption(text(required(om, "value", id), id), text(required(om, "label", id), id)));
                }
            }
            List<FieldDefinition> columns = new ArrayList<>();
            if (type == FieldType.GROUP) {
                Set<String> columnIds = new HashSet<>();
                for (YamlNode c : list(required(m, "columns", id), id).items()) {
                    FieldDefinition col = field(c, true);
                    if (!columnIds.add(col.id())) throw error(c.line(), col.id(), FormLoadProblem.DUPLICATE_ID, col.id());
                    columns.add(col);
                }
            }
            Pattern pattern = null;
            if (m.entries().containsKey("pattern")) {
                YamlNode p = m.entries().get("pattern");
                try {
                    pattern = Pattern.compile(text(p, id));
                } catch (PatternSyntaxException e) {
                    throw error(p.line(), id, FormLoadProblem.BAD_PATTERN, e.getDescription());
                }
            }
            Integer maxLength = optionalPositive(m, "maxLength", id);
            int span = 1;
            if (m.entries().containsKey("span")) {
                YamlNode sp = m.entries().get("span");
                if (insideGroup) throw error(sp.line(), id, FormLoadProblem.SPAN_IN_GROUP, "span");
                span = optionalPositive(m, "span", id);
            }
            if (m.entries().containsKey("defaultWhen") && !m.entries().containsKey("default")) {
                throw error(m.entries().get("defaultWhen").line(), id, FormLoadProblem.MISSING_KEY, "default");
            }
            Integer minLength = optionalPositive(m, "minLength", id);
            return new FieldDefinition(id, type,
                    text(required(m, "label", id), id),
                    optionalText(m, "help", id),
                    bool(m, "required", id),
                    bool(m, "requiredTrue", id),
                    optionalCondition(m, "requiredWhen", id),
                    optionalCondition(m, "visibleWhen", id),
                    bool(m, "readOnly", id),
                    maxLength, minLength, pattern, codeTable, level,
                    optionalText(m, "within", id),
                    options,
                    bool(m, "notFuture", id),
                    textList(m, "alsoAccepts", id),
                    messages(m, id),
                    columns,
                    m.entries().containsKey("minRows") ? integer(m.entries().get("minRows"), id) : 0,
                    m.entries().containsKey("maxRows") ? integer(m.entries().get("maxRows"), id) : 0,
                    register(m, id),
                    span,
                    optionalText(m, "default", id),
                    optionalCondition(m, "defaultWhen", id));
        }

        private Map<MessageKind, String> messages(YamlNode.MapNode field, String id) throws FormDefinitionException {
            Map<MessageKind, String> out = new EnumMap<>(MessageKind.class);
            if (!field.entries().containsKey("messages")) return out;
            YamlNode.MapNode m = map(field.entries().get("messages"), id);
            for (Map.Entry<String, YamlNode> e : m.entries().entrySet()) {
                MessageKind kind = MessageKind.ofKey(e.getKey())
                        .orElseThrow(() -> error(e.getValue().line(), id, FormLoadProblem.UNKNOWN_MESSAGE_KIND, e.getKey()));
                out.put(kind, text(e.getValue(), id));
            }
            return out;
        }

        private Condition optionalCondition(YamlNode.MapNode m, String key, String id) throws FormDefinitionException {
            return m.entries().containsKey(key) ? condition(m.entries().get(key), id) : null;
        }

        /**
         * {@code {field: x, equals: v}}, {@code {field: x, in: [a, b]}}, {@code {field: x, notEmpty: true}},
         * {@code {and: [...]}}, {@code {or: [...]}}, {@code {not: {...}}}.
         */
        private Condition condition(YamlNode node, String id) throws FormDefinitionException {
            YamlNode.MapNode m = map(node, id);
            Map<String, YamlNode> e = m.entries();
            if (e.size() == 1 && (e.containsKey("and") || e.containsKey("or"))) {
                boolean and = e.containsKey("and");
                List<Condition> parts = new ArrayList<>();
                for (YamlNode part : list(e.get(and ? "and" : "or"), id).items()) parts.add(condition(part, id));
                if (parts.isEmpty()) throw error(node.line(), id, FormLoadProblem.BAD_CONDITION);
                return and ? new Condition.And(parts) : new Condition.Or(parts);
            }
            if (e.size() == 1 && e.containsKey("not")) return new Condition.Not(condition(e.get("not"), id));
            if (e.size() != 2 || !e.containsKey("field")) throw error(node.line(), id, FormLoadProblem.BAD_CONDITION);
            String field = text(e.get("field"), id);
            if (e.containsKey("equals")) return new Condition.Equals(field, text(e.get("equals"), id));
            if (e.containsKey("in")) return new Condition.In(field, textList(m, "in", id));
            if (e.containsKey("notEmpty") && bool(m, "notEmpty", id)) return new Condition.NotEmpty(field);
            throw error(node.line(), id, FormLoadProblem.BAD_CONDITION);
        }

        private RuleReference rule(YamlNode node) throws FormDefinitionException {
            YamlNode.MapNode m = map(node, null);
            checkKeys(m, RULE_KEYS, null);
            YamlNode nameNode = required(m, "rule", null);
            String name = text(nameNode, null);
            CrossFieldRule rule = rules.rule(name)
                    .orElseThrow(() -> error(nameNode.line(), null, FormLoadProblem.UNKNOWN_RULE, name));
            Map<String, String> mapping = new LinkedHashMap<>();
            if (m.entries().containsKey("fields")) {
                for (Map.Entry<String, YamlNode> e : map(m.entries().get("fields"), null).entries().entrySet()) {
                    if (!rule.defaultFields().containsKey(e.getKey())) {
                        throw error(e.getValue().line(), null, FormLoadProblem.UNKNOWN_RULE_ROLE, name, e.getKey(),
                                String.join(", ", rule.defaultFields().keySet()));
                    }
                    mapping.put(e.getKey(), text(e.getValue(), null));
                }
            }
            return new RuleReference(name, mapping, text(required(m, "message", null), null));
        }

        /** Every condition and rule must name fields that exist: a typo would otherwise disable a rule silently. */
        private void checkReferences(FormDefinition def, YamlNode.MapNode root, List<Integer> ruleLines)
                throws FormDefinitionException {
            Set<String> top = new HashSet<>(def.tabOrder());
            List<YamlNode> sectionNodes = list(root.entries().get("sections"), null).items();
            for (int s = 0; s < def.sections().size(); s++) {
                List<YamlNode> fieldNodes = list(map(sectionNodes.get(s), null).entries().get("fields"), null).items();
                List<FieldDefinition> fields = def.sections().get(s).fields();
                for (int i = 0; i < fields.size(); i++) {
                    FieldDefinition f = fields.get(i);
                    checkConditionRefs(f, top, fieldNodes.get(i).line());
                    if (f.isGroup()) {
                        Set<String> inRow = new HashSet<>(top);
                        f.columns().forEach(c -> inRow.add(c.id()));
                        List<YamlNode> colNodes = list(map(fieldNodes.get(i), null).entries().get("columns"), null).items();
                        for (int c = 0; c < f.columns().size(); c++) {
                            checkConditionRefs(f.columns().get(c), inRow, colNodes.get(c).line());
                        }
                    }
                }
            }
            for (int r = 0; r < def.rules().size(); r++) {
                RuleReference ref = def.rules().get(r);
                Map<String, String> mapping = new LinkedHashMap<>(rules.rule(ref.name()).orElseThrow().defaultFields());
                mapping.putAll(ref.fieldMapping());
                for (String fieldId : mapping.values()) {
                    if (!top.contains(fieldId)) {
                        throw error(ruleLines.get(r), fieldId, FormLoadProblem.UNKNOWN_FIELD_REFERENCE, fieldId);
                    }
                }
            }
        }

        private void checkConditionRefs(FieldDefinition f, Set<String> known, int line) throws FormDefinitionException {
            for (Condition c : new Condition[] {f.visibleWhen(), f.requiredWhen(), f.defaultWhen()}) {
                if (c == null) continue;
                for (String ref : c.referencedFields()) {
                    if (!known.contains(ref)) throw error(line, f.id(), FormLoadProblem.UNKNOWN_FIELD_REFERENCE, ref);
                }
            }
        }
    }
}

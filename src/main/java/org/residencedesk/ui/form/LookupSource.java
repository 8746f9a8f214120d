package org.residencedesk.ui.form;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.residencedesk.domain.form.ChoiceOption;
import org.residencedesk.domain.form.FieldDefinition;
import org.residencedesk.domain.masterdata.CodeTable;
import org.residencedesk.domain.masterdata.Division;
import org.residencedesk.domain.masterdata.DivisionLevel;
import org.residencedesk.domain.masterdata.LookupContext;
import org.residencedesk.domain.masterdata.MasterData;
import org.residencedesk.domain.masterdata.UsageCounts;

/**
 * Where a code, division or choice field finds its suggestions. The stored value is the code; the
 * text field shows "code name" (a choice its label). All three field kinds match and rank the same way
 * (ADR 0177): code, any part of the name, pinyin initials from any syllable, full pinyin; ranked by the
 * station's area and this counter's picks ({@link LookupContext}).
 */
interface LookupSource {
    int LIMIT = 12;

    List<Suggestion> search(String query);

    /** How a stored value is shown; empty when the value is not (or no longer) in the table. */
    Optional<String> display(String value);

    /** The table under which picks of this field are counted ({@link UsageCounts}). */
    String usageTable();

    /**
     * @param value    the code stored
     * @param display  what the field shows once picked
     * @param listText what the suggestion list shows: for divisions the whole hierarchy
     *                 (420111002003 湖北省 武汉市 洪山区 关山街道 海核社区)
     */
    record Suggestion(String value, String display, String listText) {
        @Override
        public String toString() {
            return listText;
        }
    }

    static LookupSource forField(FieldDefinition f, MasterData masterData) {
        return forField(f, masterData, LookupContext.none());
    }

    static LookupSource forField(FieldDefinition f, MasterData masterData, LookupContext context) {
        switch (f.type()) {
            case CODE:
                return codeTable(masterData, f.codeTable(), context);
            case DIVISION:
                return divisions(masterData, f.divisionLevel(), f.within(), null, context);
            case CHOICE:
                Map<String, String> labels = f.options().stream().collect(Collectors.toMap(ChoiceOption::value,
                        ChoiceOption::label, (a, b) -> a, LinkedHashMap::new));
                String table = LookupPicks.tableOf(f);
                CodeTable options = masterData.optionTable(table, labels);
                return new LookupSource() {
                    public List<Suggestion> search(String q) {
                        return options.search(q, LIMIT, context).stream()
                                .map(e -> new Suggestion(e.code(), e.name(), e.name())).toList();
                    }

                    public Optional<String> display(String v) {
                        return Optional.ofNullable(v == null ? null : labels.get(v));
                    }

                    public String usageTable() {
                        return table;
                    }
                };
            default:
                throw new IllegalArgumentException("no lookup for type " + f.type());
        }
    }

    /** Any row of one code table, stored as its code, shown as "code name". */
    static LookupSource codeTable(MasterData masterData, String table, LookupContext context) {
        return new LookupSource() {
            public List<Suggestion> search(String q) {
                return masterData.codeTable(table).search(q, LIMIT, context).stream()
                        .map(e -> new Suggestion(e.code(), e.display(), e.display())).toList();
            }

            public Optional<String> display(String v) {
                return masterData.codeTable(table).byCode(v).map(e -> e.display());
            }

            public String usageTable() {
                return table;
            }
        };
    }

    /**
     * Divisions of one level (null: any) below {@code within} (null: anywhere) that {@code allowed} accepts
     * (null: all), listed with their whole hierarchy. With a filter, more rows are searched so that up to
     * {@link #LIMIT} pass.
     */
    static LookupSource divisions(MasterData masterData, DivisionLevel level, String within,
                                  Predicate<Division> allowed, LookupContext context) {
        return new LookupSource() {
            public List<Suggestion> search(String q) {
                return masterData.searchDivisions(q, level, within, allowed == null ? LIMIT : LIMIT * 5, context)
                        .stream().filter(d -> allowed == null || allowed.test(d)).limit(LIMIT)
                        .map(d -> new Suggestion(d.code(), d.code() + " " + d.fullName(),
                                d.code() + " " + hierarchy(masterData, d))).toList();
            }

            public Optional<String> display(String v) {
                return masterData.division(v).map(d -> d.code() + " " + d.fullName());
            }

            public String usageTable() {
                return UsageCounts.DIVISIONS;
            }
        };
    }

    /** 湖北省 武汉市 洪山区 关山街道 海核社区: the short names of the division and its parents. */
    static String hierarchy(MasterData masterData, Division d) {
        List<Division> path = masterData.path(d.code());
        if (path.isEmpty()) return d.fullName();
        return path.stream().map(Division::shortName).collect(Collectors.joining(" "));
    }
}

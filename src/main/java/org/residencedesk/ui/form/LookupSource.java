package org.residencedesk.ui.form;

import java.util.List;
import java.util.Optional;

import org.residencedesk.domain.form.ChoiceOption;
import org.residencedesk.domain.form.FieldDefinition;
import org.residencedesk.domain.masterdata.MasterData;

/**
 * Where a code, division or choice field finds its suggestions. The stored value is the code; the
 * text field shows "code name". All three field kinds behave the same at the keyboard.
 */
interface LookupSource {
    int LIMIT = 12;

    List<Suggestion> search(String query);

    /** How a stored value is shown; empty when the value is not (or no longer) in the table. */
    Optional<String> display(String value);

    record Suggestion(String value, String display) {
        @Override
        public String toString() {
            return display;
        }
    }

    static LookupSource forField(FieldDefinition f, MasterData masterData) {
        switch (f.type()) {
            case CODE:
                return new LookupSource() {
                    public List<Suggestion> search(String q) {
                        return masterData.codeTable(f.codeTable()).search(q, LIMIT).stream()
                                .map(e -> new Suggestion(e.code(), e.display())).toList();
                    }

                    public Optional<String> display(String v) {
                        return masterData.codeTable(f.codeTable()).byCode(v).map(e -> e.display());
                    }
                };
            case DIVISION:
                return new LookupSource() {
                    public List<Suggestion> search(String q) {
                        return masterData.searchDivisions(q, f.divisionLevel(), f.within(), LIMIT).stream()
                                .map(d -> new Suggestion(d.code(), d.code() + " " + d.fullName())).toList();
                    }

                    public Optional<String> display(String v) {
                        return masterData.division(v).map(d -> d.code() + " " + d.fullName());
                    }
                };
            case CHOICE:
                return new LookupSource() {
                    public List<Suggestion> search(String q) {
                        String query = q == null ? "" : q.strip();
                        return f.options().stream()
                                .filter(o -> query.isEmpty() || o.value().startsWith(query) || o.label().contains(query))
                                .map(o -> new Suggestion(o.value(), o.label())).toList();
                    }

                    public Optional<String> display(String v) {
                        return f.options().stream().filter(o -> o.value().equals(v)).map(ChoiceOption::label).findFirst();
                    }
                };
            default:
                throw new IllegalArgumentException("no lookup for type " + f.type());
        }
    }
}

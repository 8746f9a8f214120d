package org.residencedesk.service.register;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.residencedesk.domain.audit.AuditAction;
import org.residencedesk.domain.audit.AuditRecord;
import org.residencedesk.domain.register.RegisterSearch;
import org.residencedesk.port.AuditLog;
import org.residencedesk.port.CountedExport;
import org.residencedesk.port.Transactions;

/**
 * What the house and the employer register do alike: pages of a bounded size, the export read a page per
 * transaction in registration order, the picker's suggestions over several kinds of match, the audit entry of a
 * list, and the names of the fields a change touched. The registers keep their own rules; this class only pages.
 */
final class RegisterPages {
    static final int PAGE_LIMIT = 200;
    static final int EXPORT_PAGE = 500;
    static final int SUGGESTION_LIMIT = 50;

    /** One register's rows after an id, in id order (the export's keyset page). */
    @FunctionalInterface
    interface After<E> {
        List<E> after(long afterId, int limit);
    }

    /** One register's rows matching a kind of search, from an offset. */
    @FunctionalInterface
    interface Search<S> {
        List<S> search(RegisterSearch kind, String text, int offset, int limit);
    }

    private RegisterPages() {
    }

    /** A page size a caller asked for, kept between 1 and {@link #PAGE_LIMIT}. */
    static int size(int pageSize) {
        return Math.max(1, Math.min(pageSize, PAGE_LIMIT));
    }

    /** The first row of page {@code page} (negative pages are the first). */
    static int offset(int page, int size) {
        return Math.max(0, page) * size;
    }

    /**
     * Every row as its form, a page of {@link #EXPORT_PAGE} per read-only transaction, handed to {@code sink} outside
     * the transaction; the rows are counted first and an export that read fewer is refused as a damaged database
     * (registers never lose rows; rows added meanwhile only make it more; ADR 0370). @return rows passed on
     */
    static <E, F> long export(Transactions tx, CountedExport register, After<E> rows, ToLongFunction<E> id,
                              Function<E, F> form, Consumer<F> sink) {
        long expected = tx.readOnly(register::exportCount);
        long count = 0;
        long after = 0;
        while (true) {
            long from = after;
            List<F> page = new ArrayList<>();
            long last = tx.readOnly(() -> {
                long max = from;
                for (E row : rows.after(from, EXPORT_PAGE)) {
                    page.add(form.apply(row));
                    max = id.applyAsLong(row);
                }
                return max;
            });
            page.forEach(sink);
            count += page.size();
            if (page.size() < EXPORT_PAGE) {
                if (count < expected) {
                    throw register.exportShortfall(count, expected);
                }
                return count;
            }
            after = last;
        }
    }

    /**
     * The picker's suggestions for {@code text}: the kinds of match in order, each row once (by its code), at most
     * {@code limit} (1 to {@link #SUGGESTION_LIMIT}); blank text suggests nothing. Not audited (ADR 0213).
     */
    static <S> List<RegisterSuggestion> suggest(Transactions tx, String text, int limit, List<RegisterSearch> codeKinds,
                                                Search<S> rows, Function<S, RegisterSuggestion> suggestion) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) return List.of();
        int n = Math.max(1, Math.min(limit, SUGGESTION_LIMIT));
        List<RegisterSearch> kinds = switch (RegisterChecks.guess(t)) {
            case INITIALS -> List.of(RegisterSearch.INITIALS, RegisterSearch.CODE);
            case CODE -> codeKinds;
            default -> List.of(RegisterSearch.NAME, RegisterSearch.ADDRESS);
        };
        return tx.readOnly(() -> {
            Map<String, RegisterSuggestion> found = new LinkedHashMap<>();
            for (RegisterSearch k : kinds) {
                for (S row : rows.search(k, t, 0, n)) {
                    RegisterSuggestion s = suggestion.apply(row);
                    if (found.size() < n) {
                        found.putIfAbsent(s.key(), s);
                    }
                }
            }
            return new ArrayList<>(found.values());
        });
    }

    /** The audit entry of a list or search: who, what kind, which page and how many rows — never the text. */
    static void searched(AuditLog audit, String login, String aggregate, String detail, int rows) {
        audit.append(new AuditRecord(login, AuditAction.RECORD_SEARCHED, aggregate, null, detail + ",rows=" + rows));
    }

    /** The names (from {@code fields}) of the values that differ between two forms' values in field order. */
    static List<String> changed(List<String> fields, Object[] before, Object[] after) {
        List<String> changed = new ArrayList<>();
        for (int i = 0; i < before.length; i++) {
            if (!before[i].equals(after[i])) changed.add(fields.get(i));
        }
        return changed;
    }
}

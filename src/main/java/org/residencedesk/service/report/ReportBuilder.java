package org.residencedesk.service.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.residencedesk.domain.account.UserAccount;
import org.residencedesk.domain.identity.IdNumber;
import org.residencedesk.domain.masterdata.Division;
import org.residencedesk.domain.masterdata.MasterData;
import org.residencedesk.port.UserRepository;
import org.residencedesk.port.report.FigureDefinition;
import org.residencedesk.port.report.FigureGroup;
import org.residencedesk.port.report.GroupCounts;
import org.residencedesk.port.report.OverdueItem;
import org.residencedesk.port.report.ReportLists;
import org.residencedesk.port.report.ReportWindow;

/**
 * Computes a {@link Report} from the figure groups, inside the caller's read transaction: each group's aggregate
 * queries for the window (and, for period statistics, for the previous period and the same period last year),
 * merged into totals, breakdowns and the trend. Holds no rows beyond the aggregated ones and the two overdue
 * lists (at most {@link #LIST_LIMIT} rows each).
 */
final class ReportBuilder {
    static final int LIST_LIMIT = 100;
    /** The figures the trend chart and the dashboard's 14 days draw, when a group counts them by day. */
    static final List<String> TREND = List.of("registrations.new", "applications.accepted", "permits.issued",
            "endorsements.made");

    private final List<FigureGroup> groups;
    private final ReportLists lists;
    private final UserRepository users;
    private final MasterData masterData;
    private final Clock clock;
    private final int overdueCollectionDays;

    ReportBuilder(List<FigureGroup> groups, ReportLists lists, UserRepository users, MasterData masterData,
                  Clock clock, int overdueCollectionDays) {
        this.groups = List.copyOf(groups);
        this.lists = lists;
        this.users = users;
        this.masterData = masterData;
        this.clock = clock;
        this.overdueCollectionDays = overdueCollectionDays;
    }

    Report build(ReportKind kind, LocalDate from, LocalDate to, String stationName, String operatorName) {
        ReportWindow window = ReportWindow.of(from, to, clock.getZone());
        boolean compared = kind == ReportKind.PERIOD;
        LocalDate prevTo = from.minusDays(1);
        LocalDate prevFrom = prevTo.minusDays(window.days() - 1);
        LocalDate lyFrom = from.minusYears(1);
        LocalDate lyTo = to.minusYears(1);
        List<FigureGroupResult> results = new ArrayList<>();
        Map<String, Map<String, Long>> byStaff = new TreeMap<>();
        Map<String, Map<String, Long>> byDivision = new TreeMap<>();
        Map<String, Map<LocalDate, Long>> daily = new HashMap<>();
        for (FigureGroup g : groups) {
            GroupCounts now = g.count(window);
            GroupCounts previous = compared ? g.count(ReportWindow.of(prevFrom, prevTo, clock.getZone())) : null;
            GroupCounts lastYear = compared ? g.count(ReportWindow.of(lyFrom, lyTo, clock.getZone())) : null;
            List<FigureValue> values = new ArrayList<>();
            for (FigureDefinition f : g.figures()) {
                boolean withPast = compared && !f.stock();
                values.add(new FigureValue(g.id(), f.key(), ReportTexts.text(f.labelKey()), f.unit(), f.stock(),
                        now.total(f.key()), withPast ? previous.total(f.key()) : null,
                        withPast ? lastYear.total(f.key()) : null));
                String full = g.id() + "." + f.key();
                if (f.perStaff()) {
                    now.byOperator().forEach((login, counts) -> put(byStaff, login, full, counts.get(f.key())));
                }
                if (f.perDivision()) {
                    now.byDivision().forEach((code, counts) -> put(byDivision, code, full, counts.get(f.key())));
                }
                if (TREND.contains(full)) {
                    Map<LocalDate, Long> series = daily.computeIfAbsent(full, k -> new HashMap<>());
                    now.byDay().forEach((day, counts) -> series.merge(day, counts.getOrDefault(f.key(), 0L), Long::sum));
                }
            }
            results.add(new FigureGroupResult(g.id(), ReportTexts.text(g.labelKey()), values));
        }
        return new Report(kind, from, to, clock.instant(), stationName, operatorName, results,
                rows(byStaff, this::staffName), rows(byDivision, this::divisionName),
                overdue(lists.pastPromisedDate(to, LIST_LIMIT)),
                overdue(lists.collectionOverdue(to, overdueCollectionDays, LIST_LIMIT)),
                trend(from, to, daily), compared ? prevFrom : null, compared ? prevTo : null,
                compared ? lyFrom : null, compared ? lyTo : null);
    }

    /**
     * Only the daily trend of {@link #TREND} over {@code from..to}: one count per group that has a trend figure,
     * over the whole range (the dashboard's 14 days are one window, not 14).
     */
    Trend trendOnly(LocalDate from, LocalDate to) {
        ReportWindow window = ReportWindow.of(from, to, clock.getZone());
        Map<String, Map<LocalDate, Long>> daily = new HashMap<>();
        for (FigureGroup g : groups) {
            List<String> wanted = g.figures().stream().map(FigureDefinition::key)
                    .filter(k -> TREND.contains(g.id() + "." + k)).toList();
            if (wanted.isEmpty()) {
                continue;
            }
            GroupCounts counts = g.count(window);
            for (String key : wanted) {
                Map<LocalDate, Long> series = daily.computeIfAbsent(g.id() + "." + key, k -> new HashMap<>());
                counts.byDay().forEach((day, c) -> series.merge(day, c.getOrDefault(key, 0L), Long::sum));
            }
        }
        return trend(from, to, daily);
    }

    private static void put(Map<String, Map<String, Long>> into, String code, String fullKey, Long n) {
        if (code != null && n != null && n != 0) {
            into.computeIfAbsent(code, k -> new LinkedHashMap<>()).put(fullKey, n);
        }
    }

    private static List<BreakdownRow> rows(Map<String, Map<String, Long>> in,
                                           java.util.function.Function<String, String> name) {
        List<BreakdownRow> out = new ArrayList<>();
        in.forEach((code, values) -> out.add(new BreakdownRow(code, name.apply(code), values)));
        return out;
    }

    private String staffName(String login) {
        return users.findByLogin(login).map(UserAccount::displayName).orElse(login);
    }

    private String divisionName(String code) {
        return masterData.division(code).map(Division::shortName).orElse(code);
    }

    private List<OverdueRow> overdue(List<OverdueItem> items) {
        return items.stream().map(i -> new OverdueRow(i.permitId(), i.acceptanceNumber(), i.name(),
                IdNumber.mask(i.idNumber()), i.divisionCode() == null ? "" : divisionName(i.divisionCode()),
                i.dueOn())).toList();
    }

    private static Trend trend(LocalDate from, LocalDate to, Map<String, Map<LocalDate, Long>> daily) {
        List<LocalDate> days = from.datesUntil(to.plusDays(1)).toList();
        Map<String, List<Long>> series = new LinkedHashMap<>();
        for (String key : TREND) {
            Map<LocalDate, Long> byDay = daily.get(key);
            if (byDay != null) {
                series.put(key, days.stream().map(d -> byDay.getOrDefault(d, 0L)).toList());
            }
        }
        return new Trend(days, series);
    }
}

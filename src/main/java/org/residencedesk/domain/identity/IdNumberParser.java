package org.residencedesk.domain.identity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Checks identity numbers of all kinds the window meets (see ADR 0010 and 0011).
 * Pure: today's date comes from the injected clock, county codes from the injected predicate,
 * so the parser needs no data files and never throws on any input.
 */
public final class IdNumberParser {
    /** Nobody alive was born before this; an earlier year is a typing error, not an old person. */
    static final LocalDate EARLIEST_BIRTH = LocalDate.of(1880, 1, 1);
    private static final Set<String> HK_MO_TW_CODES = Set.of("810000", "820000", "830000");

    private final Clock clock;
    private final Predicate<String> knownCountyCode;

    /**
     * @param knownCountyCode tells whether a 6-digit address code is a known county; an unknown code
     *                        only yields a warning, because codes are retired and renamed over time
     */
    public IdNumberParser(Clock clock, Predicate<String> knownCountyCode) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.knownCountyCode = Objects.requireNonNull(knownCountyCode, "knownCountyCode");
    }

    public IdNumberCheck check(String raw) {
        String s = InputCleaner.clean(raw);
        Outcome o = new Outcome();
        if (s.isEmpty()) {
            o.add(IdProblem.EMPTY);
        } else if (s.length() == 18) {
            check18(s, o);
        } else if (s.length() == 15) {
            check15(s, o);
        } else {
            o.add(IdProblem.BAD_LENGTH);
            if (!s.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'))) {
                o.add(IdProblem.BAD_CHARACTERS);
            }
        }
        return o.toCheck();
    }

    private void check18(String s, Outcome o) {
        char last = s.charAt(17);
        if (!InputCleaner.allDigits(s, 0, 17) || !((last >= '0' && last <= '9') || last == 'X')) {
            o.add(IdProblem.BAD_CHARACTERS);
            return;
        }
        o.normalized = s;
        if (s.charAt(0) == '9') {
            // 2023 layout: 9 + province of acceptance (2) + nationality (3) + YYYYMMDD + sequence (3) + check
            o.type = IdNumberType.FOREIGN_PR_2023;
        } else if (HK_MO_TW_CODES.contains(s.substring(0, 6))) {
            o.type = IdNumberType.HK_MO_TW;
            o.countyCode = s.substring(0, 6);
        } else {
            o.type = IdNumberType.CITIZEN;
            o.countyCode = s.substring(0, 6);
            checkCounty(o);
        }
        if (IsoMod11_2.checkCharacter(s.substring(0, 17)) != last) {
            o.add(IdProblem.CHECK_CHARACTER_MISMATCH);
        }
        o.birthDate = birthDate(s.substring(6, 10), s.substring(10, 12), s.substring(12, 14), o);
        o.sex = Sex.fromSequenceDigit(s.charAt(16));
    }

    private void check15(String s, Outcome o) {
        if (InputCleaner.allDigits(s, 0, 15)) {
            o.type = IdNumberType.LEGACY_15;
            // GB 11643-1989 numbers were issued to people born in the 1900s only
            String body = s.substring(0, 6) + "19" + s.substring(6);
            o.normalized = body + IsoMod11_2.checkCharacter(body);
            o.countyCode = s.substring(0, 6);
            checkCounty(o);
            o.birthDate = birthDate("19" + s.substring(6, 8), s.substring(8, 10), s.substring(10, 12), o);
            o.sex = Sex.fromSequenceDigit(s.charAt(14));
        } else if (isLetters(s, 0, 3) && InputCleaner.allDigits(s, 3, 15)) {
            o.type = IdNumberType.FOREIGN_PR_2017;
            o.normalized = s;
            o.birthDate = foreign2017BirthDate(s, o);
        } else {
            o.add(IdProblem.BAD_CHARACTERS);
        }
    }

    /**
     * 2017 layout as far as public sources agree: nationality (3 letters) + place of acceptance (4)
     * + YYMMDD + 2 more digits. Unconfirmed, so an unreadable date only warns (ADR 0011).
     */
    private LocalDate foreign2017BirthDate(String s, Outcome o) {
        int yy = Integer.parseInt(s.substring(7, 9));
        int month = Integer.parseInt(s.substring(9, 11));
        int day = Integer.parseInt(s.substring(11, 13));
        LocalDate today = LocalDate.now(clock);
        LocalDate date = dateOrNull(2000 + yy, month, day);
        if (date == null || date.isAfter(today)) {
            date = dateOrNull(1900 + yy, month, day);
        }
        if (date == null) {
            o.add(IdProblem.FOREIGN_PR_2017_BIRTH_DATE_UNREADABLE);
        }
        return date;
    }

    private LocalDate birthDate(String year, String month, String day, Outcome o) {
        LocalDate date = dateOrNull(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        if (date == null) {
            o.add(IdProblem.BIRTH_DATE_INVALID);
            return null;
        }
        if (date.isAfter(LocalDate.now(clock))) {
            o.add(IdProblem.BIRTH_DATE_IN_FUTURE);
            return null;
        }
        if (date.isBefore(EARLIEST_BIRTH)) {
            o.add(IdProblem.BIRTH_DATE_TOO_EARLY);
            return null;
        }
        return date;
    }

    private void checkCounty(Outcome o) {
        if (!knownCountyCode.test(o.countyCode)) {
            o.add(IdProblem.COUNTY_CODE_UNKNOWN);
        }
    }

    private static LocalDate dateOrNull(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1) return null;
        LocalDate first = LocalDate.of(year, month, 1);
        return day > first.lengthOfMonth() ? null : first.withDayOfMonth(day);
    }

    private static boolean isLetters(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < 'A' || c > 'Z') return false;
        }
        return true;
    }

    /** Mutable collector used while checking one input. */
    private static final class Outcome {
        IdNumberType type;
        String normalized;
        LocalDate birthDate;
        Sex sex;
        String countyCode;
        final List<IdProblem> errors = new ArrayList<>();
        final List<IdProblem> warnings = new ArrayList<>();

        void add(IdProblem p) {
            (p.severity() == ProblemSeverity.ERROR ? errors : warnings).add(p);
        }

        IdNumberCheck toCheck() {
            return new IdNumberCheck(type, normalized, birthDate, sex, countyCode, errors, warnings);
        }
    }
}

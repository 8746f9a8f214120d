package org.residencedesk.service.outflow;

import static org.residencedesk.service.outflow.OutflowEntry.*;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import org.residencedesk.domain.identity.IdNumberCheck;
import org.residencedesk.domain.identity.IdNumberParser;
import org.residencedesk.domain.identity.IdNumberType;
import org.residencedesk.domain.masterdata.Division;
import org.residencedesk.domain.masterdata.DivisionLevel;
import org.residencedesk.domain.masterdata.MasterData;
import org.residencedesk.domain.outflow.OutflowDetails;
import org.residencedesk.domain.outflow.ReporterKind;
import org.residencedesk.port.NameInitials;
import org.residencedesk.service.Problems;
import org.residencedesk.service.TextRules;

/**
 * The rules of an outflow entry, the same for the window, a collected spreadsheet row and (where it applies) a
 * platform notice: each bad value gets its Chinese message under its field id, all at once.
 */
final class OutflowRules {
    static final String REASONS = "residence-reasons";
    static final String RELATIONS = "family-relationship";
    private static final Pattern MOBILE_DIGITS = Pattern.compile("1\\d{10}");
    private static final ResourceBundle IDENTITY = ResourceBundle.getBundle("i18n.identity");

    private final MasterData masterData;
    private final IdNumberParser idParser;
    private final NameInitials initials;
    private final Clock clock;

    OutflowRules(MasterData masterData, NameInitials initials, Clock clock) {
        this.masterData = masterData;
        this.initials = initials;
        this.clock = clock;
        this.idParser = new IdNumberParser(clock, masterData::isKnownCounty);
    }

    /** A validated entry: the normalized ID number, the details and who reported it. */
    record Valid(String idNumber, OutflowDetails details, ReporterKind reporterKind, String reporterName,
                 String reporterRelation) {
    }

    Valid check(OutflowEntry e, String stationDivision) {
        Problems p = new Problems();
        String id = idNumber(p, e.idNumber());
        TextRules.checkText(p, NAME, e.name(), 50);
        hukou(p, e.hukouDivision(), stationDivision);
        destination(p, e.destinationDivision(), stationDivision);
        TextRules.checkText(p, DESTINATION_ADDRESS, e.destinationAddress(), 200);
        LocalDate leftOn = date(p, LEFT_ON, e.leftOn());
        if (leftOn != null && id != null) {
            LocalDate born = idParser.check(id).birthDate();
            if (born != null && leftOn.isBefore(born)) {
                p.add(LEFT_ON, "outflow.leftOn.beforeBirth");
            }
        }
        code(p, REASON, REASONS, e.reason(), true);
        optionalText(p, EMPLOYER, e.employer(), 100);
        if (!TextRules.isBlank(e.mobile()) && !MOBILE_DIGITS.matcher(e.mobile().strip()).matches()) {
            p.add(MOBILE, "outflow.mobile.format");
        }
        int count = leftBehind(p, e);
        optionalText(p, LEFT_BEHIND_NOTE, e.leftBehindNote(), 200);
        ReporterKind reporter = reporter(p, e);
        p.throwIfAny();
        String name = e.name().strip();
        return new Valid(id, new OutflowDetails(name, initials.initialsOf(name), e.hukouDivision().strip(),
                e.destinationDivision().strip(), e.destinationAddress().strip(), leftOn, e.reason().strip(),
                blankToNull(e.employer()), blankToNull(e.mobile()), e.leftBehindChildren(), e.leftBehindElderly(),
                count, blankToNull(e.leftBehindNote())), reporter,
                reporter == ReporterKind.RELATIVE ? e.reporterName().strip() : null,
                reporter == ReporterKind.RELATIVE ? e.reporterRelation().strip() : null);
    }

    /** The normalized number of a valid citizen ID (hukou people hold one), else null with the reason. */
    String idNumber(Problems p, String raw) {
        if (TextRules.isBlank(raw)) {
            p.add(ID_NUMBER, "validation.required");
            return null;
        }
        IdNumberCheck check = idParser.check(raw);
        if (!check.valid()) {
            p.add(ID_NUMBER, "outflow.idNumber.invalid", IDENTITY.getString(check.errors().get(0).messageKey()));
            return null;
        }
        if (check.type() != IdNumberType.CITIZEN) {
            p.add(ID_NUMBER, "outflow.idNumber.notCitizen");
            return null;
        }
        return check.normalized();
    }

    /** Whether {@code code} is a known division at or below the station's own. */
    boolean inStationArea(String code, String stationDivision) {
        return code != null && code.strip().startsWith(stationDivision) && masterData.division(code.strip()).isPresent();
    }

    private void hukou(Problems p, String code, String stationDivision) {
        if (TextRules.isBlank(code)) {
            p.add(HUKOU_DIVISION, "validation.required");
        } else if (masterData.division(code.strip()).isEmpty()) {
            p.add(HUKOU_DIVISION, "outflow.division.unknown");
        } else if (!code.strip().startsWith(stationDivision)) {
            p.add(HUKOU_DIVISION, "outflow.hukouDivision.notOurArea", divisionName(stationDivision));
        } else if (masterData.division(code.strip()).get().level() != DivisionLevel.VILLAGE) {
            p.add(HUKOU_DIVISION, "outflow.hukouDivision.village");
        }
    }

    private void destination(Problems p, String code, String stationDivision) {
        if (TextRules.isBlank(code)) {
            p.add(DESTINATION_DIVISION, "validation.required");
            return;
        }
        Optional<Division> d = masterData.division(code.strip());
        if (d.isEmpty()) {
            p.add(DESTINATION_DIVISION, "outflow.division.unknown");
        } else if (d.get().level().codeLength() < DivisionLevel.COUNTY.codeLength()) {
            p.add(DESTINATION_DIVISION, "outflow.destination.county");
        } else if (code.strip().startsWith(stationDivision)) {
            p.add(DESTINATION_DIVISION, "outflow.destination.inOurArea");
        }
    }

    LocalDate date(Problems p, String field, String raw) {
        if (TextRules.isBlank(raw)) {
            p.add(field, "validation.required");
            return null;
        }
        LocalDate d;
        try {
            d = LocalDate.parse(raw.strip());
        } catch (DateTimeParseException ex) {
            p.add(field, "outflow.date.format");
            return null;
        }
        if (d.isAfter(LocalDate.now(clock))) {
            p.add(field, "outflow.date.future");
            return null;
        }
        return d;
    }

    void code(Problems p, String field, String table, String raw, boolean required) {
        if (TextRules.isBlank(raw)) {
            if (required) {
                p.add(field, "validation.required");
            }
        } else if (masterData.codeTable(table).byCode(raw.strip()).isEmpty()) {
            p.add(field, "outflow.code.unknown");
        }
    }

    static void optionalText(Problems p, String field, String value, int max) {
        if (!TextRules.isBlank(value)) {
            TextRules.checkText(p, field, value, max);
        }
    }

    private static int leftBehind(Problems p, OutflowEntry e) {
        int count = 0;
        if (!TextRules.isBlank(e.leftBehindCount())) {
            try {
                count = Integer.parseInt(e.leftBehindCount().strip());
            } catch (NumberFormatException ex) {
                p.add(LEFT_BEHIND_COUNT, "outflow.leftBehind.count");
                return 0;
            }
            if (count < 0 || count > 20) {
                p.add(LEFT_BEHIND_COUNT, "outflow.leftBehind.count");
                return 0;
            }
        }
        boolean flagged = e.leftBehindChildren() || e.leftBehindElderly();
        if (flagged && count == 0) {
            p.add(LEFT_BEHIND_COUNT, "outflow.leftBehind.countMissing");
        } else if (!flagged && count > 0) {
            p.add(LEFT_BEHIND_COUNT, "outflow.leftBehind.flagMissing");
        }
        return count;
    }

    private ReporterKind reporter(Problems p, OutflowEntry e) {
        if (TextRules.isBlank(e.reporterKind())) {
            p.add(REPORTER_KIND, "validation.required");
            return null;
        }
        ReporterKind kind;
        try {
            kind = ReporterKind.valueOf(e.reporterKind().strip());
        } catch (IllegalArgumentException ex) {
            kind = null;
        }
        if (kind == null || kind == ReporterKind.PLATFORM) {
            p.add(REPORTER_KIND, "outflow.reporter.unknown");
            return null;
        }
        if (kind == ReporterKind.RELATIVE) {
            TextRules.checkText(p, REPORTER_NAME, e.reporterName(), 50);
            code(p, REPORTER_RELATION, RELATIONS, e.reporterRelation(), true);
        }
        return kind;
    }

    String divisionName(String code) {
        return code == null ? "" : masterData.division(code).map(Division::fullName).orElse(code);
    }

    String codeName(String table, String code) {
        return code == null ? "" : masterData.codeTable(table).byCode(code).map(c -> c.name()).orElse(code);
    }

    String initialsOf(String name) {
        return initials.initialsOf(name);
    }

    IdNumberCheck checkId(String raw) {
        return idParser.check(raw);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

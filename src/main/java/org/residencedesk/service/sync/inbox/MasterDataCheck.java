package org.residencedesk.service.sync.inbox;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.residencedesk.domain.masterdata.DivisionLevel;
import org.residencedesk.port.platform.MasterDataTable;

/**
 * Whether a table the platform pushed may replace the one the forms use (ADR 0266): the tables of PLATFORM-API §3
 * only; at least one row; every code and name present, single-line and short; codes unique; divisions with a code
 * of a known level (2, 4, 6, 9 or 12 digits) whose parent (the code one level up) is in the table.
 */
final class MasterDataCheck {
    static final String DIVISIONS = "divisions";
    static final Set<String> TABLES = Set.of("sex", "ethnic-groups", "marital-status", "education", "occupation",
            "family-relationship", "residence-reasons", "residence-types", "intended-stay", DIVISIONS);
    private static final int MAX_CODE = 20;
    private static final int MAX_NAME = 100;

    private MasterDataCheck() {
    }

    /** The Chinese reason the table is refused, or empty when it may be installed. */
    static Optional<String> problem(MasterDataTable table) {
        List<MasterDataTable.Row> rows = table.rows();
        if (rows.isEmpty()) {
            return reason("syncInbox.masterData.row.empty");
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            MasterDataTable.Row r = rows.get(i);
            int line = i + 1;
            if (r.code() == null || r.code().isBlank() || r.name() == null || r.name().isBlank()) {
                return reason("syncInbox.masterData.row.blank", line);
            }
            if (r.code().length() > MAX_CODE || r.name().length() > MAX_NAME) {
                return reason("syncInbox.masterData.row.tooLong", line);
            }
            if (!r.code().equals(r.code().strip()) || hasControl(r.code()) || hasControl(r.name())) {
                return reason("syncInbox.masterData.row.control", line);
            }
            if (!codes.add(r.code())) {
                return reason("syncInbox.masterData.row.duplicate", r.code());
            }
        }
        return table.table().equals(DIVISIONS) ? divisionProblem(rows, codes) : Optional.empty();
    }

    private static Optional<String> divisionProblem(List<MasterDataTable.Row> rows, Set<String> codes) {
        for (MasterDataTable.Row r : rows) {
            String c = r.code();
            DivisionLevel level = level(c);
            if (level == null) {
                return reason("syncInbox.masterData.division.code", c);
            }
            if (level.ordinal() > 0) {
                String parent = c.substring(0, DivisionLevel.values()[level.ordinal() - 1].codeLength());
                if (!codes.contains(parent)) {
                    return reason("syncInbox.masterData.division.parent", c, parent);
                }
            }
        }
        return Optional.empty();
    }

    private static DivisionLevel level(String code) {
        if (!code.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            return null;
        }
        for (DivisionLevel l : DivisionLevel.values()) {
            if (l.codeLength() == code.length()) {
                return l;
            }
        }
        return null;
    }

    private static boolean hasControl(String s) {
        return s.chars().anyMatch(Character::isISOControl);
    }

    private static Optional<String> reason(String key, Object... args) {
        return Optional.of(InboxMessages.get(key, args));
    }
}

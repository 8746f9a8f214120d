package org.residencedesk.ui.permit;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.residencedesk.service.permit.PermitListItem;

/**
 * 到期签注提醒 as CSV for notifying residents (SMS tools, Excel): UTF-8 with a byte-order mark so Excel
 * reads the Chinese, ID numbers masked as in the lists, one row per permit.
 */
final class ReminderCsv {
    private ReminderCsv() {
    }

    static void write(Path target, List<PermitListItem> rows, LocalDate today) throws IOException {
        try (Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            out.write('\uFEFF');
            out.write(String.join(",", PermitFxml.text("permitui.col.name"), PermitFxml.text("permitui.col.id"),
                    PermitFxml.text("permitui.col.permitNumber"), PermitFxml.text("permitui.col.lastDay"),
                    PermitFxml.text("permitui.col.daysLeft")));
            out.write("\r\n");
            for (PermitListItem row : rows) {
                LocalDate anniversary = row.permit().nextAnniversary();
                LocalDate lastDay = anniversary == null ? null : anniversary.minusDays(1);
                out.write(String.join(",", cell(row.name()), cell(row.maskedIdNumber()),
                        cell(row.permit().permitNumber()), lastDay == null ? "" : lastDay.toString(),
                        lastDay == null ? "" : Long.toString(ChronoUnit.DAYS.between(today, lastDay))));
                out.write("\r\n");
            }
        }
    }

    /** Quotes a cell when it holds a separator, quote or line break (RFC 4180). */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}

package org.residencedesk.ui.permit;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import org.residencedesk.service.export.CsvWriter;
import org.residencedesk.service.permit.PermitListItem;

/**
 * 到期签注提醒 as CSV for notifying residents (SMS tools, Excel): UTF-8 with a byte-order mark so Excel
 * reads the Chinese, ID numbers masked as in the lists, one row per permit. Written by the product's one
 * CSV writer ({@link CsvWriter}).
 */
final class ReminderCsv {
    private ReminderCsv() {
    }

    static void write(Path target, List<PermitListItem> rows, LocalDate today) throws IOException {
        try (CsvWriter csv = new CsvWriter(new BufferedOutputStream(Files.newOutputStream(target)))) {
            csv.header(List.of(PermitFxml.text("permitui.col.name"), PermitFxml.text("permitui.col.id"),
                    PermitFxml.text("permitui.col.permitNumber"), PermitFxml.text("permitui.col.lastDay"),
                    PermitFxml.text("permitui.col.daysLeft")));
            for (PermitListItem row : rows) {
                LocalDate anniversary = row.permit().nextAnniversary();
                LocalDate lastDay = anniversary == null ? null : anniversary.minusDays(1);
                csv.row(Arrays.asList(row.name(), row.maskedIdNumber(), row.permit().permitNumber(),
                        lastDay == null ? null : lastDay.toString(),
                        lastDay == null ? null : Long.toString(ChronoUnit.DAYS.between(today, lastDay))));
            }
        }
    }
}

package org.residencedesk.ui.permit;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import org.residencedesk.service.export.CsvWriter;
import org.residencedesk.service.permit.PermitListItem;

/**
 * 到期签注提醒 as CSV for notifying residents (SMS tools, Excel): UTF-8 with a byte-order mark so Excel
 * reads the Chinese, ID numbers masked as in the lists, one row per permit. Written by the product's one
 * CSV writer ({@link CsvWriter}). The file chooser has already asked before replacing a file, so an existing
 * file is replaced — but atomically and never written through: the list goes to a new owner-only file beside
 * the target, which is then renamed onto it (a link is replaced as a link; docs/decisions/0135).
 */
final class ReminderCsv {
    private ReminderCsv() {
    }

    static void write(Path target, List<PermitListItem> rows, LocalDate today) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (Files.isDirectory(absolute, LinkOption.NOFOLLOW_LINKS)) {
            throw new java.nio.file.FileAlreadyExistsException(absolute.toString());
        }
        // createTempFile: a new file, owner-only on POSIX
        Path temp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".part");
        try {
            writeTo(temp, rows, today);
            Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void writeTo(Path temp, List<PermitListItem> rows, LocalDate today) throws IOException {
        try (CsvWriter csv = new CsvWriter(new BufferedOutputStream(Files.newOutputStream(temp)))) {
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

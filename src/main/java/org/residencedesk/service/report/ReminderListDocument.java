package org.residencedesk.service.report;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.residencedesk.domain.DateFormats;
import org.residencedesk.domain.identity.IdNumber;
import org.residencedesk.domain.masterdata.Division;
import org.residencedesk.domain.masterdata.MasterData;
import org.residencedesk.port.printing.DocumentType;
import org.residencedesk.port.printing.PrintDocument;
import org.residencedesk.port.report.ReminderItem;
import org.residencedesk.port.report.ReminderKind;

/**
 * The 提醒名单 document (ADR 0328, {@code print-templates/reminder-list.jrxml}): the kind's title, the village filter,
 * the list's date and count, one row per person with the ID number masked and 有/无 for a mobile number.
 */
final class ReminderListDocument {
    private ReminderListDocument() {
    }

    /**
     * @param common      station name, operator, print time (shared with the letters)
     * @param villageName the filter's village, or null for the whole station
     */
    static ReminderLetterService.Letters build(Map<String, Object> common, ReminderKind kind, String villageName,
                                               LocalDate today, List<ReminderItem> items, MasterData masterData) {
        Map<String, Object> p = new HashMap<>(common);
        p.put("listTitle", ReportTexts.text("report.list.title." + kind.name()));
        p.put("filterText", ReportTexts.text("report.list.filter",
                villageName == null ? ReportTexts.text("report.list.allVillages") : villageName));
        p.put("listDate", ReportTexts.text("report.list.date", DateFormats.CHINESE_DATE.format(today)));
        p.put("dayLabel", ReportTexts.text("report.list.day." + kind.name()));
        p.put("countText", ReportTexts.text("report.list.count", items.size()));
        List<Map<String, Object>> rows = items.stream().<Map<String, Object>>map(i -> Map.of(
                "name", i.name(),
                "idNumber", IdNumber.mask(i.idNumber()),
                "village", i.divisionCode() == null ? ""
                        : masterData.division(i.divisionCode()).map(Division::shortName).orElse(i.divisionCode()),
                "day", i.day() == null ? "" : DateFormats.CHINESE_DATE.format(i.day()),
                "mobile", ReportTexts.text(i.mobile() != null && !i.mobile().isBlank()
                        ? "report.reminder.ui.hasMobile" : "report.reminder.ui.noMobile"),
                "address", i.address() == null ? "" : i.address())).toList();
        return new ReminderLetterService.Letters(PrintDocument.withRows(DocumentType.REMINDER_LIST, p, rows),
                rows.size());
    }
}

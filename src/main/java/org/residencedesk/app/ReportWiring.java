package org.residencedesk.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.residencedesk.domain.masterdata.MasterData;
import org.residencedesk.domain.permit.PermitPolicy;
import org.residencedesk.domain.policy.StationPolicy;
import org.residencedesk.port.AuditLog;
import org.residencedesk.port.DocumentPrinter;
import org.residencedesk.port.StationRepository;
import org.residencedesk.port.UserRepository;
import org.residencedesk.port.report.FigureGroup;
import org.residencedesk.print.JasperReportDocuments;
import org.residencedesk.service.report.ReminderLetterService;
import org.residencedesk.service.report.ReminderService;
import org.residencedesk.service.report.ReportService;
import org.residencedesk.storage.AtomicExportFiles;
import org.residencedesk.storage.HibernateTransactions;
import org.residencedesk.storage.report.ApplicationFigures;
import org.residencedesk.storage.report.CardFigures;
import org.residencedesk.storage.report.EndorsementFigures;
import org.residencedesk.storage.report.FeeFigures;
import org.residencedesk.storage.report.JdbcReminderLists;
import org.residencedesk.storage.report.JdbcReportLists;
import org.residencedesk.storage.report.OutflowFigures;
import org.residencedesk.storage.report.RegistrationFigures;
import org.residencedesk.storage.report.SyncFigures;
import org.residencedesk.storage.report.WorkFigures;

/**
 * The chief's side of the composition root (issue 15): 日报 and 统计 with their figure groups, the reminder lists with
 * the SMS export, and the reminder letters and printed lists, built with plain constructors from what the rest of the
 * station already has. {@link AppContext} hands them out.
 */
final class ReportWiring {
    final ReportService reports;
    final ReminderService reminders;
    final ReminderLetterService reminderLetters;

    ReportWiring(HibernateTransactions transactions, UserRepository users, StationRepository stations,
                 MasterData masterData, AuditLog auditLog, DocumentPrinter printer, StationPolicy policy,
                 PermitPolicy permitPolicy, Path dataDir, Clock clock) {
        this.reports = new ReportService(transactions, figureGroups(transactions, permitPolicy),
                new JdbcReportLists(transactions), users, stations, masterData, auditLog, new JasperReportDocuments(),
                new AtomicExportFiles(), dataDir, clock, permitPolicy.overdueCollectionDays(), printer);
        this.reminders = new ReminderService(transactions, new JdbcReminderLists(transactions), masterData, auditLog,
                new AtomicExportFiles(), dataDir, clock, permitPolicy.reminderHorizonDays());
        this.reminderLetters = new ReminderLetterService(transactions, new JdbcReminderLists(transactions), stations,
                auditLog, printer, new AtomicExportFiles(), dataDir, clock, permitPolicy.reminderHorizonDays(),
                new ReminderLetterService.StationContact(policy.stationAddress(), policy.officeHours()), masterData);
    }

    /**
     * The report figure groups in display order (ADR 0240). A new group (the outflow register's 流出人口, the sync
     * register's last upload and rejected events) is one class implementing {@code port.report.FigureGroup} in
     * its adapter and one line here.
     */
    static List<FigureGroup> figureGroups(HibernateTransactions sessions, PermitPolicy permitPolicy) {
        return List.of(new RegistrationFigures(sessions), new OutflowFigures(sessions), new ApplicationFigures(sessions),
                new CardFigures(sessions), new EndorsementFigures(sessions, permitPolicy.reminderHorizonDays()),
                new FeeFigures(sessions), new WorkFigures(sessions, permitPolicy.overdueCollectionDays()),
                new SyncFigures(sessions));
    }
}

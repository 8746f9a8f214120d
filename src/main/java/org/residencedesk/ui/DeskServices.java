package org.residencedesk.ui;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.residencedesk.service.backup.BackupService;
import org.residencedesk.service.settings.StationPolicyService;
import org.residencedesk.domain.station.Station;
import org.residencedesk.domain.masterdata.MasterData;
import org.residencedesk.port.DocumentPrinter;
import org.residencedesk.port.DraftStore;
import org.residencedesk.port.FormCodec;
import org.residencedesk.port.LookupUsageStore;
import org.residencedesk.port.PrinterCatalog;
import org.residencedesk.port.PrinterSettingsStore;
import org.residencedesk.service.AuthenticationService;
import org.residencedesk.service.PrintAuditService;
import org.residencedesk.service.StationSetupService;
import org.residencedesk.service.account.IdleLockSettings;
import org.residencedesk.service.account.UserAdministration;
import org.residencedesk.service.audit.AuditAlarm;
import org.residencedesk.service.permit.OnlineApplicationService;
import org.residencedesk.service.permit.PermitServices;
import org.residencedesk.service.registration.RegistrationCertificates;
import org.residencedesk.service.registration.RegistrationService;

/**
 * What the screens may use. The composition root builds it; views never see storage or concrete adapters.
 *
 * @param cardReaderFor the reader for a demo (true) or real (false) station, if one is configured
 * @param createDemoStation creates the demo station and fills it with synthetic people and permits
 * @param auditAlarm the latest broken verdict of the audit check, for the administrator's alert
 * @param userAdministration 用户管理 in 系统设置
 * @param idleLock the idle time after which the window locks
 * @param stationPolicy 站点政策 and 签发机关 in 系统设置
 * @param backups 备份 in 系统设置
 * @param lookupUsage how often this counter picked each look-up row, which ranks suggestions
 * @param houseRegister 房屋登记簿 (以房管人)
 * @param employerRegister 单位登记簿 (以业管人)
 * @param diagnose the health report of 关于与诊断, the same as the {@code diagnose} command's (ADR 0253)
 * @param outflow 流出人口
 * @param verification 核验 and 居住证明
 * @param collectionQueue 采集队列: waiting collected rows, confirm, discard
 * @param collectionImport the collection template and the import of collection files
 * @param reports 日报 and 统计 in the 报表 area
 * @param provinceLookup 省级查询 for 换地登记 (ADR 0268)
 * @param photoDecoder turns a swiped card's WLT photo into the form's 相片 when the vendor library is there (ADR 0284)
 * @param camera 拍照 beside 从文件选择: the capture command of devices.properties (ADR 0338)
 * @param sync 立即同步, the history, rejected events and the alert (the 同步 screen)
 * @param syncOverview the status bar's sync segment and the clock check
 * @param platformSettings 系统设置 → 平台
 * @param reminders the 工作台's reminder lists and the SMS list (ADR 0287)
 * @param reminderLetters 提醒函, one page per person, printed or as one PDF (ADR 0326)
 * @param setupChecklist what the first-run wizard left for 系统设置 (the status bar's 尚未配置, ADR 0316)
 * @param cardReaderSettings the wizard's 读卡器 step: ports, 测试读卡, the saved port (ADR 0317)
 * @param cameraSettings 系统设置 → 摄像头: the capture command, 试拍, saving it (ADR 0389)
 * @param databaseCondition whether the database is known to be damaged (status bar, alert, 关于与诊断; ADR 0333)
 */
public record DeskServices(StationSetupService stationSetup, AuthenticationService authentication,
                           RegistrationService registration, RegistrationCertificates certificates,
                           PrintAuditService printAudit, MasterData masterData, Clock clock, DraftStore drafts,
                           FormCodec formCodec, DocumentPrinter printer, PrinterSettingsStore printerSettings,
                           PrinterCatalog printerCatalog, Function<Boolean, Optional<CardReaderHandle>> cardReaderFor,
                           PermitServices permits, OnlineApplicationService onlineApplications,
                           Supplier<Station> createDemoStation, AuditAlarm auditAlarm,
                           UserAdministration userAdministration, IdleLockSettings idleLock,
                           StationPolicyService stationPolicy, BackupService backups,
                           LookupUsageStore lookupUsage,
                           org.residencedesk.service.register.HouseRegisterService houseRegister,
                           org.residencedesk.service.register.EmployerRegisterService employerRegister,
                           Supplier<org.residencedesk.port.HealthReport> diagnose,
                           org.residencedesk.service.outflow.OutflowService outflow,
                           org.residencedesk.service.verification.VerificationService verification,
                           org.residencedesk.service.collection.CollectionQueueService collectionQueue,
                           org.residencedesk.service.collection.CollectionImport collectionImport,
                           org.residencedesk.service.report.ReportService reports,
                           org.residencedesk.service.sync.lookup.ProvinceLookup provinceLookup,
                           org.residencedesk.port.PhotoDecoder photoDecoder,
                           org.residencedesk.port.Camera camera,
                           org.residencedesk.service.sync.SyncService sync,
                           org.residencedesk.service.sync.SyncOverview syncOverview,
                           org.residencedesk.service.sync.PlatformSettingsService platformSettings,
                           org.residencedesk.service.report.ReminderService reminders,
                           org.residencedesk.service.report.ReminderLetterService reminderLetters,
                           org.residencedesk.service.setup.SetupChecklist setupChecklist,
                           org.residencedesk.service.setup.CardReaderSettingsService cardReaderSettings,
                           org.residencedesk.service.setup.CameraSettingsService cameraSettings,
                           org.residencedesk.port.DatabaseCondition databaseCondition) {
}

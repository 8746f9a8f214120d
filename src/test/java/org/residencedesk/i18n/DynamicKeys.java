package org.residencedesk.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.residencedesk.domain.account.Permission;
import org.residencedesk.domain.account.Role;
import org.residencedesk.port.StationLockedException;
import org.residencedesk.service.export.ExportSubject;
import org.residencedesk.device.idcard.ReadErrorCode;
import org.residencedesk.domain.form.MessageKind;
import org.residencedesk.domain.identity.IdProblem;
import org.residencedesk.domain.identity.SocialCreditCodeProblem;
import org.residencedesk.domain.online.OnlineKind;
import org.residencedesk.domain.online.OnlineStatus;
import org.residencedesk.domain.permit.CancellationReason;
import org.residencedesk.domain.permit.FeeKind;
import org.residencedesk.domain.permit.Labelled;
import org.residencedesk.domain.permit.MaterialKind;
import org.residencedesk.domain.permit.MaterialRequirement;
import org.residencedesk.domain.permit.PermitAction;
import org.residencedesk.domain.permit.PermitBasis;
import org.residencedesk.domain.permit.PermitProblem;
import org.residencedesk.domain.permit.PermitStatus;
import org.residencedesk.domain.permit.PrintCycleCause;
import org.residencedesk.domain.permit.PrintType;
import org.residencedesk.domain.permit.Representation;
import org.residencedesk.domain.permit.ResidenceEvidence;
import org.residencedesk.domain.registration.MoveOutReason;
import org.residencedesk.domain.registration.RegistrationHistoryEntry;
import org.residencedesk.domain.registration.RegistrationStatus;
import org.residencedesk.domain.registration.SearchKind;
import org.residencedesk.forms.FormLoadProblem;
import org.residencedesk.port.printing.DocumentType;
import org.residencedesk.port.printing.PrintStatus;
import org.residencedesk.ui.registration.RegistrationViewModel;

/**
 * Every prefix the main code concatenates a bundle key from ({@code "permit.status." + name()}), with the exact
 * keys it can produce, computed from the enum that supplies the suffix. Read by {@link BundleCatalogueTest}.
 */
final class DynamicKeys {
    /** Every prefix the code concatenates a key from, with the keys it can produce. */
    static final Map<String, Supplier<Set<String>>> TABLE = new LinkedHashMap<>();

    static {
        TABLE.put("registration.status.", () -> names("registration.status.", RegistrationStatus.values()));
        TABLE.put("registration.mode.", () -> names("registration.mode.", RegistrationViewModel.Mode.values()));
        // SearchView: "query.kind." + (kind == null ? "AUTO" : kind.name())
        TABLE.put("query.kind.", () -> plus(names("query.kind.", SearchKind.values()), "query.kind.AUTO"));
        // RegistrationService.timeline: history kinds, plus "PERMIT" for permit steps
        TABLE.put("timeline.kind.", () -> plus(plus(plus(names("timeline.kind.",
                RegistrationHistoryEntry.Kind.values()), "timeline.kind.PERMIT"), "timeline.kind.OUTFLOW"),
                "timeline.kind.OUTFLOW_ENDED"));
        // ReminderKind.labelKey: the reminders' matters (ReminderService's list and SMS export)
        TABLE.put("report.reminder.kind.", () -> names("report.reminder.kind.",
                org.residencedesk.port.report.ReminderKind.values()));
        // ReminderView: the kind chooser
        TABLE.put("report.reminder.ui.kind.", () -> names("report.reminder.ui.kind.",
                org.residencedesk.port.report.ReminderKind.values()));
        // ReminderLetterService: each kind's letter text and what to bring
        TABLE.put("report.letter.body.", () -> names("report.letter.body.",
                org.residencedesk.port.report.ReminderKind.values()));
        TABLE.put("report.letter.bring.", () -> names("report.letter.bring.",
                org.residencedesk.port.report.ReminderKind.values()));
        // ReminderListDocument and ReminderService.exportList: each kind's list title and date heading
        TABLE.put("report.reminder.ui.preview.", () -> Set.of("report.reminder.ui.preview.LETTERS",
                "report.reminder.ui.preview.LIST"));
        TABLE.put("report.list.title.", () -> names("report.list.title.",
                org.residencedesk.port.report.ReminderKind.values()));
        TABLE.put("report.list.day.", () -> names("report.list.day.",
                org.residencedesk.port.report.ReminderKind.values()));
        // 流出人口 (OutflowService, the outflow area): return reasons and reporters in Chinese
        TABLE.put("outflow.returnReason.", () -> names("outflow.returnReason.",
                org.residencedesk.domain.outflow.ReturnReason.values()));
        TABLE.put("outflow.reporter.", () -> names("outflow.reporter.",
                org.residencedesk.domain.outflow.ReporterKind.values()));
        // OutflowAreaViewModel.Status: the list's status filter
        TABLE.put("outflow.status.", () -> new TreeSet<>(Set.of("outflow.status.ALL", "outflow.status.OPEN",
                "outflow.status.RETURNED")));
        // the outflow count table's chooser (ADR 0319): one label per grouping
        TABLE.put("outflow.group.", () -> names("outflow.group.",
                org.residencedesk.port.OutflowRepository.Grouping.values()));
        // VerifyCommand and the 核验 screen: every answer in Chinese
        TABLE.put("verify.permit.", () -> names("verify.permit.",
                org.residencedesk.service.verification.PermitVerdict.Status.values()));
        TABLE.put("verify.proof.", () -> names("verify.proof.",
                org.residencedesk.service.verification.ProofVerdict.Status.values()));
        TABLE.put("verification.permit.", () -> names("verification.permit.",
                org.residencedesk.service.verification.PermitVerdict.Status.values()));
        TABLE.put("verification.proof.", () -> names("verification.proof.",
                org.residencedesk.service.verification.ProofVerdict.Status.values()));
        // ReportExportFailed.userMessage: "report.export." + reason.name()
        TABLE.put("report.export.", () -> names("report.export.",
                org.residencedesk.service.report.ReportExportFailed.Reason.values()));
        // ReportAreaView: the period presets
        TABLE.put("report.ui.preset.", () -> names("report.ui.preset.",
                org.residencedesk.ui.report.ReportAreaViewModel.Preset.values()));
        TABLE.put("moveOut.reason.", () -> names("moveOut.reason.", MoveOutReason.values()));
        // Permission.labelKey / Role.labelKey: the matrix's Chinese names (docs/permissions.md, the window)
        TABLE.put("permission.", () -> names("permission.", Permission.values()));
        TABLE.put("role.", () -> names("role.", Role.values()));
        // the first-run wizard's step names and the status bar's 尚未配置 items (ADR 0315, 0316)
        TABLE.put("setup.step.", () -> names("setup.step.", org.residencedesk.ui.setup.SetupStep.values()));
        TABLE.put("setup.item.", () -> names("setup.item.", org.residencedesk.service.setup.SetupItem.values()));
        TABLE.put("export.subject.", () -> names("export.subject.", ExportSubject.values()));
        // BackupFailed, RestoreFailed, the CLI's and the settings screen's last-backup line
        TABLE.put("backup.problem.", () -> names("backup.problem.",
                org.residencedesk.port.DatabaseBackups.Problem.values()));
        TABLE.put("backup.short.", () -> names("backup.short.",
                org.residencedesk.port.DatabaseBackups.Problem.values()));
        TABLE.put("backup.settings.", () -> names("backup.settings.",
                org.residencedesk.port.BackupSettingsStore.SettingsProblem.Kind.values()));
        TABLE.put("restore.problem.", () -> names("restore.problem.",
                org.residencedesk.service.backup.RestoreFailed.Reason.values()));
        TABLE.put("error.", () -> names("error.", ReadErrorCode.values()));
        TABLE.put("form.validation.", () -> Arrays.stream(MessageKind.values()).map(MessageKind::bundleKey)
                .collect(Collectors.toCollection(TreeSet::new)));
        TABLE.put("form.load.", () -> Arrays.stream(FormLoadProblem.values()).map(FormLoadProblem::bundleKey)
                .collect(Collectors.toCollection(TreeSet::new)));
        TABLE.put("id.problem.", () -> names("id.problem.", IdProblem.values()));
        // DocumentKindRules.kindMismatch: what kind of number was typed
        TABLE.put("id.kind.numberIs.", () -> names("id.kind.numberIs.",
                org.residencedesk.domain.identity.IdNumberType.values()));
        TABLE.put("credit.problem.", () -> names("credit.problem.", SocialCreditCodeProblem.values()));
        // IdCheckCommand: address codes valid in an ID number but absent from the division table
        TABLE.put("region.", () -> Set.of("region.810000", "region.820000", "region.830000"));
        TABLE.put("permit.problem.", () -> names("permit.problem.", PermitProblem.values()));
        TABLE.put("permit.basis.", () -> labels(PermitBasis.class));
        TABLE.put("permit.representation.", () -> labels(Representation.class));
        TABLE.put("permit.evidence.", () -> labels(ResidenceEvidence.class));
        // EligibilityReport.countedFromText
        TABLE.put("permit.countedFrom.", () -> names("permit.countedFrom.", ResidenceEvidence.values()));
        TABLE.put("permit.material.", () -> labels(MaterialKind.class));
        TABLE.put("permit.requirement.", () -> labels(MaterialRequirement.class));
        TABLE.put("permit.status.", () -> labels(PermitStatus.class));
        TABLE.put("permit.action.", () -> labels(PermitAction.class));
        TABLE.put("permit.printType.", () -> labels(PrintType.class));
        TABLE.put("permit.cancellation.", () -> labels(CancellationReason.class));
        TABLE.put("permit.fee.", () -> labels(FeeKind.class));
        TABLE.put("permit.service.applicationType.", () -> names("permit.service.applicationType.",
                PrintCycleCause.values()));
        TABLE.put("print.status.", () -> Arrays.stream(PrintStatus.values()).map(PrintStatus::messageKey)
                .collect(Collectors.toCollection(TreeSet::new)));
        TABLE.put("ui.print.document.", () -> names("ui.print.document.", DocumentType.values()));
        TABLE.put("storage.problem.", () -> Arrays.stream(org.residencedesk.port.StationProblem.Kind.values())
                .map(k -> "storage.problem." + k.name().toLowerCase(java.util.Locale.ROOT).replace('_', '.'))
                .collect(Collectors.toCollection(TreeSet::new)));
        TABLE.put("storage.locked.", () -> Arrays.stream(StationLockedException.Reason.values())
                .map(r -> "storage.locked." + r.name().toLowerCase(java.util.Locale.ROOT).replace('_', '.'))
                .collect(Collectors.toCollection(TreeSet::new)));
        // AuditCommand: the verdict's reason, every audited act, the target types the services write
        TABLE.put("audit.verify.reason.", () -> names("audit.verify.reason.",
                org.residencedesk.service.audit.AuditVerdict.Problem.values()));
        // the window's audit alert (docs/decisions/0139)
        TABLE.put("main.auditAlert.reason.", () -> names("main.auditAlert.reason.",
                org.residencedesk.service.audit.AuditVerdict.Problem.values()));
        TABLE.put("audit.action.", () -> names("audit.action.",
                org.residencedesk.domain.audit.AuditAction.values()));
        TABLE.put("audit.target.", () -> new TreeSet<>(Set.of("audit.target.USER", "audit.target.PERSON",
                "audit.target.REGISTRATION", "audit.target.PERMIT", "audit.target.STATION", "audit.target.AUDIT",
                "audit.target.DOCUMENT", "audit.target.LIST", "audit.target.BACKUP", "audit.target.HOUSE",
                "audit.target.EMPLOYER", "audit.target.OUTFLOW", "audit.target.RESIDENCE_PROOF", "audit.target.COLLECTION")));
        // the registers: house kinds and who manages a house (HouseKind.labelKey, ManagerKind.labelKey)
        TABLE.put("house.kind.", () -> names("house.kind.", org.residencedesk.domain.register.HouseKind.values()));
        TABLE.put("house.managerKind.", () -> names("house.managerKind.",
                org.residencedesk.domain.register.ManagerKind.values()));
        // 登记簿 · 房屋: the list's filter (HouseRegisterViewModel.listingLabel)
        TABLE.put("register.house.listing.", () -> names("register.house.listing.",
                org.residencedesk.domain.register.HouseListing.values()));
        // RegisterFormViewModel: one label per field of the services' forms
        TABLE.put("register.house.field.", () -> org.residencedesk.service.register.HouseForm.FIELDS.stream()
                .map(f -> "register.house.field." + f).collect(Collectors.toCollection(TreeSet::new)));
        TABLE.put("register.employer.field.", () -> org.residencedesk.service.register.EmployerForm.FIELDS.stream()
                .map(f -> "register.employer.field." + f).collect(Collectors.toCollection(TreeSet::new)));
        // 社会化采集 (ADRs 0230-0235): record kinds, collectors, unreadable files, template sheets
        TABLE.put("collection.kind.", () -> plus(names("collection.kind.",
                org.residencedesk.domain.collection.RecordKind.values()), "collection.kind.notYet"));
        TABLE.put("collection.collector.", () -> names("collection.collector.",
                org.residencedesk.domain.collection.CollectorKind.values()));
        TABLE.put("collection.file.", () -> plus(plus(names("collection.file.",
                org.residencedesk.port.CollectionFiles.Problem.values()), "collection.file.noHeader"),
                "collection.file.empty"));
        TABLE.put("collection.sheet.", () -> plus(names("collection.sheet.",
                org.residencedesk.domain.collection.RecordKind.values()), "collection.sheet.codes"));
        // UserManagementViewModel: the roles in Chinese
        TABLE.put("users.role.", () -> names("users.role.", org.residencedesk.domain.account.Role.values()));
        // UserCommand: the roles in Chinese
        TABLE.put("account.role.", () -> names("account.role.", org.residencedesk.domain.account.Role.values()));
        TABLE.put("permitui.online.kind.", () -> names("permitui.online.kind.", OnlineKind.values()));
        // the 同步 screen and 系统设置 → 平台 (ui.sync, ui.settings.platform)
        TABLE.put("syncui.outcome.", () -> names("syncui.outcome.",
                org.residencedesk.service.sync.SyncOutcome.values()));
        TABLE.put("syncui.event.", () -> names("syncui.event.",
                org.residencedesk.domain.outbox.EventType.values()));
        TABLE.put("syncui.settings.check.", () -> names("syncui.settings.check.",
                org.residencedesk.port.platform.ConnectionReport.Check.values()));
        // 站点政策: the choice of the intended-stay default (ADR 0336)
        TABLE.put("policy.ui.intendedStay.", () -> java.util.stream.IntStream.rangeClosed(1, 6)
                .mapToObj(i -> "policy.ui.intendedStay." + i).collect(Collectors.toCollection(TreeSet::new)));
        // only open pre-applications are listed
        TABLE.put("permitui.online.status.", () -> Set.of("permitui.online.status." + OnlineStatus.PENDING,
                "permitui.online.status." + OnlineStatus.VERIFIED));
    }

    private DynamicKeys() {
    }

    private static Set<String> names(String prefix, Enum<?>[] values) {
        return Arrays.stream(values).map(v -> prefix + v.name()).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> plus(Set<String> keys, String key) {
        keys.add(key);
        return keys;
    }

    private static Set<String> labels(Class<? extends Labelled> type) {
        return Arrays.stream(type.getEnumConstants()).map(Labelled::labelKey)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}

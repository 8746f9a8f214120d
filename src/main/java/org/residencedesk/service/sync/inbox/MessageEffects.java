package org.residencedesk.service.sync.inbox;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.ResourceBundle;
import org.residencedesk.domain.audit.AuditAction;
import org.residencedesk.domain.audit.AuditRecord;
import org.residencedesk.domain.form.FormValues;
import org.residencedesk.domain.identity.IdNumberCheck;
import org.residencedesk.domain.identity.IdNumberParser;
import org.residencedesk.domain.online.OnlineKind;
import org.residencedesk.port.AuditLog;
import org.residencedesk.port.FormCodec;
import org.residencedesk.port.platform.InboxPage.Message;
import org.residencedesk.port.platform.InboxStore;
import org.residencedesk.port.platform.InboxStore.InboxEntry;
import org.residencedesk.port.platform.MasterDataTable;
import org.residencedesk.port.platform.MasterDataUpdates;
import org.residencedesk.port.platform.PlatformClient;
import org.residencedesk.port.platform.PlatformRefused;
import org.residencedesk.port.platform.PlatformUnavailable;
import org.residencedesk.service.permit.OnlineSubmission;
import org.residencedesk.service.permit.PlatformIntake;
import org.residencedesk.service.permit.PlatformReviewOutcome;

/**
 * One message type each (PLATFORM-API §2, ADRs 0265–0267): {@link #prepare} reads the payload (a missing or invalid
 * field is a {@link MalformedMessage}) and fetches what the message points to (a master-data table) outside any
 * transaction; the returned {@link Effect} runs inside the transaction that also moves the inbox cursor.
 */
final class MessageEffects {
    static final String ACTOR = "platform";
    private static final ResourceBundle IDENTITY = ResourceBundle.getBundle("i18n.identity");

    /** A message's effect, applied in the cursor's transaction; returns what is logged. */
    interface Effect {
        InboxEntry apply();

        /** After the commit (the running master data learns the new table). */
        default void committed() {
        }
    }

    private final InboxStore store;
    private final AuditLog audit;
    private final PlatformIntake intake;
    private final FormCodec codec;
    private final MasterDataUpdates masterData;
    private final OutflowNotices outflow;
    private final Clock clock;
    private final IdNumberParser ids;

    MessageEffects(InboxStore store, AuditLog audit, PlatformIntake intake, FormCodec codec,
                   MasterDataUpdates masterData, OutflowNotices outflow, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.intake = intake;
        this.codec = codec;
        this.masterData = masterData;
        this.outflow = outflow;
        this.clock = clock;
        this.ids = new IdNumberParser(clock, county -> true);
    }

    Effect prepare(Message m, PlatformClient client, Requests requests, InboxTransactions tx)
            throws PlatformUnavailable, PlatformRefused, InterruptedException {
        Payload p = new Payload(m.payload());
        return switch (m.type() == null ? "" : m.type()) {
            case "PERMIT_REVIEW_RESULT" -> review(m, p);
            case "ONLINE_APPLICATION" -> online(m, p);
            case "MASTER_DATA_UPDATED" -> masterDataUpdated(m, p, client, requests, tx);
            case "NOTICE" -> notice(m, p);
            case "OUTFLOW_NOTICE" -> outflowNotice(m, p);
            default -> throw MalformedMessage.of("syncInbox.malformed.unknownType", String.valueOf(m.type()));
        };
    }

    private Effect review(Message m, Payload p) {
        String acceptance = p.text("acceptanceNumber");
        ReviewResult result = p.choice("result", ReviewResult.class);
        String reason = p.optionalText("reason");
        if (result == ReviewResult.REJECTED && reason == null) {
            throw MalformedMessage.of("syncInbox.malformed.missing", "reason");
        }
        Instant reviewedAt = p.instant("reviewedAt");
        return () -> {
            PlatformReviewOutcome outcome = intake.reviewResultReceived(acceptance, result == ReviewResult.APPROVED,
                    reason, reviewedAt);
            return switch (outcome) {
                case APPLIED -> entry(m, InboxOutcome.APPLIED, null, Map.of());
                case UNKNOWN_APPLICATION -> entry(m, InboxOutcome.IGNORED,
                        InboxMessages.get("syncInbox.review.unknown", acceptance), Map.of());
                case NOT_APPLICABLE -> entry(m, InboxOutcome.IGNORED,
                        InboxMessages.get("syncInbox.review.notApplicable", acceptance), Map.of());
            };
        };
    }

    /** The review's verdict in a PERMIT_REVIEW_RESULT. */
    enum ReviewResult { APPROVED, REJECTED }

    private Effect online(Message m, Payload p) {
        String reference = p.text("reference");
        OnlineKind kind = p.choice("kind", OnlineKind.class);
        String idNumber = idNumber(p.text("idNumber"));
        String name = p.text("name");
        Instant submittedAt = p.instant("submittedAt");
        Payload form = p.object("form");
        FormValues.Builder values = FormValues.builder();
        if (form.has("fields")) {
            form.object("fields").strings().forEach(values::set);
        }
        if (form.has("groups")) {
            Payload groups = form.object("groups");
            groups.raw().keySet().forEach(g -> {
                values.group(g);
                groups.rows(g).forEach(row -> values.addRow(g, row));
            });
        }
        String formId = form.has("formId") ? form.text("formId") : "registration";
        int formVersion = form.has("formVersion") ? (int) form.number("formVersion") : 1;
        String json = codec.toJson(formId, formVersion, values.build());
        return () -> {
            intake.onlineApplicationReceived(new OnlineSubmission(reference, kind, idNumber, name, json, submittedAt));
            return entry(m, InboxOutcome.APPLIED, null, Map.of());
        };
    }

    /**
     * The counter's ID rules (IdNumberParser, as the registration form checks them) at intake, so a pre-application
     * with an impossible number is refused here with its reason and never reaches the queue (ADR 0309). The county
     * table only warns, so no master data is needed; the stored number is the normalised one, as the counter stores.
     */
    private String idNumber(String raw) {
        IdNumberCheck check = ids.check(raw);
        if (!check.valid()) {
            String problem = check.errors().isEmpty() ? IDENTITY.getString("id.problem.BAD_LENGTH")
                    : IDENTITY.getString(check.errors().get(0).messageKey());
            throw MalformedMessage.of("syncInbox.online.idNumber", problem);
        }
        return check.normalized();
    }

    private Effect notice(Message m, Payload p) {
        String text = p.text("text");
        String title = p.optionalText("title");
        return () -> entry(m, InboxOutcome.NOTICE, title == null ? text : title + "：" + text, Map.of());
    }

    private Effect outflowNotice(Message m, Payload p) {
        OutflowNotices.OutflowNotice notice = new OutflowNotices.OutflowNotice(m.cursor(),
                p.choice("change", OutflowNotices.Change.class), p.text("idNumber"), p.text("name"),
                p.text("hukouDivision"), p.text("residenceDivision"), p.optionalText("residenceAddress"),
                p.date("date"), p.optionalText("employer"), p.optionalText("mobile"), p.text("reportingStation"));
        return () -> {
            if (outflow == OutflowNotices.NOT_WIRED) {
                return entry(m, InboxOutcome.UNHANDLED,
                        InboxMessages.get("syncInbox.outflow.unwired", notice.change().name()), m.payload());
            }
            outflow.applyNotice(notice);
            return entry(m, InboxOutcome.APPLIED, null, Map.of());
        };
    }

    private Effect masterDataUpdated(Message m, Payload p, PlatformClient client, Requests requests,
                                     InboxTransactions tx)
            throws PlatformUnavailable, PlatformRefused, InterruptedException {
        String table = p.text("table");
        long version = p.number("version");
        if (!MasterDataCheck.TABLES.contains(table)) {
            throw MalformedMessage.of("syncInbox.masterData.unknownTable", table);
        }
        long installed = tx.installedVersion(table);
        if (version <= installed) {
            return older(m, table, version, installed);
        }
        MasterDataTable fetched;
        try {
            fetched = requests.call(() -> client.masterData(table));
        } catch (PlatformRefused e) {
            if (e.kind() == PlatformRefused.Kind.REQUEST || e.kind() == PlatformRefused.Kind.PROTOCOL) {
                throw MalformedMessage.of("syncInbox.masterData.refused", table, version, e.getMessage());
            }
            throw e;
        }
        if (!fetched.table().equals(table)) {
            throw MalformedMessage.of("syncInbox.masterData.refused", table, version,
                    InboxMessages.get("syncInbox.malformed.invalid", "table", fetched.table()));
        }
        if (fetched.version() <= installed) {
            return older(m, table, fetched.version(), installed);
        }
        MasterDataCheck.problem(fetched).ifPresent(problem -> {
            throw MalformedMessage.of("syncInbox.masterData.refused", table, fetched.version(), problem);
        });
        return new Effect() {
            @Override
            public InboxEntry apply() {
                long now = store.masterData(table).map(MasterDataTable::version).orElse(0L);
                if (fetched.version() <= now) {
                    return entry(m, InboxOutcome.IGNORED,
                            InboxMessages.get("syncInbox.masterData.older", table, fetched.version(), now), Map.of());
                }
                store.storeMasterData(fetched, clock.instant());
                audit.append(new AuditRecord(ACTOR, AuditAction.MASTER_DATA_UPDATED, "MASTER_DATA", table,
                        "version=" + fetched.version() + " rows=" + fetched.rows().size()));
                return entry(m, InboxOutcome.APPLIED, InboxMessages.get("syncInbox.masterData.installed", table,
                        fetched.version(), fetched.rows().size()), Map.of());
            }

            @Override
            public void committed() {
                masterData.install(fetched);
            }
        };
    }

    private Effect older(Message m, String table, long version, long installed) {
        return () -> entry(m, InboxOutcome.IGNORED,
                InboxMessages.get("syncInbox.masterData.older", table, version, installed), Map.of());
    }

    InboxEntry entry(Message m, InboxOutcome outcome, String text, Map<String, Object> payload) {
        return new InboxEntry(m.cursor(), m.type() == null ? "" : m.type(), clock.instant(), outcome.name(), text,
                payload);
    }

    /** The reads the effects need outside the message's own transaction. */
    interface InboxTransactions {
        long installedVersion(String table);
    }
}

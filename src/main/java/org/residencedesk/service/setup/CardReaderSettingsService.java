package org.residencedesk.service.setup;

import java.util.List;
import org.residencedesk.domain.account.Permission;
import org.residencedesk.domain.audit.AuditAction;
import org.residencedesk.domain.audit.AuditRecord;
import org.residencedesk.port.AuditLog;
import org.residencedesk.port.CardReaderSetup;
import org.residencedesk.port.Transactions;
import org.residencedesk.service.Operator;
import org.residencedesk.service.Problems;
import org.residencedesk.service.Requires;

/**
 * The card reader step of the first-run wizard (ADR 0317): the ports this PC sees, one test read, and saving the
 * chosen port as this counter's reader (audited). Takes effect at the next sign-in, when the window opens the reader.
 */
public final class CardReaderSettingsService {
    private static final int MAX_PORT_LENGTH = 200;

    private final Transactions tx;
    private final AuditLog audit;
    private final CardReaderSetup reader;

    public CardReaderSettingsService(Transactions tx, AuditLog audit, CardReaderSetup reader) {
        this.tx = tx;
        this.audit = audit;
        this.reader = reader;
    }

    /** The configured port, or "". */
    @Requires(Permission.SETTINGS_MANAGE)
    public String configuredPort(Operator operator) {
        operator.require(Permission.SETTINGS_MANAGE);
        return reader.configuredPort();
    }

    /** The serial ports the operating system lists. */
    @Requires(Permission.SETTINGS_MANAGE)
    public List<String> detectedPorts(Operator operator) {
        operator.require(Permission.SETTINGS_MANAGE);
        return reader.detectedPorts();
    }

    /** 测试读卡: one card from {@code port}; blocks for a few seconds, never on the FX thread. */
    @Requires(Permission.SETTINGS_MANAGE)
    public CardReaderSetup.TestRead testRead(Operator operator, String port) {
        operator.require(Permission.SETTINGS_MANAGE);
        String checked = check(port);
        return reader.testRead(checked);
    }

    /** Saves {@code port} as this counter's reader; audited with the port's name. */
    @Requires(Permission.SETTINGS_MANAGE)
    public void save(Operator operator, String port) {
        operator.require(Permission.SETTINGS_MANAGE);
        String checked = check(port);
        tx.run(() -> {
            audit.append(new AuditRecord(operator.login(), AuditAction.SETTINGS_CHANGED, "CARD_READER", null,
                    "cardReader.port=" + checked));
            reader.save(checked); // last: a failed write rolls the audit entry back
        });
    }

    private static String check(String port) {
        String text = port == null ? "" : port.strip();
        Problems p = new Problems();
        if (text.isEmpty()) {
            p.add("port", "validation.required");
        } else if (text.length() > MAX_PORT_LENGTH || text.chars().anyMatch(c -> c < 0x20 || c == '=')) {
            p.add("port", "setup.reader.badPort");
        }
        p.throwIfAny();
        return text;
    }
}

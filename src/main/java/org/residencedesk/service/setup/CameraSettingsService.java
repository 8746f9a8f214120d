package org.residencedesk.service.setup;

import org.residencedesk.domain.account.Permission;
import org.residencedesk.domain.audit.AuditAction;
import org.residencedesk.domain.audit.AuditRecord;
import org.residencedesk.port.AuditLog;
import org.residencedesk.port.Camera;
import org.residencedesk.port.CameraSetup;
import org.residencedesk.port.Transactions;
import org.residencedesk.service.Operator;
import org.residencedesk.service.Problems;
import org.residencedesk.service.Requires;

/**
 * 系统设置 → 摄像头 (ADR 0389): the capture command of this counter PC, 试拍 once with it, and saving it (audited).
 * An empty command means no camera: 相片 then offers 从文件选择 only.
 */
public final class CameraSettingsService {
    static final int MAX_COMMAND_LENGTH = 500;
    private static final String OUT = "{out}";

    private final Transactions tx;
    private final AuditLog audit;
    private final CameraSetup camera;

    public CameraSettingsService(Transactions tx, AuditLog audit, CameraSetup camera) {
        this.tx = tx;
        this.audit = audit;
        this.camera = camera;
    }

    /** The configured command, or "". */
    @Requires(Permission.SETTINGS_MANAGE)
    public String configuredCommand(Operator operator) {
        operator.require(Permission.SETTINGS_MANAGE);
        return camera.configuredCommand();
    }

    /** 试拍: one picture with {@code command}, nothing saved; up to the camera's timeout, never on the FX thread. */
    @Requires(Permission.SETTINGS_MANAGE)
    public Camera.Result testCapture(Operator operator, String command) {
        operator.require(Permission.SETTINGS_MANAGE);
        String checked = check(command);
        if (checked.isEmpty()) {
            Problems p = new Problems();
            p.add("command", "validation.required");
            p.throwIfAny();
        }
        return camera.testCapture(checked);
    }

    /** Saves {@code command} ("" for no camera); audited with the command line, which names no person. */
    @Requires(Permission.SETTINGS_MANAGE)
    public void save(Operator operator, String command) {
        operator.require(Permission.SETTINGS_MANAGE);
        String checked = check(command);
        tx.run(() -> {
            audit.append(new AuditRecord(operator.login(), AuditAction.SETTINGS_CHANGED, "CAMERA", null,
                    "camera.command=" + checked));
            camera.save(checked); // last: a failed write rolls the audit entry back
        });
    }

    private static String check(String command) {
        String text = command == null ? "" : command.strip();
        Problems p = new Problems();
        if (text.length() > MAX_COMMAND_LENGTH || text.chars().anyMatch(c -> c < 0x20)) {
            p.add("command", "setup.camera.badCommand");
        } else if (!text.isEmpty() && !text.contains(OUT)) {
            p.add("command", "setup.camera.noOut");
        }
        p.throwIfAny();
        return text;
    }
}

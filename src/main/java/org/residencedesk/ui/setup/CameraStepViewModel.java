package org.residencedesk.ui.setup;

import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.residencedesk.port.Camera;
import org.residencedesk.service.Operator;
import org.residencedesk.service.setup.CameraSettingsService;
import org.residencedesk.ui.BackgroundWork;
import org.residencedesk.ui.FieldErrors;
import org.residencedesk.ui.Fxml;

/**
 * 系统设置 → 摄像头 (ADR 0389): the capture command, 试拍 shows the picture it takes (kept in memory only, never
 * saved), 保存 writes the command.
 */
public final class CameraStepViewModel {
    final StringProperty command = new SimpleStringProperty("");
    final StringProperty testResult = new SimpleStringProperty("");
    /** The trial picture (JPEG/PNG bytes), null before a trial or after a failed one. */
    final ObjectProperty<byte[]> picture = new SimpleObjectProperty<>();
    final FieldErrors errors = new FieldErrors("command", "form");
    final BooleanProperty busy = new SimpleBooleanProperty(false);

    private final CameraSettingsService service;
    private final Operator operator;
    private final BackgroundWork work;

    public CameraStepViewModel(CameraSettingsService service, Operator operator, BackgroundWork work) {
        this.service = service;
        this.operator = operator;
        this.work = work;
    }

    /** The configured command into the field. */
    public void load() {
        busy.set(true);
        work.run(() -> service.configuredCommand(operator), configured -> {
            busy.set(false);
            command.set(configured);
        }, invalid -> {
            busy.set(false);
            errors.show(invalid.fieldMessages(), "form");
        }, this::failed);
    }

    /** 试拍: one picture with the command as typed (up to the camera's timeout, off the FX thread). */
    public void testCapture() {
        busy.set(true);
        errors.clear();
        picture.set(null);
        testResult.set(Fxml.text("setup.camera.testing"));
        String typed = command.get();
        work.run(() -> service.testCapture(operator, typed), (Camera.Result result) -> {
            busy.set(false);
            if (result instanceof Camera.Captured c) {
                picture.set(c.image());
                testResult.set(Fxml.text("setup.camera.taken"));
            } else if (result instanceof Camera.Failed f) {
                testResult.set(f.message());
            }
        }, invalid -> {
            busy.set(false);
            testResult.set("");
            errors.show(invalid.fieldMessages(), "form");
        }, message -> {
            testResult.set("");
            failed(message);
        });
    }

    /** 保存: the command as typed ("" for no camera). */
    public void save() {
        String typed = command.get();
        StepWork.submit(work, busy, errors, () -> {
            service.save(operator, typed);
            return true;
        }, ok -> testResult.set(Fxml.text("setup.camera.saved")));
    }

    private void failed(String message) {
        busy.set(false);
        errors.show(Map.of("form", message), "form");
    }
}

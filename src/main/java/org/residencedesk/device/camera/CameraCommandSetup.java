package org.residencedesk.device.camera;

import java.nio.file.Path;
import org.residencedesk.device.DevicesFile;
import org.residencedesk.port.Camera;
import org.residencedesk.port.CameraSetup;

/** {@link CameraSetup} over {@code devices.properties}' {@code camera.command}; a trial runs the command for real. */
public final class CameraCommandSetup implements CameraSetup {
    private final DevicesFile devices;
    private final Path workFolder;

    /** @param workFolder where trial pictures are written and deleted again (the window's camera folder) */
    public CameraCommandSetup(DevicesFile devices, Path workFolder) {
        this.devices = devices;
        this.workFolder = workFolder;
    }

    @Override
    public String configuredCommand() {
        return devices.get(CommandCamera.COMMAND_KEY);
    }

    @Override
    public void save(String command) {
        devices.set(CommandCamera.COMMAND_KEY, command);
    }

    @Override
    public Camera.Result testCapture(String command) {
        CommandCamera configured = CommandCamera.of(devices, workFolder); // its timeout, the trial's command
        return new CommandCamera(command, configured.timeout(), workFolder).capture();
    }
}

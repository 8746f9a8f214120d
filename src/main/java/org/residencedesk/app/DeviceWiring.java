package org.residencedesk.app;

import java.nio.file.Path;
import org.residencedesk.device.DevicesFile;
import org.residencedesk.device.camera.CameraCommandSetup;
import org.residencedesk.device.camera.CommandCamera;
import org.residencedesk.device.idcard.SerialReaderSetup;
import org.residencedesk.port.Camera;
import org.residencedesk.port.Transactions;
import org.residencedesk.service.setup.CameraSettingsService;
import org.residencedesk.service.setup.CardReaderSettingsService;

/**
 * This counter PC's devices of {@code devices.properties}: the card reader's port (first-run wizard and 系统设置,
 * ADR 0317) and the camera's capture command (拍照, ADR 0338; 系统设置 → 摄像头, ADR 0389).
 */
final class DeviceWiring {
    final SerialReaderSetup readerSetup;
    final CardReaderSettingsService cardReaderSettings;
    final CameraSettingsService cameraSettings;
    /** The window's camera: the command read again at each picture. */
    final Camera camera;

    DeviceWiring(Path dataDir, Transactions tx, org.residencedesk.port.AuditLog audit) {
        // one instance for the reader and the camera: its set() is a read-modify-write under the instance's lock
        DevicesFile devices = new DevicesFile(dataDir);
        Path cameraFolder = dataDir.resolve("camera");
        this.readerSetup = new SerialReaderSetup(devices);
        this.cardReaderSettings = new CardReaderSettingsService(tx, audit, readerSetup);
        this.cameraSettings = new CameraSettingsService(tx, audit, new CameraCommandSetup(devices, cameraFolder));
        this.camera = CommandCamera.following(devices, cameraFolder);
    }
}

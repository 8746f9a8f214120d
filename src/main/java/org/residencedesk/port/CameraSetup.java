package org.residencedesk.port;

/** This counter PC's camera command in {@code devices.properties} (ADR 0389): read, tried once, saved. */
public interface CameraSetup {
    /** The configured command line with {@code {out}}, or "" when the station has no camera. */
    String configuredCommand();

    /** Writes the command ("" removes the camera), other device settings kept. */
    void save(String command);

    /** Takes one picture with {@code command} as 拍照 would, without saving anything: never on the FX thread. */
    Camera.Result testCapture(String command);
}

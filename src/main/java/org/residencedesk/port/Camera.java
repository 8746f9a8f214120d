package org.residencedesk.port;

/**
 * Takes the holder's photo at the counter (拍照, ADR 0338). The adapter runs the station's configured capture
 * command; it blocks for up to its timeout, so call {@link #capture()} from a worker, never the JavaFX thread.
 */
public interface Camera {

    /** Whether a capture command is configured (the 拍照 button is offered either way and says so when not). */
    boolean isConfigured();

    Result capture();

    sealed interface Result permits Captured, Failed {}

    /** The picture file the command wrote, as it wrote it (the form scales it down and checks it). */
    record Captured(byte[] image) implements Result {}

    /** Why no picture came: a Chinese message for the clerk (no command, no camera, timeout, no file). */
    record Failed(String message) implements Result {}
}

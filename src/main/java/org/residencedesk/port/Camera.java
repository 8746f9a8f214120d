package org.residencedesk.port;

/**
 * Takes the holder's photo at the counter (拍照, ADR 0338). The adapter runs the station's configured capture
 * command; it blocks for up to its timeout, so call {@link #capture()} from a worker, never the JavaFX thread.
 */
@FunctionalInterface
public interface Camera {

    /** One picture, or why none came (no command configured included: 拍照 is offered either way, ADR 0338). */
    Result capture();

    sealed interface Result permits Captured, Failed {}

    /** The picture file the command wrote, as it wrote it (the form scales it down and checks it). */
    record Captured(byte[] image) implements Result {}

    /** Why no picture came: a Chinese message for the clerk (no command, no camera, timeout, no file). */
    record Failed(String message) implements Result {}
}

package org.residencedesk.device.idcard;

import com.sun.jna.Function;
import com.sun.jna.Memory;
import com.sun.jna.NativeLibrary;
import java.nio.file.Path;

/**
 * The vendor decoder's {@code int unpack(char *src, char *dst, int bmpSave)} bound through JNA
 * (ADR 0025). {@code src} is the 1024-byte WLT photo, {@code dst} receives the 102×126 bitmap
 * (a BMP file image, or bare BGR rows in some builds), 1 means success. {@code bmpSave} is always 0:
 * the vendors' value 1 also writes a {@code zp.bmp} beside the library, which we neither need nor
 * want (personal data on disk).
 */
final class WltUnpackFunction {
    static final String SYMBOL = "unpack";
    static final int SUCCESS = 1;
    /** 54-byte BMP header + 126 rows of 102 × 3 bytes padded to 308: what the SDK samples allocate. */
    static final int BMP_FILE_LENGTH = 54 + 126 * 308;
    /** Room beyond the documented size, so a decoder writing a little more does not corrupt the heap. */
    private static final int OUTPUT_SLACK = 4096;

    private final Function unpack;

    private WltUnpackFunction(Function unpack) {
        this.unpack = unpack;
    }

    /**
     * Opens the library and looks the symbol up. Throws {@link UnsatisfiedLinkError} when the file
     * cannot be loaded (wrong architecture, missing dependency) or has no {@code unpack}; the caller
     * turns that into a message.
     */
    static WltUnpackFunction bind(Path library) {
        NativeLibrary lib = NativeLibrary.getInstance(library.toAbsolutePath().toString());
        return new WltUnpackFunction(lib.getFunction(SYMBOL));
    }

    /** Calls the decoder; {@code wlt} must be exactly 1024 bytes (checked by the caller). */
    Output call(byte[] wlt) {
        try (Memory src = new Memory(wlt.length); Memory dst = new Memory(BMP_FILE_LENGTH + OUTPUT_SLACK)) {
            src.write(0, wlt, 0, wlt.length);
            dst.clear();
            int code = unpack.invokeInt(new Object[] {src, dst, 0});
            return new Output(code, dst.getByteArray(0, BMP_FILE_LENGTH));
        }
    }

    record Output(int returnCode, byte[] bytes) {}
}

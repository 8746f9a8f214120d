package org.residencedesk.device.idcard;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.residencedesk.domain.card.WltPhoto;
import org.residencedesk.port.PhotoDecoder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decodes the card's WLT photo with the vendor's licensed library (libwlt2bmp.so on Linux; a
 * WltRS.dll is tried too and used only if it exports the same {@code unpack}), called through JNA
 * (ADR 0025). Whatever goes wrong — no library, a library of the wrong architecture, no
 * {@code unpack} in it, a return code other than 1, an output that is no 102×126 bitmap, a photo
 * that is not 1024 bytes — ends in {@link PhotoDecoder.Unavailable} with a Chinese text saying the
 * photo must be taken separately; nothing is thrown.
 *
 * <p>The library is loaded lazily, once, by the first call of any method here; that call and every
 * {@link #decode} may block on native code, so callers use a worker thread, never the JavaFX
 * application thread. The native decoder is not known to be thread-safe, so calls are serialised.
 */
public final class VendorPhotoDecoder implements PhotoDecoder {
    static final List<String> LIBRARY_FILES = List.of("libwlt2bmp.so", "WltRS.dll");
    static final int WLT_LENGTH = 1024;

    private static final Logger LOG = LoggerFactory.getLogger(VendorPhotoDecoder.class);

    private final List<Path> searchDirectories;
    private final ReaderMessages messages = ReaderMessages.get();
    private Binding binding; // guarded by this; null until the first use

    /** @param extraDirectories installation-specific folders searched before java.library.path */
    public VendorPhotoDecoder(List<Path> extraDirectories) {
        List<Path> dirs = new ArrayList<>(extraDirectories);
        for (String entry : System.getProperty("java.library.path", "").split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                dirs.add(Path.of(entry));
            }
        }
        this.searchDirectories = List.copyOf(dirs);
    }

    /** The library file if one is installed (no loading). */
    public Optional<Path> findLibrary() {
        for (Path dir : searchDirectories) {
            for (String file : LIBRARY_FILES) {
                Path candidate = dir.resolve(file);
                if (Files.isRegularFile(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public boolean isAvailable() {
        return binding() instanceof Bound;
    }

    @Override
    public String availabilityMessage() {
        return binding().message();
    }

    @Override
    public synchronized Result decode(WltPhoto photo) {
        if (!(binding() instanceof Bound bound)) {
            return new Unavailable(binding().message());
        }
        if (photo.length() != WLT_LENGTH) {
            // The vendor code reads 1024 bytes whatever it is given: a shorter blob would be over-read.
            return new Unavailable(messages.text(
                    "photo.badLength", String.valueOf(photo.length()), String.valueOf(WLT_LENGTH)));
        }
        WltUnpackFunction.Output output;
        try {
            output = bound.unpack().call(photo.bytes());
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("WLT decoder call failed: {}", e.toString());
            return new Unavailable(messages.text("photo.decodeFailed", "-"));
        }
        if (output.returnCode() != WltUnpackFunction.SUCCESS) {
            LOG.info("WLT decoder returned {}", output.returnCode());
            return new Unavailable(messages.text("photo.decodeFailed", String.valueOf(output.returnCode())));
        }
        Optional<BufferedImage> image = WltBitmap.read(output.bytes());
        if (image.isEmpty()) {
            LOG.warn("WLT decoder reported success but wrote no 102x126 24-bit bitmap");
            return new Unavailable(messages.text("photo.unreadableOutput"));
        }
        return new Decoded(WltBitmap.png(image.get()));
    }

    private synchronized Binding binding() {
        if (binding == null) {
            binding = bind();
        }
        return binding;
    }

    private Binding bind() {
        Optional<Path> library = findLibrary();
        if (library.isEmpty()) {
            return new Unbound(messages.text("photo.unavailable"));
        }
        Path file = library.get();
        String name = file.getFileName().toString();
        if (Thread.currentThread().getName().equals("JavaFX Application Thread")) {
            LOG.warn("WLT decoder library loaded on the JavaFX application thread; callers should use a worker");
        }
        try {
            WltUnpackFunction unpack = WltUnpackFunction.bind(file);
            LOG.info("WLT decoder bound: {}", file);
            return new Bound(unpack, messages.text("photo.ready", name));
        } catch (UnsatisfiedLinkError e) {
            // JNA throws the same error for an unloadable file and for a missing symbol; the message
            // tells them apart, and the user needs to know which one to ask the vendor about.
            LOG.warn("WLT decoder {} not usable: {}", file, firstLine(e.getMessage()));
            boolean symbolMissing = String.valueOf(e.getMessage()).contains("'" + WltUnpackFunction.SYMBOL + "'");
            return new Unbound(messages.text(symbolMissing ? "photo.symbolMissing" : "photo.libraryUnloadable",
                    name, WltUnpackFunction.SYMBOL));
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("WLT decoder {} not usable: {}", file, e.toString());
            return new Unbound(messages.text("photo.libraryUnloadable", name, WltUnpackFunction.SYMBOL));
        }
    }

    /** JNA's load errors spread over lines and go on to list the whole class path: keep the start. */
    private static String firstLine(String message) {
        String text = String.valueOf(message).replace('\n', ' ');
        int classPath = text.indexOf("Native library (");
        String cut = classPath < 0 ? text : text.substring(0, classPath);
        return cut.length() > 300 ? cut.substring(0, 300) : cut.strip();
    }

    private sealed interface Binding permits Bound, Unbound {
        String message();
    }

    private record Bound(WltUnpackFunction unpack, String message) implements Binding {}

    private record Unbound(String message) implements Binding {}
}

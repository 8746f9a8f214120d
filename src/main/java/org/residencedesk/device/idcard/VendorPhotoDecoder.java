package org.residencedesk.device.idcard;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.residencedesk.domain.card.WltPhoto;
import org.residencedesk.port.PhotoDecoder;

/**
 * Looks for the vendor's WLT decoder (libwlt2bmp.so on Linux, WltRS.dll on Windows) and says
 * honestly what it found. Calling a C library from Java 17 needs JNA, a JNI shim compiled per
 * platform, or the Java 22 foreign-function API, none of which this build carries (ADR 0022), so even
 * a present library is reported as unusable and the photo must be taken with the camera.
 */
public final class VendorPhotoDecoder implements PhotoDecoder {
    static final List<String> LIBRARY_FILES = List.of("libwlt2bmp.so", "WltRS.dll");

    private final List<Path> searchDirectories;
    private final ReaderMessages messages = ReaderMessages.get();

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

    /** The library file if one is installed. */
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
        return false;
    }

    @Override
    public String availabilityMessage() {
        return findLibrary()
                .map(lib -> messages.text("photo.libraryWithoutBinding", lib.getFileName().toString()))
                .orElseGet(() -> messages.text("photo.unavailable"));
    }

    @Override
    public Result decode(WltPhoto photo) {
        return new Unavailable(availabilityMessage());
    }
}

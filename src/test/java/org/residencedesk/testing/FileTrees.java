package org.residencedesk.testing;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.residencedesk.storage.PrivateFiles;

/** Copies and deletes folder trees for tests: one place instead of a private copy per test class. */
public final class FileTrees {
    private FileTrees() {
    }

    /** Copies the tree {@code from} into {@code to} (created private if missing), files with their attributes. */
    public static void copy(Path from, Path to) throws IOException {
        copy(from, to, path -> false);
    }

    /** As {@link #copy(Path, Path)}, leaving out every file or folder for which {@code skip} holds. */
    public static void copy(Path from, Path to, Predicate<Path> skip) throws IOException {
        PrivateFiles.createDirectories(to);
        try (Stream<Path> all = Files.walk(from)) {
            for (Path source : (Iterable<Path>) all::iterator) {
                if (skip.test(source)) {
                    continue;
                }
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    PrivateFiles.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    /** Deletes {@code root} if it exists; a file a closing worker wrote meanwhile is taken on a second walk. */
    public static void delete(Path root) throws IOException {
        for (int attempt = 1; Files.exists(root); attempt++) {
            try (Stream<Path> paths = Files.walk(root)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            } catch (DirectoryNotEmptyException | NoSuchFileException raced) {
                if (attempt == 3) {
                    throw raced;
                }
            }
        }
    }
}

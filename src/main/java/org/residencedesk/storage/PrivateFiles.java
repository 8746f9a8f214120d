package org.residencedesk.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

/**
 * Owner-only folders (0700) and files (0600) on POSIX file systems, set when they are created rather
 * than tightened afterwards, so there is no moment in which another account could open them. On file
 * systems without POSIX permissions (Windows) these calls create normally and the folder's inherited ACL
 * applies (docs/decisions/0131).
 */
public final class PrivateFiles {
    public static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private PrivateFiles() {
    }

    public static boolean posix(Path anyPath) {
        return anyPath.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    /** Creates {@code dir} and missing parents, each created folder 0700; an existing folder is left as it is. */
    public static Path createDirectories(Path dir) throws IOException {
        Path abs = dir.toAbsolutePath().normalize();
        if (Files.isDirectory(abs)) {
            return abs; // an existing folder keeps its owner's choice; callers restrict what they own
        }
        Path parent = abs.getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            createDirectories(parent);
        }
        try {
            if (posix(parent == null ? abs : parent)) {
                Files.createDirectory(abs, PosixFilePermissions.asFileAttribute(DIRECTORY));
                Files.setPosixFilePermissions(abs, DIRECTORY); // the umask may have removed bits
            } else {
                Files.createDirectory(abs);
            }
        } catch (FileAlreadyExistsException raced) {
            // another process created it meanwhile
        }
        return abs;
    }

    /** A new, empty owner-only file in {@code folder} (never an existing path or link). */
    public static Path createTempFile(Path folder, String prefix, String suffix) throws IOException {
        return posix(folder)
                ? Files.createTempFile(folder, prefix, suffix, PosixFilePermissions.asFileAttribute(FILE))
                : Files.createTempFile(folder, prefix, suffix);
    }

    /** Writes {@code content} to a new owner-only temporary file, forces it to disk and moves it over {@code target}. */
    public static void writeAtomically(Path target, byte[] content, boolean replace) throws IOException {
        Path temp = target.resolveSibling(target.getFileName() + ".tmp");
        Files.deleteIfExists(temp);
        try (FileChannel ch = FileChannel.open(temp, EnumSet.of(StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE), fileAttributes(target))) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                ch.write(buffer);
            }
            ch.force(true);
        }
        if (replace) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } else {
            try {
                Files.createLink(target, temp); // fails when target exists: never overwrites
            } finally {
                Files.deleteIfExists(temp);
            }
        }
    }

    private static FileAttribute<?>[] fileAttributes(Path target) {
        return posix(target) ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE)}
                : new FileAttribute<?>[0];
    }

    /** Sets 0700 on {@code path} if it is a folder, 0600 if it is a file (POSIX only; links are left alone). */
    public static void restrict(Path path) throws IOException {
        if (!posix(path) || Files.isSymbolicLink(path)) {
            return;
        }
        Set<PosixFilePermission> wanted = Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS) ? DIRECTORY : FILE;
        if (!Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS).equals(wanted)) {
            Files.setPosixFilePermissions(path, wanted);
        }
    }

    /** {@link #restrict} for {@code root} and everything below it: folders 0700, files 0600. */
    public static void restrictTree(Path root) throws IOException {
        if (!Files.exists(root) || !posix(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                restrict(dir);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (attrs.isRegularFile()) {
                    restrict(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** True when accounts other than the owner may read, write or enter {@code path}. */
    public static boolean openToOthers(Path path) throws IOException {
        if (!posix(path)) {
            return false;
        }
        Set<PosixFilePermission> p = Files.getPosixFilePermissions(path);
        return p.contains(PosixFilePermission.GROUP_READ) || p.contains(PosixFilePermission.GROUP_WRITE)
                || p.contains(PosixFilePermission.OTHERS_READ) || p.contains(PosixFilePermission.OTHERS_WRITE)
                || p.contains(PosixFilePermission.OTHERS_EXECUTE) || p.contains(PosixFilePermission.GROUP_EXECUTE);
    }

    /** True when accounts other than the owner may create, rename or delete entries in the folder {@code dir}. */
    public static boolean writableByOthers(Path dir) throws IOException {
        if (!posix(dir)) {
            return false;
        }
        Set<PosixFilePermission> p = Files.getPosixFilePermissions(dir);
        return p.contains(PosixFilePermission.GROUP_WRITE) || p.contains(PosixFilePermission.OTHERS_WRITE);
    }

    /**
     * Overwrites every file under {@code root} with zeros, forces it to disk, then deletes the tree. Best effort
     * against a later look at the disk: journaling file systems and SSD wear levelling may keep old blocks
     * (docs/decisions/0132), which is why the database is encrypted before, not after, the fact.
     */
    public static void wipeTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (attrs.isRegularFile()) {
                    overwrite(file, attrs.size());
                }
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static void overwrite(Path file, long size) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ByteBuffer zeros = ByteBuffer.allocate(64 * 1024);
            long written = 0;
            while (written < size) {
                zeros.clear();
                zeros.limit((int) Math.min(zeros.capacity(), size - written));
                written += ch.write(zeros, written);
            }
            ch.force(true);
        }
    }
}

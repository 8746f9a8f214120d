package org.residencedesk.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.residencedesk.port.AuditCheckpoints;

/**
 * Checkpoints of the audit chain in a text file outside the database, next to the station's key
 * ({@code <key folder>/<database-id>.audit-checkpoints}, 0600): one line per checkpoint,
 * {@code seq hash time mac}, the mac an HMAC-SHA256 under the key labelled {@code audit-checkpoint}
 * (docs/decisions/0138). Lines are only ever appended.
 */
public final class FileAuditCheckpoints implements AuditCheckpoints {
    private static final Pattern LINE = Pattern.compile("(\\d{1,19}) ([0-9a-f]{64}) (\\S+) ([0-9a-f]{64})");
    private final Path file;
    private final SecretKeySpec key;

    /** @param checkpointKey the 32-byte key from {@code SecretDerivation.derive(secret, "audit-checkpoint")} */
    public FileAuditCheckpoints(Path file, byte[] checkpointKey) {
        this.file = file.toAbsolutePath().normalize();
        this.key = new SecretKeySpec(checkpointKey.clone(), "HmacSHA256");
    }

    /** The file for one station database in its key folder. */
    public static Path fileFor(Path keyDirectory, String databaseId) {
        return keyDirectory.resolve(databaseId + ".audit-checkpoints");
    }

    @Override
    public Recorded read() {
        List<String> lines;
        try {
            if (Files.isSymbolicLink(file)) {
                return new Recorded(List.of(), 1); // never follow a link put in place of the file
            }
            lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
        } catch (NoSuchFileException e) {
            return new Recorded(List.of(), 0);
        } catch (IOException e) {
            throw new StorageException("cannot read the audit checkpoints", e);
        }
        List<Checkpoint> valid = new ArrayList<>();
        int forged = 0;
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            Matcher m = LINE.matcher(line.strip());
            Checkpoint c = m.matches() ? parse(m) : null;
            if (c == null || !MessageDigest.isEqual(mac(m.group(1) + " " + m.group(2) + " " + m.group(3))
                    .getBytes(StandardCharsets.US_ASCII), m.group(4).getBytes(StandardCharsets.US_ASCII))) {
                forged++;
            } else {
                valid.add(c);
            }
        }
        return new Recorded(valid, forged);
    }

    private static Checkpoint parse(Matcher m) {
        try {
            return new Checkpoint(Long.parseLong(m.group(1)), m.group(2), Instant.parse(m.group(3)));
        } catch (RuntimeException e) {
            return null;
        }
    }

    @Override
    public void append(Checkpoint c) {
        String body = c.seq() + " " + c.hash() + " " + c.at();
        byte[] line = (body + " " + mac(body) + "\n").getBytes(StandardCharsets.US_ASCII);
        try {
            PrivateFiles.createDirectories(file.getParent());
            if (Files.isSymbolicLink(file)) {
                throw new StorageException("the audit checkpoint file is a link: " + file, null);
            }
            FileAttribute<?>[] attributes = PrivateFiles.posix(file.getParent())
                    ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PrivateFiles.FILE)}
                    : new FileAttribute<?>[0];
            try (FileChannel ch = FileChannel.open(file, java.util.Set.<java.nio.file.OpenOption>of(
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE,
                    LinkOption.NOFOLLOW_LINKS), attributes)) {
                ByteBuffer buffer = ByteBuffer.wrap(line);
                while (buffer.hasRemaining()) {
                    ch.write(buffer);
                }
                ch.force(true);
            }
            PrivateFiles.restrict(file);
        } catch (IOException e) {
            throw new StorageException("cannot write the audit checkpoint file", e);
        }
    }

    @Override
    public String archiveAndKeep(List<Checkpoint> kept, String suffix) {
        if (!suffix.matches("[0-9A-Za-z-]{1,40}")) {
            throw new IllegalArgumentException("archive suffix");
        }
        Path archive = file.resolveSibling(file.getFileName() + ".before-restore-" + suffix);
        for (int n = 2; Files.exists(archive, LinkOption.NOFOLLOW_LINKS); n++) { // a second restore in the same second
            archive = file.resolveSibling(file.getFileName() + ".before-restore-" + suffix + "-" + n);
        }
        StringBuilder lines = new StringBuilder();
        for (Checkpoint c : kept) {
            String body = c.seq() + " " + c.hash() + " " + c.at();
            lines.append(body).append(' ').append(mac(body)).append('\n');
        }
        try {
            if (Files.isSymbolicLink(file)) {
                throw new StorageException("the audit checkpoint file is a link: " + file, null);
            }
            PrivateFiles.writeAtomically(archive, Files.exists(file) ? Files.readAllBytes(file) : new byte[0], false);
            PrivateFiles.writeAtomically(file, lines.toString().getBytes(StandardCharsets.US_ASCII), true);
        } catch (IOException e) {
            throw new StorageException("cannot archive the audit checkpoints", e);
        }
        return archive.toString();
    }

    @Override
    public void undoArchive(String archive) {
        Path from = Path.of(archive);
        if (!from.getParent().equals(file.getParent())
                || !from.getFileName().toString().startsWith(file.getFileName() + ".before-restore-")) {
            throw new IllegalArgumentException("not an archive of " + file.getFileName());
        }
        try {
            Files.move(from, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StorageException("cannot put the archived audit checkpoints back", e);
        }
    }

    @Override
    public String location() {
        return file.toString();
    }

    private String mac(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java 17 runtime", e);
        }
    }
}

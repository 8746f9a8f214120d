package org.residencedesk.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.residencedesk.port.CommitWitness;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The commit witness in the key folder ({@code <key folder>/<database-id>.audit-witness}, 0600; docs/decisions/0363):
 * two fixed slots of {@value #SLOT} bytes, {@code RDW1 <seq> <hash> <mac>} padded with spaces, the mac an HMAC-SHA256
 * under the key labelled {@code audit-witness}. Commits write the slots alternately through one open channel without
 * forcing them, so a torn write spoils at most one slot; the newest validly signed slot counts.
 */
public final class FileCommitWitness implements CommitWitness, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FileCommitWitness.class);
    static final int SLOT = 160;
    private static final Pattern BODY = Pattern.compile("RDW1 (\\d{19}) ([0-9a-f]{64}) ([0-9a-f]{64}) *\n");
    private final Path file;
    private final SecretKeySpec key;
    private FileChannel channel;
    private Mac mac;
    private int nextSlot;
    private long last;
    private boolean held;
    private boolean failedOnce;

    /** @param witnessKey the 32-byte key from {@code SecretDerivation.derive(secret, "audit-witness")} */
    public FileCommitWitness(Path file, byte[] witnessKey) {
        this.file = file.toAbsolutePath().normalize();
        this.key = new SecretKeySpec(witnessKey.clone(), "HmacSHA256");
    }

    /** The file for one station database in its key folder. */
    public static Path fileFor(Path keyDirectory, String databaseId) {
        return keyDirectory.resolve(databaseId + ".audit-witness");
    }

    @Override
    public synchronized Reading read() {
        byte[] bytes;
        try {
            if (Files.isSymbolicLink(file)) {
                return new Reading(Status.UNREADABLE, Optional.empty()); // never follow a link put in its place
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new Reading(Status.MISSING, Optional.empty());
        } catch (IOException e) {
            LOG.warn("the commit witness {} cannot be read: {}", file.getFileName(), e.getClass().getSimpleName());
            return new Reading(Status.UNREADABLE, Optional.empty());
        }
        Witnessed newest = null;
        for (int slot = 0; slot < 2; slot++) {
            Witnessed w = slot(bytes, slot);
            if (w != null && (newest == null || w.seq() > newest.seq())) {
                newest = w;
                nextSlot = 1 - slot; // the next commit overwrites the other slot
            }
        }
        if (newest == null) {
            return new Reading(Status.UNREADABLE, Optional.empty());
        }
        last = Math.max(last, newest.seq());
        return new Reading(Status.VALID, Optional.of(newest));
    }

    private Witnessed slot(byte[] bytes, int slot) {
        if (bytes.length < (slot + 1) * SLOT) {
            return null;
        }
        String text = new String(bytes, slot * SLOT, SLOT, StandardCharsets.ISO_8859_1);
        Matcher m = BODY.matcher(text);
        if (!m.matches() || !MessageDigest.isEqual(mac(m.group(1), m.group(2)).getBytes(StandardCharsets.US_ASCII),
                m.group(3).getBytes(StandardCharsets.US_ASCII))) {
            return null;
        }
        return new Witnessed(Long.parseLong(m.group(1)), m.group(2));
    }

    @Override
    public synchronized void committed(long seq, String hash) {
        if (held || seq <= last) {
            return; // a slower thread's older head, or a loss being reported: never backwards, never over it
        }
        try {
            if (channel == null) {
                channel = open();
            }
            ByteBuffer buffer = ByteBuffer.wrap(encode(seq, hash));
            long position = (long) nextSlot * SLOT;
            while (buffer.hasRemaining()) {
                position += channel.write(buffer, position);
            }
            nextSlot = 1 - nextSlot;
            last = seq;
        } catch (IOException | RuntimeException e) {
            // the commit stands; a witness left behind is safe (it only names less than Derby holds)
            if (!failedOnce) {
                LOG.warn("the commit witness {} could not be written: {}", file.getFileName(), e.getClass().getSimpleName());
                failedOnce = true;
            }
            closeQuietly();
        }
    }

    @Override
    public synchronized void reset(long seq, String hash) {
        byte[] both = new byte[2 * SLOT];
        byte[] one = encode(seq, hash);
        System.arraycopy(one, 0, both, 0, SLOT);
        System.arraycopy(one, 0, both, SLOT, SLOT);
        closeQuietly(); // the file is replaced: the channel would write to the old one
        try {
            PrivateFiles.createDirectories(file.getParent());
            if (Files.isSymbolicLink(file)) {
                Files.delete(file);
            }
            PrivateFiles.writeAtomically(file, both, true);
        } catch (IOException e) {
            throw new StorageException("cannot write the commit witness", e);
        }
        nextSlot = 0;
        last = seq;
    }

    @Override
    public synchronized void hold() {
        held = true;
    }

    /** Removes the witness (a restore that failed after its adoption reset it); the next start writes it again. */
    public static void remove(Path keyDirectory, String databaseId) {
        try {
            Files.deleteIfExists(fileFor(keyDirectory, databaseId));
        } catch (IOException e) {
            throw new StorageException("cannot remove the commit witness", e);
        }
    }

    @Override
    public String location() {
        return file.toString();
    }

    @Override
    public synchronized void close() {
        closeQuietly();
    }

    private FileChannel open() throws IOException {
        PrivateFiles.createDirectories(file.getParent());
        Set<OpenOption> options = Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
        FileChannel ch = PrivateFiles.posix(file.getParent())
                ? FileChannel.open(file, options, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                        PrivateFiles.FILE))
                : FileChannel.open(file, options);
        PrivateFiles.restrict(file);
        return ch;
    }

    private void closeQuietly() {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                LOG.debug("closing the commit witness failed", e);
            }
            channel = null;
        }
    }

    private byte[] encode(long seq, String hash) {
        String plain = Long.toString(seq); // 19 digits, zero-padded (String.format cost more than the write, ADR 0383)
        String digits = "0".repeat(19 - plain.length()) + plain;
        byte[] slot = new byte[SLOT];
        Arrays.fill(slot, (byte) ' ');
        byte[] body = ("RDW1 " + digits + " " + hash + " " + mac(digits, hash)).getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(body, 0, slot, 0, body.length);
        slot[SLOT - 1] = '\n';
        return slot;
    }

    /** Callers hold this object's lock: one Mac, initialised once. */
    private String mac(String digits, String hash) {
        try {
            if (mac == null) {
                mac = Mac.getInstance("HmacSHA256");
                mac.init(key);
            }
            return HexFormat.of().formatHex(mac.doFinal(("RDW1 " + digits + " " + hash)
                    .getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java 17 runtime", e);
        }
    }
}

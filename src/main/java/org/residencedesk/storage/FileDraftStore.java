package org.residencedesk.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.residencedesk.port.DraftStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One file per draft under {@code <dataDir>/drafts}, encrypted with AES-256-GCM under a key derived from the
 * station's boot secret (docs/decisions/0134); the draft's name is authenticated with it, so a draft file
 * cannot be passed off under another name. Written to a new owner-only temporary file, forced to disk, then
 * moved over the old one atomically: after a power cut either the old or the new draft is there, never half
 * of one. Plain drafts of an earlier version are encrypted when the store opens.
 */
public final class FileDraftStore implements DraftStore {
    private static final Logger LOG = LoggerFactory.getLogger(FileDraftStore.class);
    private static final Pattern SAFE_KEY = Pattern.compile("[A-Za-z0-9_.-]{1,80}");
    private static final byte[] MAGIC = "RDD1".getBytes(StandardCharsets.US_ASCII);
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private final Path directory;
    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    /** @param key 32 bytes, e.g. {@code SecretDerivation.derive(secret, "drafts")} */
    public FileDraftStore(Path directory, byte[] key) {
        if (key.length != 32) {
            throw new IllegalArgumentException("a drafts key has 32 bytes");
        }
        this.directory = directory;
        this.key = new SecretKeySpec(key, "AES");
        encryptPlainDrafts();
    }

    @Override
    public void save(String key, String content) {
        Path target = file(key);
        try {
            PrivateFiles.createDirectories(directory);
            PrivateFiles.writeAtomically(target, seal(key, content.getBytes(StandardCharsets.UTF_8)), true);
        } catch (IOException e) {
            throw new UncheckedIOException("draft could not be saved", e);
        }
    }

    @Override
    public Optional<String> load(String key) {
        Path f = file(key);
        try {
            if (!Files.exists(f)) {
                return Optional.empty();
            }
            return Optional.of(new String(open(key, Files.readAllBytes(f)), StandardCharsets.UTF_8));
        } catch (IOException | GeneralSecurityException e) {
            LOG.warn("draft {} could not be read: {}", key, e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    @Override
    public void discard(String key) {
        try {
            Files.deleteIfExists(file(key));
        } catch (IOException e) {
            throw new UncheckedIOException("draft could not be removed", e);
        }
    }

    private byte[] seal(String name, byte[] plain) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(name.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(MAGIC.length + NONCE_BYTES + sealed.length)
                    .put(MAGIC).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java 17 runtime", e);
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    private byte[] open(String name, byte[] file) throws GeneralSecurityException {
        if (!sealed(file)) {
            throw new GeneralSecurityException("not an encrypted draft");
        }
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, file, MAGIC.length, NONCE_BYTES));
        cipher.updateAAD(name.getBytes(StandardCharsets.UTF_8));
        int offset = MAGIC.length + NONCE_BYTES;
        return cipher.doFinal(file, offset, file.length - offset);
    }

    private static boolean sealed(byte[] file) {
        return file.length > MAGIC.length + NONCE_BYTES
                && Arrays.equals(file, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
    }

    /** Drafts an earlier version left in plain JSON: encrypted, and the plain bytes overwritten before the swap. */
    private void encryptPlainDrafts() {
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*.json")) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                name = name.substring(0, name.length() - ".json".length());
                byte[] content = Files.readAllBytes(f);
                if (!SAFE_KEY.matcher(name).matches() || sealed(content)) {
                    continue;
                }
                Path temp = f.resolveSibling(f.getFileName() + ".sealed");
                PrivateFiles.writeAtomically(temp, seal(name, content), true);
                try (FileChannel ch = FileChannel.open(f, StandardOpenOption.WRITE)) {
                    ch.write(ByteBuffer.allocate(content.length));
                    ch.force(true);
                }
                Files.move(temp, f, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                LOG.info("encrypted a draft left in plain text by an earlier version");
            }
            PrivateFiles.restrictTree(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("drafts could not be encrypted", e);
        }
    }

    private Path file(String key) {
        if (!SAFE_KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("draft key must be a plain file name");
        }
        return directory.resolve(key + ".json");
    }
}

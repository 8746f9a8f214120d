package org.residencedesk.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.residencedesk.port.DatabaseBackups;
import org.residencedesk.port.DatabaseBackups.Backup;
import org.residencedesk.port.DatabaseBackups.BackupException;
import org.residencedesk.port.DatabaseBackups.Problem;

/**
 * The signed manifest of one backup folder (docs/decisions/0155): UTF-8 lines {@code key=value}, then one line
 * {@code file<TAB>sha256<TAB>size<TAB>relative/path} per file, then {@code signature=} an HMAC-SHA256 of every
 * byte before that line under {@code SecretDerivation.derive(secret, "backup-manifest")}. Written last, to a new
 * file linked into place, so a folder whose copy did not finish has no manifest.
 */
final class BackupManifest {
    static final String FORMAT = "residence-desk-backup-1";
    static final String KEY_PURPOSE = "backup-manifest";
    private static final String SIGNATURE = "signature=";

    private BackupManifest() {
    }

    /** Relative path → {sha256, size} of every regular file under {@code folder} except the manifest. */
    static Map<String, String[]> hashFiles(Path folder) throws IOException {
        Map<String, String[]> files = new TreeMap<>();
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                String relative = folder.relativize(file).toString().replace('\\', '/');
                if (relative.equals(DatabaseBackups.MANIFEST) || relative.startsWith(DatabaseBackups.MANIFEST + ".")) {
                    return FileVisitResult.CONTINUE;
                }
                if (!attrs.isRegularFile()) {
                    files.put(relative, new String[] {"not-a-file", "-1"}); // a link or device: never matches
                    return FileVisitResult.CONTINUE;
                }
                files.put(relative, new String[] {sha256(file), Long.toString(attrs.size())});
                return FileVisitResult.CONTINUE;
            }
        });
        return files;
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every Java 17 runtime", e);
        }
    }

    /** The manifest text for the files now in {@code folder}, signed. */
    static byte[] write(Path folder, String databaseId, DatabaseBackups.Label label, String schemaVersion,
                        byte[] key) throws IOException {
        StringBuilder body = new StringBuilder();
        body.append("format=").append(FORMAT).append('\n')
                .append("station=").append(label.stationCode()).append('\n')
                .append("database=").append(databaseId).append('\n')
                .append("created=").append(label.createdAt()).append('\n')
                .append("appVersion=").append(label.appVersion()).append('\n')
                .append("schemaVersion=").append(schemaVersion).append('\n')
                .append("auditSeq=").append(label.auditSeq()).append('\n')
                .append("auditHash=").append(label.auditHash()).append('\n');
        for (Map.Entry<String, String[]> f : hashFiles(folder).entrySet()) {
            body.append("file\t").append(f.getValue()[0]).append('\t').append(f.getValue()[1]).append('\t')
                    .append(f.getKey()).append('\n');
        }
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        return (body + SIGNATURE + mac(key, bytes) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The database id a manifest names, read before its signature can be checked (the key depends on it). */
    static String databaseId(Path backup) throws BackupException {
        return parse(backup, readText(backup)).fields.get("database");
    }

    /**
     * Reads and checks the manifest of {@code backup}: signature always, the files' hashes when {@code hashes},
     * else only that every listed file is there with its size and nothing else is.
     */
    static Backup read(Path backup, byte[] key, boolean hashes) throws BackupException {
        String text = readText(backup);
        Parsed parsed = parse(backup, text);
        byte[] signed = text.substring(0, parsed.signatureAt).getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(mac(key, signed).getBytes(StandardCharsets.US_ASCII),
                parsed.signature.getBytes(StandardCharsets.US_ASCII))) {
            throw new BackupException(Problem.MANIFEST_FORGED, backup, null);
        }
        Map<String, String[]> present;
        try {
            present = hashes ? hashFiles(backup) : sizes(backup);
        } catch (IOException e) {
            throw new BackupException(Problem.FILE_CHANGED, backup, e);
        }
        if (!present.keySet().equals(parsed.files.keySet())) {
            throw new BackupException(Problem.FILE_CHANGED, backup, null);
        }
        long bytes = 0;
        for (Map.Entry<String, String[]> f : parsed.files.entrySet()) {
            String[] found = present.get(f.getKey());
            if (!found[1].equals(f.getValue()[1]) || hashes && !found[0].equals(f.getValue()[0])) {
                throw new BackupException(Problem.FILE_CHANGED, backup, null);
            }
            bytes += Long.parseLong(f.getValue()[1]);
        }
        Map<String, String> m = parsed.fields;
        try {
            return new Backup(backup, m.get("station"), m.get("database"), Instant.parse(m.get("created")),
                    m.get("appVersion"), m.get("schemaVersion"), Long.parseLong(m.get("auditSeq")), m.get("auditHash"),
                    parsed.files.size(), bytes);
        } catch (RuntimeException e) {
            throw new BackupException(Problem.MANIFEST_FORGED, backup, e); // signed but unreadable: not ours
        }
    }

    private static Map<String, String[]> sizes(Path folder) throws IOException {
        Map<String, String[]> files = new TreeMap<>();
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String relative = folder.relativize(file).toString().replace('\\', '/');
                if (!relative.equals(DatabaseBackups.MANIFEST) && !relative.startsWith(DatabaseBackups.MANIFEST + ".")) {
                    files.put(relative, new String[] {"", attrs.isRegularFile() ? Long.toString(attrs.size()) : "-1"});
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return files;
    }

    private static String readText(Path backup) throws BackupException {
        Path file = backup.resolve(DatabaseBackups.MANIFEST);
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) > 16 * 1024 * 1024) {
                throw new BackupException(Problem.NO_MANIFEST, backup, null);
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new BackupException(Problem.NO_MANIFEST, backup, e);
        } catch (IOException e) {
            throw new BackupException(Problem.NO_MANIFEST, backup, e); // unreadable or not UTF-8
        }
    }

    private record Parsed(Map<String, String> fields, Map<String, String[]> files, int signatureAt, String signature) {
    }

    private static Parsed parse(Path backup, String text) throws BackupException {
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, String[]> files = new TreeMap<>();
        int at = 0;
        while (at < text.length()) {
            int end = text.indexOf('\n', at);
            if (end < 0) {
                break; // a last line without its newline: the write did not finish
            }
            String line = text.substring(at, end);
            if (line.startsWith(SIGNATURE)) {
                if (end + 1 != text.length() || !FORMAT.equals(fields.get("format"))
                        || !fields.keySet().containsAll(java.util.List.of("station", "database", "created",
                        "appVersion", "schemaVersion", "auditSeq", "auditHash"))) {
                    break;
                }
                return new Parsed(fields, files, at, line.substring(SIGNATURE.length()));
            }
            if (line.startsWith("file\t")) {
                String[] parts = line.split("\t", 4);
                if (parts.length != 4) {
                    break;
                }
                files.put(parts[3], new String[] {parts[1], parts[2]});
            } else {
                int eq = line.indexOf('=');
                if (eq <= 0) {
                    break;
                }
                fields.put(line.substring(0, eq), line.substring(eq + 1));
            }
            at = end + 1;
        }
        throw new BackupException(Problem.MANIFEST_FORGED, backup, null);
    }

    private static String mac(byte[] key, byte[] content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(content));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java 17 runtime", e);
        }
    }
}

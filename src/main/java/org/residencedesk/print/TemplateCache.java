package org.residencedesk.print;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.engine.util.JRSaver;
import org.residencedesk.port.printing.DocumentType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compiles the .jrxml templates from the classpath folder {@code print-templates/} once per process
 * and, when a cache directory is given, keeps the compiled .jasper files there keyed by a hash of
 * the template source, so a restart does not compile again (compiling costs ~0.5-1 s per template).
 */
public final class TemplateCache {

    static final String TEMPLATE_FOLDER = "print-templates/";
    private static final Logger LOG = LoggerFactory.getLogger(TemplateCache.class);

    private final Map<DocumentType, JasperReport> compiled = new ConcurrentHashMap<>();
    private final Path diskCache;

    /** @param diskCache directory for compiled templates, or {@code null} for memory only */
    public TemplateCache(Path diskCache) {
        this.diskCache = diskCache;
    }

    public JasperReport get(DocumentType type) throws JRException {
        JasperReport report = compiled.get(type);
        if (report == null) {
            report = load(type);
            compiled.put(type, report);
        }
        return report;
    }

    private JasperReport load(DocumentType type) throws JRException {
        byte[] source = readTemplate(type);
        Optional<Path> cached = cachedFile(type, source);
        if (cached.isPresent() && Files.isRegularFile(cached.get())) {
            try {
                return (JasperReport) JRLoader.loadObject(cached.get().toFile());
            } catch (JRException | ClassCastException e) {
                LOG.warn("Ignoring unreadable compiled template {}: {}", cached.get(), e.toString());
            }
        }
        long start = System.nanoTime();
        JasperReport report = JasperCompileManager.compileReport(new java.io.ByteArrayInputStream(source));
        LOG.debug("Compiled template {} in {} ms", type.templateId(), (System.nanoTime() - start) / 1_000_000);
        if (cached.isPresent()) {
            store(report, cached.get());
        }
        return report;
    }

    private static void store(JasperReport report, Path file) {
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), "template", ".tmp");
            JRSaver.saveObject(report, temp.toFile());
            Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | JRException e) {
            // The cache only saves time: a read-only data folder must not stop printing.
            LOG.warn("Could not cache compiled template {}: {}", file, e.toString());
        }
    }

    private Optional<Path> cachedFile(DocumentType type, byte[] source) {
        if (diskCache == null) {
            return Optional.empty();
        }
        return Optional.of(diskCache.resolve(type.templateId() + "-" + sha256(source).substring(0, 16) + ".jasper"));
    }

    static byte[] readTemplate(DocumentType type) throws JRException {
        String resource = TEMPLATE_FOLDER + type.templateId() + ".jrxml";
        try (InputStream in = TemplateCache.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new JRException("Template not on classpath: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new JRException("Cannot read template " + resource, e);
        }
    }

    private static String sha256(byte[] data) {
        try {
            // The Jasper version is part of the key: .jasper files are not portable across versions.
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(Long.toString(net.sf.jasperreports.engine.JRConstants.SERIAL_VERSION_UID).getBytes());
            return HexFormat.of().formatHex(digest.digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}

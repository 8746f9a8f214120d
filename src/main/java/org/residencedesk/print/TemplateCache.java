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

    private static net.sf.jasperreports.engine.JasperReportsContext compileContext;
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
        JasperReport report = JasperCompileManager.getInstance(compileContext())
                .compile(new java.io.ByteArrayInputStream(source));
        LOG.debug("Compiled template {} in {} ms", type.templateId(), (System.nanoTime() - start) / 1_000_000);
        if (cached.isPresent()) {
            store(report, cached.get());
        }
        return report;
    }

    /**
     * Jasper's Java compiler writes each template's source as {@code <name>_<digest>.java} into its temp folder (the
     * system's by default) and deletes it afterwards: two processes compiling the same template at the same moment — the
     * window and a command, or two test JVMs — removed each other's file and one compile failed. Each process
     * compiles in a private folder of its own (owner-only, removed at exit).
     */
    private static synchronized net.sf.jasperreports.engine.JasperReportsContext compileContext() throws JRException {
        if (compileContext == null) {
            try {
                Path dir;
                try {
                    dir = Files.createTempDirectory("residence-desk-templates",
                            java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                                    java.nio.file.attribute.PosixFilePermissions.fromString("rwx------")));
                } catch (UnsupportedOperationException notPosix) { // Windows: the user's own temp folder
                    dir = Files.createTempDirectory("residence-desk-templates");
                }
                dir.toFile().deleteOnExit();
                net.sf.jasperreports.engine.SimpleJasperReportsContext context =
                        new net.sf.jasperreports.engine.SimpleJasperReportsContext();
                context.setProperty(net.sf.jasperreports.engine.design.JRCompiler.COMPILER_TEMP_DIR, dir.toString());
                compileContext = context;
            } catch (IOException e) {
                throw new JRException("no private folder to compile templates in", e);
            }
        }
        return compileContext;
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

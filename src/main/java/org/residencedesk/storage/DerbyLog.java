package org.residencedesk.storage;

import java.io.Writer;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Derby's error stream, routed into the application log instead of a {@code derby.log} file in the data
 * folder (docs/decisions/0133). Derby writes statement texts with their parameter values and, on corruption,
 * page dumps; those lines are dropped, and any run of six or more digits left in a line (ID numbers, phone
 * numbers) is masked, so the log never holds personal data from the database.
 */
public final class DerbyLog {
    /** The value of {@code derby.stream.error.method}. */
    public static final String METHOD = DerbyLog.class.getName() + ".stream";
    private static final Logger LOG = LoggerFactory.getLogger("org.apache.derby");
    private static final Pattern DROPPED = Pattern.compile(
            "(?i).*(parameter #|failed statement|statement is:|page\\(|slot table|record id|\\bdump\\b).*");
    private static final Pattern LONG_HEX = Pattern.compile(".*[0-9a-fA-F ]{48,}.*");
    private static final Pattern DIGITS = Pattern.compile("\\d{6,}[\\dXx]?");

    private DerbyLog() {
    }

    /** Called once by Derby at boot (by name, through the system property). */
    public static Writer stream() {
        return new LineWriter();
    }

    /**
     * Sets Derby's system properties; must run before the first Derby boot in this JVM. A
     * {@code derby.stream.error.file} given explicitly on the command line (a diagnosis on a copy of the data,
     * bench/README.md) is honoured with a warning; nothing in the application sets it.
     */
    static void install() {
        if (System.getProperty("derby.stream.error.file") != null) {
            LOG.warn("derby.stream.error.file is set: Derby writes an unfiltered log file of its own");
        } else {
            System.setProperty("derby.stream.error.method", METHOD);
            System.clearProperty("derby.stream.error.field");
        }
        // Severe errors only (database and system severity): no session-level statement dumps.
        setIfAbsent("derby.stream.error.logSeverityLevel", "45000");
        setIfAbsent("derby.language.logStatementText", "false");
        setIfAbsent("derby.language.logQueryPlan", "false");
    }

    private static void setIfAbsent(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }

    /** The line as it may be logged, or null when it must not be logged at all. */
    static String filter(String line) {
        if (DROPPED.matcher(line).matches() || LONG_HEX.matcher(line).matches()) {
            return null;
        }
        return DIGITS.matcher(line).replaceAll("######");
    }

    private static final class LineWriter extends Writer {
        private final StringBuilder line = new StringBuilder();

        @Override
        public synchronized void write(char[] cbuf, int off, int len) {
            for (int i = off; i < off + len; i++) {
                char c = cbuf[i];
                if (c == '\n') {
                    emit();
                } else if (c != '\r') {
                    line.append(c);
                }
            }
        }

        private void emit() {
            String text = filter(line.toString());
            line.setLength(0);
            if (text == null || text.isBlank()) {
                return;
            }
            if (text.contains("ERROR") || text.contains("Exception")) {
                LOG.warn("{}", text);
            } else {
                LOG.info("{}", text);
            }
        }

        @Override
        public synchronized void flush() {
            if (line.length() > 0) {
                emit();
            }
        }

        @Override
        public void close() {
            flush();
        }
    }
}

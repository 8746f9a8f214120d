package org.residencedesk.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.status.NopStatusListener;
import ch.qos.logback.core.util.FileSize;
import org.slf4j.Logger;

/**
 * The product's logging, set up in code (ADR 0377) instead of by Logback's XML reader, which cost a cold start about
 * 300 ms before the first window: found by Logback through {@code META-INF/services}, ahead of its own XML lookup.
 * <p>
 * What it sets up (ADR 0137, 0254): the application log {@code residence-desk.log} in {@code residencedesk.logdir}
 * (the data folder's {@code logs/}, set by {@link Main}; else the temp folder), rolled daily and at 10 MB, 30 days,
 * 300 MB in all; operational events only, never personal data; root WARN, {@code org.residencedesk} INFO, Hibernate
 * and Flyway WARN, Flyway's database banner ERROR. Logback's own status messages never reach stdout or stderr (a
 * status listener is registered: Logback then prints none).
 * <p>
 * It steps aside (Logback's XML reader runs as before) when {@code -Dlogback.configurationFile} is given or a
 * {@code logback-test.xml} is on the class path (the tests' configuration), unless
 * {@code -Dresidencedesk.logging=product} asks for the product's set-up all the same (tests of the product's logs).
 */
public final class ProductLogging extends ContextAwareBase implements Configurator {
    /** {@code -Dresidencedesk.logging=product}: the product's set-up even beside a logback-test.xml. */
    public static final String PROPERTY = "residencedesk.logging";
    static final String PATTERN = "%d{yyyy-MM-dd HH:mm:ss.SSS} [%thread] %-5level %logger{36} - %msg%n";

    public ProductLogging() {
        // found by java.util.ServiceLoader
    }

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        boolean forced = "product".equals(System.getProperty(PROPERTY));
        if (!forced && (System.getProperty("logback.configurationFile") != null
                || ProductLogging.class.getClassLoader().getResource("logback-test.xml") != null)) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        apply(context);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** Replaces whatever {@code context} holds by the product's set-up (also for tests of the product's log). */
    public static void apply(LoggerContext context) {
        context.reset();
        context.getStatusManager().add(new NopStatusListener());
        String dir = System.getProperty("residencedesk.logdir",
                System.getProperty("java.io.tmpdir") + "/residence-desk-logs");

        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();

        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setName("FILE");
        file.setFile(dir + "/residence-desk.log");
        file.setEncoder(encoder);
        SizeAndTimeBasedRollingPolicy<ILoggingEvent> rolling = new SizeAndTimeBasedRollingPolicy<>();
        rolling.setContext(context);
        rolling.setParent(file);
        rolling.setFileNamePattern(dir + "/residence-desk.%d{yyyy-MM-dd}.%i.log");
        rolling.setMaxFileSize(FileSize.valueOf("10MB"));
        rolling.setMaxHistory(30);
        rolling.setTotalSizeCap(FileSize.valueOf("300MB"));
        rolling.start();
        file.setRollingPolicy(rolling);
        file.start();

        context.getLogger("org.hibernate").setLevel(Level.WARN);
        context.getLogger("org.flywaydb").setLevel(Level.WARN);
        context.getLogger("org.flywaydb.core.internal.database.base.Database").setLevel(Level.ERROR);
        context.getLogger("org.residencedesk").setLevel(Level.INFO);
        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(file);
    }
}

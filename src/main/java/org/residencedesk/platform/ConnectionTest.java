package org.residencedesk.platform;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocket;
import org.residencedesk.port.platform.ConnectionReport;
import org.residencedesk.port.platform.ConnectionReport.Check;
import org.residencedesk.port.platform.ConnectionReport.Step;
import org.residencedesk.port.platform.PlatformRefused;
import org.residencedesk.port.platform.PlatformSettings;
import org.residencedesk.port.platform.PlatformUnavailable;

/**
 * 连接测试 (ADR 0272): the settings, then DNS and TCP, then the server's certificate (a TLS handshake with the
 * station's context), then a real request ({@code GET /api/v1/time}) that only succeeds when the platform accepted
 * the station's certificate, then the clock. Each step says in Chinese what works or what to check; the steps after
 * the first failure are not tried. Short timeouts: the whole test ends within about 20 seconds.
 */
final class ConnectionTest {
    /** PLATFORM-API.md §5: a warning beyond five minutes. */
    static final Duration MAX_SKEW = Duration.ofMinutes(5);
    private static final int CONNECT_MILLIS = 3000;

    private final Path dataDir;
    private final Clock clock;
    private final String clientVersion;

    ConnectionTest(Path dataDir, Clock clock, String clientVersion) {
        this.dataDir = dataDir;
        this.clock = clock;
        this.clientVersion = clientVersion;
    }

    ConnectionReport run(PlatformSettings settings, String stationCode) {
        List<Step> steps = new ArrayList<>();
        PlatformConfig config;
        try {
            config = PlatformSettingsFile.config(dataDir, settings);
            steps.add(pass(Check.CONFIGURATION, "sync.check.configuration.ok"));
        } catch (PlatformConfig.Refused e) {
            steps.add(new Step(Check.CONFIGURATION, false, e.getMessage()));
            return new ConnectionReport(steps, Optional.empty());
        }
        URI url = config.url();
        int port = url.getPort() >= 0 ? url.getPort() : config.plainHttp() ? 80 : 443;
        String where = url.getHost() + ":" + port;
        InetAddress address;
        try {
            address = InetAddress.getByName(url.getHost());
        } catch (UnknownHostException e) {
            steps.add(fail(Check.NETWORK, "sync.check.network.dns", url.getHost()));
            return new ConnectionReport(steps, Optional.empty());
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), CONNECT_MILLIS);
            steps.add(pass(Check.NETWORK, "sync.check.network.ok", where, address.getHostAddress()));
        } catch (IOException e) {
            steps.add(fail(Check.NETWORK, "sync.check.network.tcp", where, address.getHostAddress()));
            return new ConnectionReport(steps, Optional.empty());
        }
        if (!config.plainHttp()) {
            Optional<Step> server = serverCertificate(config, address, port);
            if (server.isPresent()) {
                steps.add(server.get());
                return new ConnectionReport(steps, Optional.empty());
            }
            steps.add(pass(Check.SERVER_CERTIFICATE, "sync.check.server.ok"));
        }
        OffsetDateTime platformNow;
        Instant before = clock.instant();
        try {
            platformNow = HttpPlatformClient.of(config, stationCode, clientVersion, Duration.ofSeconds(3),
                    Duration.ofSeconds(10)).time();
        } catch (PlatformConfig.Refused e) {
            steps.add(new Step(Check.CONFIGURATION, false, e.getMessage()));
            return new ConnectionReport(steps, Optional.empty());
        } catch (PlatformRefused e) {
            steps.add(new Step(Check.CLIENT_CERTIFICATE, false, e.getMessage()));
            return new ConnectionReport(steps, Optional.empty());
        } catch (PlatformUnavailable e) {
            steps.add(new Step(Check.CLIENT_CERTIFICATE, false, e.getMessage()));
            return new ConnectionReport(steps, Optional.empty());
        }
        Instant after = clock.instant();
        steps.add(pass(Check.CLIENT_CERTIFICATE, config.plainHttp() ? "sync.check.client.plain"
                : "sync.check.client.ok"));
        Instant middle = before.plus(Duration.between(before, after).dividedBy(2));
        Duration skew = Duration.between(middle, platformNow.toInstant());
        steps.add(clockStep(skew));
        return new ConnectionReport(steps, Optional.of(skew));
    }

    static Step clockStep(Duration skew) {
        Duration off = skew.abs();
        if (off.compareTo(MAX_SKEW) > 0) {
            return fail(Check.CLOCK, skew.isNegative() ? "sync.check.clock.ahead" : "sync.check.clock.behind",
                    off.toMinutes());
        }
        return pass(Check.CLOCK, "sync.check.clock.ok", off.toSeconds());
    }

    /** A handshake with the station's context: empty when the server's certificate is the province's. */
    private static Optional<Step> serverCertificate(PlatformConfig config, InetAddress address, int port) {
        SSLContext tls;
        try {
            tls = PlatformTls.context(config);
        } catch (PlatformConfig.Refused e) {
            return Optional.of(new Step(Check.CONFIGURATION, false, e.getMessage()));
        }
        try (SSLSocket socket = (SSLSocket) tls.getSocketFactory().createSocket()) {
            socket.connect(new InetSocketAddress(address, port), CONNECT_MILLIS);
            socket.setSoTimeout(CONNECT_MILLIS);
            socket.startHandshake();
            return Optional.empty();
        } catch (SSLException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof CertificateException || String.valueOf(t.getMessage()).contains("PKIX")) {
                    return Optional.of(new Step(Check.SERVER_CERTIFICATE, false,
                            PlatformMessages.get("platformError.serverCertificate")));
                }
            }
            // TLS 1.2: the server's certificate was checked before ours; the request below tells the rest
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(new Step(Check.SERVER_CERTIFICATE, false,
                    PlatformMessages.get("sync.check.server.noHandshake", address.getHostAddress() + ":" + port)));
        }
    }

    private static Step pass(Check check, String key, Object... args) {
        return new Step(check, true, PlatformMessages.get(key, args));
    }

    private static Step fail(Check check, String key, Object... args) {
        return new Step(check, false, PlatformMessages.get(key, args));
    }
}

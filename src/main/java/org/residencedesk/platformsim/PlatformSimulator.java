package org.residencedesk.platformsim;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManagerFactory;

/**
 * A provincial platform for tests and demonstrations (issue 13 item 6, ADR 0200): every endpoint of
 * PLATFORM-API.md 1.1 on the JDK's {@code com.sun.net.httpserver} — over HTTPS with the client certificate required,
 * or plain HTTP for loopback tests — with persistent state in a folder ({@link SimulatorState}) and fault injection
 * ({@link Faults}). Run it with {@code java -cp residence-desk.jar org.residencedesk.platformsim.PlatformSimulator
 * --help}; tests start it in-process with {@link #start}. No product code may depend on this package
 * (ArchitectureTest).
 */
public final class PlatformSimulator implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService executor;
    private final SimulatorHandler handler;
    private final SimulatorState state;
    private final Faults faults;
    private final boolean https;

    private PlatformSimulator(HttpServer server, ExecutorService executor, SimulatorHandler handler,
                              SimulatorState state, Faults faults, boolean https) {
        this.server = server;
        this.executor = executor;
        this.handler = handler;
        this.state = state;
        this.faults = faults;
        this.https = https;
    }

    /**
     * Starts on {@code 127.0.0.1:port} (0: any free port). With {@code tls} null it speaks plain HTTP; otherwise
     * HTTPS with that server context, and every client must present a certificate its trust managers accept.
     */
    public static PlatformSimulator start(Path stateFolder, int port, SSLContext tls, Faults faults, Path inboxFeed,
                                          Clock clock) {
        return start("127.0.0.1", stateFolder, port, tls, faults, inboxFeed, clock);
    }

    public static PlatformSimulator start(String host, Path stateFolder, int port, SSLContext tls, Faults faults,
                                          Path inboxFeed, Clock clock) {
        SimulatorState state = new SimulatorState(stateFolder);
        SimulatorHandler handler = new SimulatorHandler(state, faults, inboxFeed, clock);
        try {
            InetSocketAddress address = new InetSocketAddress(host, port);
            HttpServer server;
            if (tls == null) {
                server = HttpServer.create(address, 50);
            } else {
                HttpsServer secure = HttpsServer.create(address, 50);
                secure.setHttpsConfigurator(new HttpsConfigurator(tls) {
                    @Override
                    public void configure(HttpsParameters params) {
                        SSLParameters p = tls.getDefaultSSLParameters();
                        p.setNeedClientAuth(true);
                        p.setProtocols(new String[] {"TLSv1.3", "TLSv1.2"});
                        params.setSSLParameters(p);
                    }
                });
                server = secure;
            }
            ExecutorService executor = Executors.newFixedThreadPool(8, r -> {
                Thread t = new Thread(r, "platform-simulator");
                t.setDaemon(true);
                return t;
            });
            server.setExecutor(executor);
            server.createContext("/", handler);
            server.start();
            return new PlatformSimulator(server, executor, handler, state, faults, tls != null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The base URL, e.g. {@code https://127.0.0.1:40123/}. */
    public URI url() {
        InetSocketAddress a = server.getAddress();
        return URI.create((https ? "https" : "http") + "://" + a.getHostString() + ":" + a.getPort() + "/");
    }

    public SimulatorState state() {
        return state;
    }

    public Faults faults() {
        return faults;
    }

    /** Requests seen so far. */
    public long requests() {
        return handler.requests.get();
    }

    /** The most requests that were in flight at once. */
    public long maxInFlight() {
        return handler.maxInFlight.get();
    }

    /** The (lower-case) headers of the latest request. */
    public Map<String, String> lastHeaders() {
        return handler.lastHeaders;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    /** A server TLS context from PKCS#12 files: the server's key and certificate, the CA(s) clients must come from. */
    public static SSLContext serverTls(Path keystore, char[] password, Path truststore) {
        try {
            KeyStore keys = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(keystore)) {
                keys.load(in, password);
            }
            KeyStore trust = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(truststore)) {
                trust.load(in, password);
            }
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(keys, password);
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    // ---- command line ----

    @SuppressWarnings("java:S106") // a command-line tool: its help and its address go to the terminal
    public static void main(String[] args) throws InterruptedException {
        Options o;
        try {
            o = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(SimulatorText.get("platformsim.badOption", e.getMessage()));
            System.err.println(SimulatorText.get("platformsim.usage"));
            System.exit(2);
            return;
        }
        if (o.help) {
            System.out.println(SimulatorText.get("platformsim.usage"));
            return;
        }
        SSLContext tls = null;
        if (!o.http) {
            char[] password;
            try {
                password = Files.readAllLines(o.keystorePasswordFile, StandardCharsets.UTF_8).get(0).strip()
                        .toCharArray();
                tls = serverTls(o.keystore, password, o.truststore);
            } catch (IOException | RuntimeException e) {
                System.err.println(SimulatorText.get("platformsim.badOption", "--keystore / --truststore"));
                System.exit(2);
                return;
            }
        }
        Faults faults = new Faults(o.seed).refusePercent(o.refusePercent).retryAfterSeconds(o.retryAfter)
                .slowMillis(o.slowMillis).dropAfterStorePercent(o.dropPercent).rejectType(o.rejectType);
        PlatformSimulator sim = start(o.host, o.state, o.port, tls, faults, o.inboxFeed, Clock.systemDefaultZone());
        System.out.println(SimulatorText.get("platformsim.started", sim.url(), o.state));
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sim.close();
            stop.countDown();
        }));
        stop.await();
    }

    /** The flags of {@link #main}. */
    static final class Options {
        Path state;
        String host = "127.0.0.1";
        int port = 8443;
        boolean http;
        boolean help;
        Path keystore;
        Path keystorePasswordFile;
        Path truststore;
        int refusePercent;
        int retryAfter = 1;
        long slowMillis;
        int dropPercent;
        String rejectType;
        Path inboxFeed;
        long seed = 1;

        static Options parse(String[] args) {
            Options o = new Options();
            List<String> rest = new ArrayList<>(List.of(args));
            while (!rest.isEmpty()) {
                String flag = rest.remove(0);
                switch (flag) {
                    case "--help", "-h" -> o.help = true;
                    case "--http" -> o.http = true;
                    case "--state" -> o.state = Path.of(value(rest, flag));
                    case "--host" -> o.host = value(rest, flag);
                    case "--port" -> o.port = number(rest, flag);
                    case "--keystore" -> o.keystore = Path.of(value(rest, flag));
                    case "--keystore-password-file" -> o.keystorePasswordFile = Path.of(value(rest, flag));
                    case "--truststore" -> o.truststore = Path.of(value(rest, flag));
                    case "--refuse-percent" -> o.refusePercent = number(rest, flag);
                    case "--retry-after" -> o.retryAfter = number(rest, flag);
                    case "--slow-millis" -> o.slowMillis = number(rest, flag);
                    case "--drop-percent" -> o.dropPercent = number(rest, flag);
                    case "--reject-type" -> o.rejectType = value(rest, flag);
                    case "--inbox-feed" -> o.inboxFeed = Path.of(value(rest, flag));
                    case "--seed" -> o.seed = number(rest, flag);
                    default -> throw new IllegalArgumentException(flag);
                }
            }
            if (!o.help && o.state == null) {
                throw new IllegalArgumentException("--state");
            }
            if (!o.help && !o.http && (o.keystore == null || o.keystorePasswordFile == null || o.truststore == null)) {
                throw new IllegalArgumentException("--keystore --keystore-password-file --truststore");
            }
            return o;
        }

        private static String value(List<String> rest, String flag) {
            if (rest.isEmpty()) {
                throw new IllegalArgumentException(flag);
            }
            return rest.remove(0);
        }

        private static int number(List<String> rest, String flag) {
            try {
                return Integer.parseInt(value(rest, flag));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(flag);
            }
        }
    }
}

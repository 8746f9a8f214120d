package org.residencedesk.platform;

import java.io.IOException;
import java.net.URI;
import java.security.cert.CertificateException;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import org.residencedesk.port.platform.PlatformUnavailable;

/**
 * An I/O failure told apart (ADR 0201): the server's certificate is not the province's (the client's PKIX check
 * failed), the platform refused the station's certificate (it sent a fatal certificate alert), or the
 * connection failed (retry). TLS failures are {@code PlatformRefused}: retrying does not help.
 */
final class TransportFailures {
    private TransportFailures() {
    }

    static PlatformUnavailable classify(IOException e, URI base, javax.net.ssl.SSLContext tls)
            throws org.residencedesk.port.platform.PlatformRefused {
        PlatformUnavailable unavailable = classify(e, base);
        if (tls != null && "https".equalsIgnoreCase(base.getScheme()) && refusesOurCertificate(base, tls)) {
            throw tls("platformError.clientCertificate", e);
        }
        return unavailable;
    }

    /**
     * With TLS 1.3 the client finishes its handshake before the server checks the client certificate, so a refused
     * certificate reaches {@code HttpClient} only as a closed connection. One probe tells: a fresh handshake, then a
     * short read — a refusing server sends its fatal certificate alert, an accepting one waits for a request.
     */
    static boolean refusesOurCertificate(URI base, javax.net.ssl.SSLContext tls) {
        int port = base.getPort() < 0 ? 443 : base.getPort();
        try (javax.net.ssl.SSLSocket socket = (javax.net.ssl.SSLSocket) tls.getSocketFactory().createSocket()) {
            try {
                socket.connect(new java.net.InetSocketAddress(base.getHost(), port), 3000);
                socket.setSoTimeout(2000);
                socket.startHandshake();
            } catch (SSLException e) {
                return certificateAlert(e);
            } catch (IOException e) {
                return false; // offline: not a certificate matter
            }
            try {
                // a server that accepted us waits for the request; one that refused us closes at once
                return socket.getInputStream().read() < 0;
            } catch (java.net.SocketTimeoutException e) {
                return false;
            } catch (IOException e) {
                return e instanceof SSLException ? certificateAlert((SSLException) e)
                        : e instanceof java.net.SocketException;
            }
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean certificateAlert(SSLException e) {
        String message = String.valueOf(e.getMessage());
        return message.contains("fatal alert") && (message.contains("certificate")
                || message.contains("handshake_failure"));
    }

    static PlatformUnavailable classify(IOException e, URI base) throws org.residencedesk.port.platform.PlatformRefused {
        boolean ssl = false;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CertificateException || String.valueOf(t.getMessage()).contains("PKIX")) {
                throw tls("platformError.serverCertificate", e);
            }
            String message = String.valueOf(t.getMessage());
            if (t instanceof SSLException && message.contains("fatal alert")
                    && (message.contains("certificate") || message.contains("handshake_failure"))) {
                throw tls("platformError.clientCertificate", e);
            }
            ssl |= t instanceof SSLHandshakeException;
        }
        if (ssl) {
            throw tls("platformError.clientCertificate", e);
        }
        return new PlatformUnavailable(PlatformUnavailable.Kind.CONNECTION,
                PlatformMessages.get("platformError.offline", base.getHost() + ":" + base.getPort()), null, e);
    }

    private static org.residencedesk.port.platform.PlatformRefused tls(String key, IOException e) {
        return new org.residencedesk.port.platform.PlatformRefused(
                org.residencedesk.port.platform.PlatformRefused.Kind.TLS, PlatformMessages.get(key), e);
    }
}

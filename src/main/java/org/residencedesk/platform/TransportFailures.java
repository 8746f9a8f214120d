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

    static PlatformUnavailable classify(IOException e, URI base) throws org.residencedesk.port.platform.PlatformRefused {
        boolean ssl = false;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CertificateException || String.valueOf(t.getMessage()).contains("PKIX")) {
                throw tls("platform.error.serverCertificate", e);
            }
            String message = String.valueOf(t.getMessage());
            if (t instanceof SSLException && message.contains("fatal alert")
                    && (message.contains("certificate") || message.contains("handshake_failure"))) {
                throw tls("platform.error.clientCertificate", e);
            }
            ssl |= t instanceof SSLHandshakeException;
        }
        if (ssl) {
            throw tls("platform.error.clientCertificate", e);
        }
        return new PlatformUnavailable(PlatformUnavailable.Kind.CONNECTION,
                PlatformMessages.get("platform.error.offline", base.getHost() + ":" + base.getPort()), null, e);
    }

    private static org.residencedesk.port.platform.PlatformRefused tls(String key, IOException e) {
        return new org.residencedesk.port.platform.PlatformRefused(
                org.residencedesk.port.platform.PlatformRefused.Kind.TLS, PlatformMessages.get(key), e);
    }
}

package org.residencedesk.platformsim;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsExchange;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;

/**
 * The station a request's client certificate was issued to (ADR 0375): the subject's CN, which the province sets to
 * the 12-digit station code. Plain http (loopback tests) has no certificate.
 */
final class ClientCertificates {
    private ClientCertificates() {
    }

    /** The CN of the client certificate of {@code exchange}, or null over plain http or without a certificate. */
    static String stationOf(HttpExchange exchange) {
        if (!(exchange instanceof HttpsExchange secure)) {
            return null;
        }
        SSLSession session = secure.getSSLSession();
        if (session == null) {
            return null;
        }
        try {
            Certificate[] chain = session.getPeerCertificates();
            if (chain.length == 0 || !(chain[0] instanceof X509Certificate leaf)) {
                return null;
            }
            return commonName(leaf.getSubjectX500Principal().getName());
        } catch (SSLPeerUnverifiedException e) {
            return null; // the handshake demands a certificate: not reached with need-client-auth
        }
    }

    /** The (last) CN of an RFC 2253 name, or "" when it has none: a certificate without CN names no station. */
    static String commonName(String rfc2253) {
        try {
            String cn = "";
            for (Rdn rdn : new LdapName(rfc2253).getRdns()) {
                if (rdn.getType().equalsIgnoreCase("CN")) {
                    cn = String.valueOf(rdn.getValue());
                }
            }
            return cn;
        } catch (InvalidNameException e) {
            return "";
        }
    }
}

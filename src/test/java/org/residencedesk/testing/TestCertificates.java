package org.residencedesk.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import javax.net.ssl.SSLContext;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Test PKI generated with BouncyCastle (never checked in): a province CA with a server certificate for 127.0.0.1
 * and a station client certificate, written as PKCS#12 files with one password, plus a second, unrelated CA
 * for the "wrong certificate" cases.
 */
public final class TestCertificates {
    public static final String PASSWORD = "Pki#2026test";

    /** One CA and what it signed, as files in {@code folder}. */
    public record Pki(Path folder, Path caTruststore, Path serverKeystore, Path clientKeystore, Path passwordFile) {
        /** The server's TLS context: its certificate, and clients must come from {@code clientCa}'s truststore. */
        public SSLContext serverTls(Path clientCaTruststore) {
            return org.residencedesk.platformsim.PlatformSimulator.serverTls(serverKeystore, PASSWORD.toCharArray(),
                    clientCaTruststore);
        }
    }

    private TestCertificates() {
    }

    /**
     * A CA named {@code name} with a server certificate for 127.0.0.1/localhost and a client certificate for
     * {@code station}; each of {@code otherStations} gets its own client certificate of the same CA in
     * {@code station-<code>.p12} ({@link #clientKeystoreOf}), for tests where several stations talk to one platform.
     */
    public static Pki create(Path folder, String name, String station, String... otherStations) {
        try {
            Files.createDirectories(folder);
            KeyPair ca = keys();
            X509Certificate caCert = sign(new X500Name("CN=" + name + " CA"), ca, new X500Name("CN=" + name + " CA"),
                    ca, true, null);
            KeyPair server = keys();
            X509Certificate serverCert = sign(new X500Name("CN=" + name + " CA"), ca, new X500Name("CN=localhost"),
                    server, false, new GeneralNames(new GeneralName[] {
                            new GeneralName(GeneralName.iPAddress, "127.0.0.1"),
                            new GeneralName(GeneralName.dNSName, "localhost")}));
            KeyPair client = keys();
            X509Certificate clientCert = sign(new X500Name("CN=" + name + " CA"), ca, new X500Name("CN=" + station),
                    client, false, null);
            char[] pw = PASSWORD.toCharArray();
            Path trust = folder.resolve("truststore.p12");
            KeyStore t = KeyStore.getInstance("PKCS12");
            t.load(null, pw);
            t.setCertificateEntry("ca", caCert);
            store(t, trust, pw);
            Path serverFile = folder.resolve("server.p12");
            KeyStore s = KeyStore.getInstance("PKCS12");
            s.load(null, pw);
            s.setKeyEntry("server", server.getPrivate(), pw, new X509Certificate[] {serverCert, caCert});
            store(s, serverFile, pw);
            Path clientFile = folder.resolve("station.p12");
            KeyStore c = KeyStore.getInstance("PKCS12");
            c.load(null, pw);
            c.setKeyEntry("station", client.getPrivate(), pw, new X509Certificate[] {clientCert, caCert});
            store(c, clientFile, pw);
            for (String other : otherStations) {
                KeyPair otherKeys = keys();
                X509Certificate otherCert = sign(new X500Name("CN=" + name + " CA"), ca, new X500Name("CN=" + other),
                        otherKeys, false, null);
                KeyStore o = KeyStore.getInstance("PKCS12");
                o.load(null, pw);
                o.setKeyEntry("station", otherKeys.getPrivate(), pw, new X509Certificate[] {otherCert, caCert});
                store(o, clientKeystoreOf(folder, other), pw);
            }
            Path password = PasswordFiles.write(folder, "keystore-password", PASSWORD);
            return new Pki(folder, trust, serverFile, clientFile, password);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException | org.bouncycastle.operator.OperatorCreationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The client keystore {@link #create} wrote for one of its other stations. */
    public static Path clientKeystoreOf(Path folder, String station) {
        return folder.resolve("station-" + station + ".p12");
    }

    private static KeyPair keys() throws GeneralSecurityException {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(256);
        return g.generateKeyPair();
    }

    private static X509Certificate sign(X500Name issuer, KeyPair issuerKeys, X500Name subject, KeyPair subjectKeys,
                                        boolean ca, GeneralNames san)
            throws GeneralSecurityException, IOException, org.bouncycastle.operator.OperatorCreationException {
        Instant now = Instant.now();
        JcaX509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(issuer,
                BigInteger.valueOf(System.nanoTime()), Date.from(now.minus(1, ChronoUnit.DAYS)),
                Date.from(now.plus(30, ChronoUnit.DAYS)), subject, subjectKeys.getPublic());
        b.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
        if (san != null) {
            b.addExtension(Extension.subjectAlternativeName, false, san);
        }
        return new JcaX509CertificateConverter().getCertificate(
                b.build(new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKeys.getPrivate())));
    }

    private static void store(KeyStore k, Path file, char[] pw) throws IOException, GeneralSecurityException {
        try (OutputStream out = Files.newOutputStream(file)) {
            k.store(out, pw);
        }
    }
}

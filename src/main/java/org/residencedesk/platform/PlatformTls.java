package org.residencedesk.platform;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Arrays;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/** The station's TLS: its PKCS#12 client certificate and the province's CA, nothing else trusted. */
final class PlatformTls {
    private PlatformTls() {
    }

    static SSLContext context(PlatformConfig config) throws PlatformConfig.Refused {
        char[] password = PlatformConfig.readPassword(config.keystorePasswordFile());
        try {
            KeyStore keys = load(config.keystore(), password, "platformConfig.keystore");
            KeyStore trust;
            try {
                trust = load(config.truststore(), null, "platformConfig.truststore");
            } catch (PlatformConfig.Refused withoutPassword) {
                trust = load(config.truststore(), password, "platformConfig.truststore");
            }
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(keys, password);
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new PlatformConfig.Refused(PlatformConfig.KEYSTORE,
                    PlatformMessages.get("platformConfig.keystore", config.keystore()));
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private static KeyStore load(Path file, char[] password, String problemKey) throws PlatformConfig.Refused {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            if (password == null && store.size() == 0) {
                throw new IOException("empty without a password");
            }
            return store;
        } catch (IOException | GeneralSecurityException e) {
            throw new PlatformConfig.Refused(problemKey.endsWith("truststore") ? PlatformConfig.TRUSTSTORE
                    : PlatformConfig.KEYSTORE, PlatformMessages.get(problemKey, file));
        }
    }
}

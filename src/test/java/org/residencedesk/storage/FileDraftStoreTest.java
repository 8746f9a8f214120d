package org.residencedesk.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.port.StationSecret;
import org.residencedesk.testing.PlaintextScan;

/** Drafts on disk are sealed: readable with the station's key only, under their own name only. */
class FileDraftStoreTest {
    @TempDir
    Path dir;

    private static byte[] key(int seed) {
        byte[] secret = new byte[32];
        secret[0] = (byte) seed;
        return SecretDerivation.derive(new StationSecret(secret), "drafts");
    }

    @Test
    void aDraftRoundTripsAndIsNotReadableOnDisk() {
        FileDraftStore store = new FileDraftStore(dir, key(1));
        store.save("registration-new", "{\"name\":\"慕容雪松\",\"mobile\":\"13712345604\"}");

        assertThat(store.load("registration-new")).hasValue("{\"name\":\"慕容雪松\",\"mobile\":\"13712345604\"}");
        assertThat(PlaintextScan.findings(dir, List.of("慕容雪松", "13712345604", "name"))).isEmpty();
    }

    @Test
    void anotherKeyOrAnotherNameReadsNothing() throws Exception {
        new FileDraftStore(dir, key(1)).save("a", "{\"name\":\"慕容雪松\"}");
        assertThat(new FileDraftStore(dir, key(2)).load("a")).isEmpty();

        Files.copy(dir.resolve("a.json"), dir.resolve("b.json"));
        assertThat(new FileDraftStore(dir, key(1)).load("b")).as("a sealed draft renamed").isEmpty();

        byte[] bytes = Files.readAllBytes(dir.resolve("a.json"));
        bytes[bytes.length - 1] ^= 1;
        Files.write(dir.resolve("a.json"), bytes);
        assertThat(new FileDraftStore(dir, key(1)).load("a")).as("one bit changed").isEmpty();
    }

    @Test
    void aPlainDraftOfAnEarlierVersionIsSealedWhenTheStoreOpens() throws Exception {
        Files.writeString(dir.resolve("old.json"), "{\"name\":\"慕容雪松\"}", StandardCharsets.UTF_8);

        FileDraftStore store = new FileDraftStore(dir, key(1));

        assertThat(PlaintextScan.findings(dir, List.of("慕容雪松"))).isEmpty();
        assertThat(store.load("old")).hasValue("{\"name\":\"慕容雪松\"}");
    }
}

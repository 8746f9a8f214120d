package org.residencedesk.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.port.CommitWitness.Reading;
import org.residencedesk.port.CommitWitness.Status;
import org.residencedesk.port.CommitWitness.Witnessed;

/**
 * The commit witness file (docs/decisions/0363): two signed slots written alternately, the newest valid one counts; a
 * torn or forged slot leaves the other; a missing, unreadable or wholly forged file reads as such, never as a head.
 */
class FileCommitWitnessTest {
    static final String H1 = "1".repeat(64);
    static final String H2 = "2".repeat(64);
    static final String H3 = "3".repeat(64);

    @TempDir
    Path keys;

    private final byte[] key = filled(7);

    private static byte[] filled(int b) {
        byte[] k = new byte[32];
        Arrays.fill(k, (byte) b);
        return k;
    }

    private Path file() {
        return FileCommitWitness.fileFor(keys, "db-1");
    }

    private Reading readAgain() {
        return new FileCommitWitness(file(), key).read();
    }

    @Test
    void aMissingFileReadsAsMissing() {
        assertThat(readAgain()).isEqualTo(new Reading(Status.MISSING, Optional.empty()));
    }

    @Test
    void commitsAlternateBetweenTheTwoSlotsAndTheNewestCounts() throws Exception {
        try (FileCommitWitness w = new FileCommitWitness(file(), key)) {
            w.committed(1, H1);
            assertThat(Files.size(file())).isEqualTo(FileCommitWitness.SLOT); // slot 0 only
            w.committed(2, H2);
            w.committed(3, H3);
        }
        assertThat(Files.size(file())).isEqualTo(2L * FileCommitWitness.SLOT);
        String text = Files.readString(file(), StandardCharsets.US_ASCII);
        assertThat(text.substring(0, FileCommitWitness.SLOT)).startsWith("RDW1 0000000000000000003 " + H3 + " ");
        assertThat(text.substring(FileCommitWitness.SLOT)).startsWith("RDW1 0000000000000000002 " + H2 + " ");
        assertThat(readAgain()).isEqualTo(new Reading(Status.VALID, Optional.of(new Witnessed(3, H3))));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file()))).isEqualTo("rw-------");
    }

    @Test
    void theWitnessNeverMovesBackwardsAndAHeldOneNeverMoves() {
        try (FileCommitWitness w = new FileCommitWitness(file(), key)) {
            w.committed(5, H2);
            w.committed(4, H1); // a slower thread's older head
            assertThat(readAgain().witnessed()).contains(new Witnessed(5, H2));
            w.hold();
            w.committed(6, H3);
        }
        assertThat(readAgain().witnessed()).contains(new Witnessed(5, H2));
    }

    @Test
    void aTornSlotLeavesTheOtherSlotValid() throws Exception {
        try (FileCommitWitness w = new FileCommitWitness(file(), key)) {
            w.committed(1, H1);
            w.committed(2, H2);
        }
        try (RandomAccessFile f = new RandomAccessFile(file().toFile(), "rw")) {
            f.seek(FileCommitWitness.SLOT + 40); // the newer slot, half written
            f.write(new byte[60]);
        }
        assertThat(readAgain()).isEqualTo(new Reading(Status.VALID, Optional.of(new Witnessed(1, H1))));
        try (FileCommitWitness w = new FileCommitWitness(file(), key)) {
            w.read();
            w.committed(3, H3); // over the torn slot, not over the valid one
        }
        assertThat(readAgain().witnessed()).contains(new Witnessed(3, H3));
        Files.writeString(file(), Files.readString(file(), StandardCharsets.ISO_8859_1).substring(0, 100),
                StandardCharsets.ISO_8859_1); // both slots torn
        assertThat(readAgain()).isEqualTo(new Reading(Status.UNREADABLE, Optional.empty()));
    }

    @Test
    void aSlotSignedWithAnotherKeyOrEditedDoesNotCount() throws Exception {
        try (FileCommitWitness w = new FileCommitWitness(file(), key)) {
            w.reset(2, H2);
        }
        try (FileCommitWitness forger = new FileCommitWitness(file().resolveSibling("forged"), filled(9))) {
            forger.reset(9, H3);
        }
        byte[] forged = Files.readAllBytes(file().resolveSibling("forged"));
        byte[] mine = Files.readAllBytes(file());
        System.arraycopy(forged, 0, mine, 0, FileCommitWitness.SLOT); // a higher seq under the wrong key
        Files.write(file(), mine);
        assertThat(readAgain()).isEqualTo(new Reading(Status.VALID, Optional.of(new Witnessed(2, H2))));

        String edited = Files.readString(file(), StandardCharsets.US_ASCII).replace("RDW1 0000000000000000002",
                "RDW1 0000000000000000001"); // the seq changed, the mac kept
        Files.writeString(file(), edited, StandardCharsets.US_ASCII);
        assertThat(readAgain()).isEqualTo(new Reading(Status.UNREADABLE, Optional.empty()));
    }

    @Test
    void resetWritesBothSlotsAndReplacesAHigherHead() {
        try (FileCommitWitness w = new FileCommitWitness(file(), key)) {
            w.committed(8, H3);
            w.reset(3, H1); // a restore moves the head back legitimately
            w.committed(4, H2);
        }
        assertThat(readAgain().witnessed()).contains(new Witnessed(4, H2));
        FileCommitWitness.remove(keys, "db-1");
        assertThat(readAgain().status()).isEqualTo(Status.MISSING);
    }
}

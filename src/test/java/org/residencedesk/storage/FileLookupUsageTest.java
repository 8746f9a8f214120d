package org.residencedesk.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.domain.masterdata.UsageCounts;

/** This counter's look-up picks (ADR 0177): counted, kept owner-only beside the data, read back after a restart. */
class FileLookupUsageTest {
    @TempDir
    Path dataDir;

    @Test
    void picksAreCountedKeptOwnerOnlyAndReadBack() throws Exception {
        FileLookupUsage usage = new FileLookupUsage(dataDir);
        assertThat(usage.uses("education", "61")).isZero();
        usage.record(Map.of("education", List.of("61"), UsageCounts.DIVISIONS, List.of("420111002003"),
                "choice:declarant", List.of("guardian")));
        usage.record(Map.of("education", List.of("61", "21"), "sex", List.of("", " ")));

        FileLookupUsage restarted = new FileLookupUsage(dataDir);
        assertThat(restarted.uses("education", "61")).isEqualTo(2);
        assertThat(restarted.uses("education", "21")).isEqualTo(1);
        assertThat(restarted.uses(UsageCounts.DIVISIONS, "420111002003")).isEqualTo(1);
        assertThat(restarted.uses("choice:declarant", "guardian")).isEqualTo(1);
        assertThat(restarted.uses("sex", "")).as("blank values are not picks").isZero();
        assertThat(restarted.uses("occupation", "61")).as("counted per table").isZero();

        Path file = dataDir.resolve("settings").resolve("lookup-usage.properties");
        assertThat(restarted.file()).isEqualTo(file);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
    }

    @Test
    void anUnreadableFileCountsNothingAndIsReplacedOnTheNextPick() throws Exception {
        Path file = dataDir.resolve("settings").resolve("lookup-usage.properties");
        Files.createDirectories(file.getParent());
        Files.write(file, new byte[] {'e', 'd', '|', '6', '1', '=', 'x', '\n', (byte) 0xC3});
        FileLookupUsage usage = new FileLookupUsage(dataDir);
        assertThat(usage.uses("ed", "61")).isZero();
        usage.record(Map.of("education", List.of("61")));
        assertThat(new FileLookupUsage(dataDir).uses("education", "61")).isEqualTo(1);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("education|61=1").doesNotContain("20");
    }
}

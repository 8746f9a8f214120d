package org.residencedesk.masterdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every code table names its standard and version in forms/codes/manifest.yaml, and the manifest lists every table. */
class MasterDataManifestTest {
    private static final Path CODES = Path.of("forms", "codes");
    private static final MasterDataManifest MANIFEST = MasterDataManifest.fromClasspath(ClasspathMasterData.DEFAULT_MANIFEST);

    private static List<MasterDataManifest.TableEntry> listed() {
        List<MasterDataManifest.TableEntry> all = new ArrayList<>(MANIFEST.codeTables());
        all.addAll(MANIFEST.deviceTables());
        return all;
    }

    @Test
    void everyCsvIsListedAndEveryListedFileExists() throws IOException {
        List<String> onDisk;
        try (Stream<Path> files = Files.list(CODES)) {
            onDisk = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".csv")).sorted().toList();
        }
        assertThat(onDisk).isNotEmpty().contains("family-relationship.csv", "card-reader-status.csv");
        List<String> inManifest = listed().stream().map(MasterDataManifest.TableEntry::file).sorted().toList();
        assertThat(inManifest).doesNotHaveDuplicates().containsExactlyElementsOf(onDisk);
        assertThat(listed()).extracting(MasterDataManifest.TableEntry::name).doesNotHaveDuplicates();
    }

    @Test
    void everyTableNamesItsStandardAndVersion() {
        assertThat(listed()).isNotEmpty().allSatisfy(t -> {
            assertThat(t.standard()).as(t.file()).isNotBlank();
            assertThat(t.version()).as(t.file()).isPositive();
        });
    }

    /** A table whose rows carry a {@code standard} column agrees with the manifest about it. */
    @Test
    void rowStandardsAppearInTheManifestStandard() {
        for (MasterDataManifest.TableEntry t : listed()) {
            CsvTable csv = CsvTable.fromClasspath("forms/codes/" + t.file());
            if (!csv.hasColumn("standard")) continue;
            int col = csv.column("standard");
            for (String[] row : csv.rows()) {
                assertThat(t.standard()).as(t.file()).contains(CsvTable.cell(row, col));
            }
        }
    }
}

package org.residencedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.residencedesk.cli.export.ExportSubject;

/** Every key the bulk commands use exists in {@code i18n.cli}, and the bundle holds no unused key. */
class CliBundleTest {
    @Test
    void bundleKeysAreExactlyTheUsedOnes() throws IOException {
        Set<String> used = new HashSet<>();
        for (ExportSubject s : ExportSubject.values()) used.add("export.subject." + s.name());
        Pattern literal = Pattern.compile("\"((?:demoData|export|cli)\\.[a-zA-Z]+)\"");
        // app.Main reports unexpected command failures with a key of this bundle too
        try (Stream<Path> sources = Stream.concat(Files.walk(Path.of("src/main/java/org/residencedesk/cli")),
                Stream.of(Path.of("src/main/java/org/residencedesk/app/Main.java")))) {
            for (Path p : sources.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(p));
                while (m.find()) used.add(m.group(1));
            }
        }
        ResourceBundle bundle = ResourceBundle.getBundle("i18n.cli", Locale.SIMPLIFIED_CHINESE);

        assertThat(bundle.keySet()).containsExactlyInAnyOrderElementsOf(used);
    }

    @Test
    void thePageCacheForABulkLoadFitsInAQuarterOfTheHeap() {
        assertThat(BulkLoadTuning.pageCachePages(6L << 30)).isEqualTo(BulkLoadTuning.MAX_PAGE_CACHE_PAGES);
        assertThat(BulkLoadTuning.pageCachePages(512L << 20)).isEqualTo(4_096);
        assertThat(BulkLoadTuning.pageCachePages(64L << 20)).isEqualTo(1_000);
    }
}

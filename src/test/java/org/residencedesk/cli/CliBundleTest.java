package org.residencedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.residencedesk.service.export.ExportSubject;

/**
 * Every key the headless commands use exists in {@code i18n.cli}, and the bundle holds no unused key:
 * message keys in code, {@code ${bundle:...}} and {@code descriptionKey} in the picocli annotations, and
 * the keys picocli itself looks up (usage headings, the standard help options).
 */
class CliBundleTest {
    /** Looked up by picocli under these names for every command that names the bundle. */
    static final List<String> PICOCLI_KEYS = List.of("usage.synopsisHeading", "usage.optionListHeading",
            "usage.parameterListHeading", "usage.commandListHeading", "usage.footerHeading",
            "mixinStandardHelpOptions.help", "mixinStandardHelpOptions.version");
    /** Where keys of this bundle are used: the commands, the demo-data service's refusals, app.Main. */
    static final List<Path> SOURCES = List.of(Path.of("src/main/java/org/residencedesk/cli"),
            Path.of("src/main/java/org/residencedesk/service/demodata"),
            Path.of("src/main/java/org/residencedesk/app/Main.java"));

    @Test
    void bundleKeysAreExactlyTheUsedOnes() throws IOException {
        // keys of the service bundle (Problems.message) are not this bundle's
        Set<String> used = new HashSet<>(PICOCLI_KEYS);
        for (ExportSubject s : ExportSubject.values()) used.add("export.subject." + s.name());
        Pattern literal = Pattern.compile("(?<!Problems\\.message\\()(?:\"|\\$\\{bundle:)((?:demoData|export|setup|cli)(?:\\.[a-zA-Z]+)+)(?:\"|})");
        for (Path root : SOURCES) {
            try (Stream<Path> sources = Files.walk(root)) {
                for (Path p : sources.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher m = literal.matcher(Files.readString(p));
                    while (m.find()) used.add(m.group(1));
                }
            }
        }
        ResourceBundle bundle = ResourceBundle.getBundle(CliMessages.BUNDLE_NAME, Locale.SIMPLIFIED_CHINESE);

        assertThat(bundle.keySet()).containsExactlyInAnyOrderElementsOf(used);
    }
}

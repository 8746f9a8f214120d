package org.residencedesk.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * JabRef-style localization check for the {@code i18n.app} bundle: every key the code or FXML names
 * exists, and every key in the bundle is used (directly, or through a prefix such as
 * {@code "registration.status." + status}).
 */
class AppBundleConsistencyTest {
    private static final Pattern CODE_KEY = Pattern.compile(
            "(?:\\bFxml\\.text|Problems\\.message|\\.add|invalid)\\(\\s*(?:\"[a-zA-Z]+\",\\s*)?\"([a-z][A-Za-z]*(?:\\.[A-Za-z0-9]+)+)\"");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([a-z][A-Za-z]*(?:\\.[A-Za-z0-9]+)+)\"");
    private static final Pattern ANY_LITERAL = Pattern.compile("\"([a-z][A-Za-z]*(?:\\.[A-Za-z0-9]+)*\\.?)\"");

    @Test
    void everyKeyUsedExistsAndEveryKeyIsUsed() throws IOException {
        Properties bundle = new Properties();
        try (Reader r = Files.newBufferedReader(Path.of("src/main/resources/i18n/app.properties"), StandardCharsets.UTF_8)) {
            bundle.load(r);
        }
        Set<String> used = new TreeSet<>();
        Set<String> literals = new TreeSet<>();
        for (Path file : sources()) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Matcher m = (file.toString().endsWith(".fxml") ? FXML_KEY : CODE_KEY).matcher(text);
            while (m.find()) {
                used.add(m.group(1));
            }
            Matcher l = ANY_LITERAL.matcher(text);
            while (l.find()) {
                literals.add(l.group(1));
            }
        }
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(bundle.stringPropertyNames());
        assertThat(missing).as("keys used in code or FXML but missing from i18n/app.properties").isEmpty();

        Set<String> unused = new TreeSet<>();
        for (String key : bundle.stringPropertyNames()) {
            String prefix = key.substring(0, key.lastIndexOf('.') + 1);
            if (!literals.contains(key) && !used.contains(key) && !literals.contains(prefix)) {
                unused.add(key);
            }
        }
        assertThat(unused).as("keys in i18n/app.properties that nothing uses").isEmpty();
    }

    private static Set<Path> sources() throws IOException {
        Set<Path> out = new TreeSet<>();
        try (Stream<Path> s = Stream.concat(Files.walk(Path.of("src/main/java")), Files.walk(Path.of("src/main/resources")))) {
            // The printing and permit screens load their own bundles (i18n.print, i18n.permitui), checked by
            // their own tests.
            s.filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".fxml"))
                    .filter(p -> !(p.toString().endsWith(".fxml")
                            && (p.toString().contains("ui/print") || p.toString().contains("ui/permit"))))
                    .forEach(out::add);
        }
        return out;
    }
}

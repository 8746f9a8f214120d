package org.residencedesk.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the product's sources name: bundle keys (string literals shaped like keys, picocli {@code ${bundle:key}},
 * FXML {@code %key}), literals passed to a lookup method, dynamic key prefixes, template parameters, and the
 * picocli commands, options and resource bundles. Read by {@link BundleCatalogueTest}.
 */
final class KeyReferences {
    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_]+)+)\"");
    private static final Pattern PICOCLI_BUNDLE_REF = Pattern.compile("\\$\\{bundle:([A-Za-z0-9_.]+)}");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([A-Za-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_]+)+)\"");
    /**
     * A key passed to a lookup: Fxml/PermitFxml.text, PermitMessages.text, ReaderMessages.text, Problems.message,
     * Problems.add(field, key), invalid(field, key), CliMessages/PrintMessages.get, ResourceBundle.getString,
     * picocli descriptionKey.
     */
    private static final Pattern LOOKUP = Pattern.compile(
            "(?:\\b(?:text|message|get|getString|add|invalid)\\(\\s*(?:\"[A-Za-z]+\",\\s*)?|descriptionKey\\s*=\\s*)"
                    + "\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_]+)+)\"");
    private static final Pattern DYNAMIC_PREFIX = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_]+)*\\.)\"\\s*\\+");

    /** A key named in one file; {@code fxmlFolder} is set for FXML {@code %key}s (the folder under the resources). */
    record Reference(String key, String file, String fxmlFolder) {
    }

    final List<Reference> references = new ArrayList<>();
    final List<Reference> lookups = new ArrayList<>();
    final Set<String> dynamicPrefixes = new TreeSet<>();
    final Set<String> templateParameters = new TreeSet<>();
    final Set<String> picocliBundles = new TreeSet<>();
    final Set<String> commandNames = new TreeSet<>();
    final Set<String> optionNames = new TreeSet<>();

    static KeyReferences scan() {
        KeyReferences s = new KeyReferences();
        try {
            for (Path p : files(Path.of("src/main/java"), ".java")) s.java(p);
            for (Path p : files(Path.of("src/main/resources"), ".fxml")) s.fxml(p);
            for (Path p : files(Path.of("forms"), ".yaml")) s.java(p);
            for (Path p : files(Path.of("print-templates"), ".jrxml")) s.template(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return s;
    }

    private void java(Path p) throws IOException {
        String text = Files.readString(p, StandardCharsets.UTF_8);
        String file = p.toString().replace('\\', '/');
        Matcher m = KEY_LITERAL.matcher(text);
        while (m.find()) references.add(new Reference(m.group(1), file, null));
        m = LOOKUP.matcher(text);
        while (m.find()) lookups.add(new Reference(m.group(1), file, null));
        m = PICOCLI_BUNDLE_REF.matcher(text);
        while (m.find()) references.add(new Reference(m.group(1), file, null));
        m = DYNAMIC_PREFIX.matcher(text);
        while (m.find()) dynamicPrefixes.add(m.group(1));
        m = Pattern.compile("resourceBundle\\s*=\\s*\"i18n\\.([a-z]+)\"").matcher(text);
        while (m.find()) picocliBundles.add(m.group(1));
        // the commands name the CLI bundle through its constant (CliMessages.BUNDLE_NAME = "i18n.cli")
        if (text.matches("(?s).*resourceBundle\\s*=\\s*CliMessages\\.BUNDLE_NAME.*")) picocliBundles.add("cli");
        m = Pattern.compile("@Command\\(\\s*name\\s*=\\s*\"([a-z][a-z0-9-]*)\"").matcher(text);
        while (m.find()) commandNames.add(m.group(1));
        m = Pattern.compile("@(?:Option|Parameters)\\(\\s*names\\s*=\\s*(\\{[^}]*}|\"[^\"]*\")").matcher(text);
        while (m.find()) {
            // picocli's default description key: the longest option name without its leading dashes
            String longest = Arrays.stream(m.group(1).replaceAll("[{}\"\\s]", "").split(","))
                    .max((a, b) -> Integer.compare(a.length(), b.length())).orElse("");
            optionNames.add(longest.replaceFirst("^-+", ""));
        }
    }

    /** {@code [command[ subcommand].]option}: picocli's key for an option without a descriptionKey. */
    boolean isPicocliOptionKey(String key) {
        int dot = key.lastIndexOf('.');
        String option = key.substring(dot + 1);
        if (!optionNames.contains(option)) return false;
        return dot < 0 || Arrays.stream(key.substring(0, dot).split(" ")).allMatch(commandNames::contains);
    }

    private void fxml(Path p) throws IOException {
        String text = Files.readString(p, StandardCharsets.UTF_8);
        String file = p.toString().replace('\\', '/');
        String folder = file.substring(file.indexOf("org/residencedesk/") + "org/residencedesk/".length());
        Matcher m = FXML_KEY.matcher(text);
        while (m.find()) references.add(new Reference(m.group(1), file, folder));
    }

    private void template(Path p) throws IOException {
        java(p);
        Matcher m = Pattern.compile("<parameter name=\"([A-Za-z0-9_]+)\"").matcher(Files.readString(p));
        while (m.find()) templateParameters.add(m.group(1));
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
        }
    }
}

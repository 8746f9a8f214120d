package org.residencedesk.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.residencedesk.i18n.KeyReferences.Reference;

/**
 * One check for every bundle in {@code src/main/resources/i18n}: (a) every key the product looks up exists
 * in the bundle it reads, (b) every key in a bundle is looked up somewhere, (c) no English is left in a
 * Chinese bundle.
 *
 * <p><b>How a key is found.</b> The sources scanned are {@code src/main/java/**.java}, the FXML files,
 * {@code forms/**.yaml} and {@code print-templates/*.jrxml}. A reference is a string literal shaped like a
 * key ({@code "registration.notice.saved"}, whatever method it is passed to: {@code Fxml.text},
 * {@code PermitFxml.text}, {@code Problems.message/add/invalid}, {@code CliMessages.get},
 * {@code PrintMessages.get}, {@code ReaderMessages.text}, {@code PermitMessages.text},
 * {@code bundle.getString}, picocli {@code descriptionKey}), a picocli {@code ${bundle:key}}, or an FXML
 * {@code %key}. A literal belongs to a bundle when its first segment is one of the bundle's namespaces and
 * the file is in the bundle's scope; FXML {@code %key}s belong to the bundle their folder's view loads.
 *
 * <p><b>Keys built at run time.</b> Every literal that ends in a dot and is followed by {@code +} (e.g.
 * {@code "permit.status." + name()}) is a dynamic prefix. Each one must be declared in {@link DynamicKeys}
 * with the exact key set the code can produce (computed from the enum that supplies the suffix), and each
 * declaration must still occur in the code: a new dynamic prefix fails the test until it is declared.
 */
class BundleCatalogueTest {
    private static final Path I18N = Path.of("src/main/resources/i18n");
    /** The keys picocli itself reads from a command's {@code resourceBundle} (see CommandLine.Model.Messages). */
    private static final Pattern PICOCLI_OWN_KEY = Pattern.compile(
            "(?:[a-z][a-z0-9-]*(?: [a-z][a-z0-9-]*)*\\.)?(?:usage\\.(?:headerHeading|header|synopsisHeading|customSynopsis"
                    + "|descriptionHeading|description|parameterListHeading|optionListHeading|commandListHeading"
                    + "|exitCodeListHeading|exitCodeList|footerHeading|footer)(?:\\.\\d+)?|help|version|mixinStandardHelpOptions\\.(?:help|version))");

    /** The bundles, each with the first key segments it owns and where its keys may be named. */
    static List<Catalogue> catalogues() {
        return List.of(
                new Catalogue("app", Set.of("app", "validation", "demo", "setup", "login", "main", "status", "users",
                        "permission", "role", "registration", "query", "timeline", "moveOut", "backup", "restore",
                        "house", "employer", "register", "outflow",
                        "verification", "collection"),
                        file -> !file.contains("/device/"), "ui/(?!print/|permit/|report/|reminder/).*"),
                new Catalogue("report", Set.of("report"), file -> true, "ui/(report|reminder)/.*"),
                new Catalogue("cli", Set.of("demoData", "export", "cli", "usage", "mixinStandardHelpOptions", "audit", "account",
                        "verify", "import"),
                        file -> file.contains("/cli/") || file.contains("/service/demodata/")
                                || file.endsWith("app/Main.java"), null),
                new Catalogue("device", Set.of("status", "error", "photo", "sw3"),
                        file -> file.contains("/device/"), null),
                new Catalogue("form", Set.of("form"), file -> true, null),
                new Catalogue("identity", Set.of("id", "credit", "region"), file -> true, null),
                new Catalogue("permit", Set.of("permit"), file -> true, null),
                new Catalogue("storage", Set.of("storage"), file -> file.contains("/storage/")
                        || file.contains("/port/StationLockedException")
                        || file.contains("/port/StationProblem")
                        || file.contains("/port/SchemaUpgradeFailed"), null),
                new Catalogue("policy", Set.of("policy"), file -> true, "ui/settings/policy/.*"),
                new Catalogue("sync", Set.of("sync", "platformConfig", "platformError", "platformsim"),
                        file -> file.contains("/service/sync/") || file.contains("/platform/")
                                || file.contains("/platformsim/"), null),
                new Catalogue("syncui", Set.of("syncui"), file -> file.contains("/ui/sync/")
                        || file.contains("/ui/settings/platform/"), "ui/sync/.*|ui/settings/platform/.*"),
                new Catalogue("permitui", Set.of("permitui"), file -> file.contains("/ui/permit/"), "ui/permit/.*"),
                new Catalogue("print", Set.of("print", "cli", "ui"),
                        file -> file.contains("/print/") || file.contains("/printing/") || file.contains("/cli/"),
                        "ui/print/.*"));
    }

    /**
     * SampleDocuments passes every {@code print.sample.param.<name>} of the print bundle to the templates as
     * parameter {@code <name>}: such a key is used exactly when some template declares that parameter.
     */
    private static final String SAMPLE_PARAM = "print.sample.param.";

    /**
     * Runs of three or more ASCII letters allowed in a Chinese value. Acronyms and file formats; words the
     * user types or reads as code (key names, a form file's YAML syntax and level codes, the demo account,
     * the print-test document choices, the {@code logs} folder). Anything else is English left behind.
     */
    private static final Set<String> ALLOWED_WORDS = Set.of(
            "PDF", "CSV", "JSON", "XLSX", "CUPS", "USB", "YAML", "JPEG", "PNG",
            "Ctrl", "Shift",
            "true", "false", "field", "equals", "notEmpty", "and", "not",
            "PROVINCE", "CITY", "COUNTY", "TOWNSHIP", "VILLAGE",
            "demo", "card", "receipt", "logs",
            // the backup command and its subcommand, named where the status tells how to configure it
            "backup", "configure",
            // the restore command, named as the way out of a damaged database (docs/decisions/0275)
            "restore",
            // the command a password file's owner runs to make it private
            "chmod",
            // serve-db and the counter.properties it writes, SSL, the signal and systemctl that stop it (ADR 0320)
            "serve", "counter", "server", "SSL", "SIGTERM", "systemctl", "stop",
            // serial-port names a clerk types, and the tool the README names for a virtual port
            "COM", "ttyUSB", "socat",
            // the product's own name on --version
            "ResidenceDesk",
            // platform sync: the keys of platform.properties an administrator types, the protocols and formats,
            // the JSON keys sync prints, the contract's header, the simulator's class an operator runs
            "platform", "properties", "url", "keystore", "truststore", "intervalMinutes", "http", "https", "localhost",
            "HTTP", "PKCS", "API", "uploaded", "duplicates", "rejected", "backlog", "lastAcceptedSeq", "inbox",
            "Station", "Code", "java", "jar", "residence", "desk", "org", "residencedesk", "platformsim",
            "PlatformSimulator", "PLATFORM", "REJECTED", "Retry", "After",
            // what import --what takes (the export's own word for the same records)
            "registrations", "houses", "employers", "outflow",
            // the value a user types after report --format
            "json",
            // the values a user types after reminders --kind (ADR 0329)
            "due", "lapsed", "collection", "stay", "ended",
            // the capture command lines 系统设置 → 摄像头 gives as examples (ADR 0389)
            "ffmpeg", "frames", "Linux", "Windows", "dshow", "video");
    /**
     * Not words: MessageFormat placeholders ({0}, {1,number,#}), picocli variables (${DEFAULT-VALUE},
     * ${COMPLETION-CANDIDATES}), command-line options (--persons), printf codes (%d, %n), and file-name
     * extensions (.csv).
     */
    private static final Pattern NOT_WORDS = Pattern.compile(
            "\\{\\d+(?:,[^}]*)?}|\\$\\{[A-Z][A-Z-]*}|--[a-z][a-z-]*|%[dsn]|\\.(?:csv|pdf|xlsx|json)\\b"
            // environment variables and paths a user types: $RESIDENCE_DESK_HOME, ~/.residence-desk, /dev/ttyUSB0
            + "|\\$[A-Z][A-Z_]*|~/[\\w.-]+|/dev/\\w+"
            // the picture file's place in a camera command (ADR 0338)
            + "|\\{out}");
    private static final Pattern LETTER_RUN = Pattern.compile("[A-Za-z]{3,}");
    /** Date patterns (DateTimeFormatter): their letters are pattern symbols, not words. */
    private static final Set<String> DATE_PATTERN_KEYS = Set.of();
    private static final Pattern DATE_PATTERN_LETTERS = Pattern.compile("[GuyMLdHhmsS]+");
    /**
     * The only values allowed to hold no Chinese character: a list separator, layout patterns that only
     * arrange data, and the numbers printed on a specimen document. Every other value must contain Chinese.
     */
    private static final Set<String> NON_WORD_KEYS = Set.of("report.breakdown.name", "report.overdue.row","permit.format.listSeparator", "permit.notice.item",
            "permitui.details.history", "permitui.endorse.person",
            "print.sample.param.idNumber", "print.sample.param.contactPhone",
            "print.sample.param.endorsementYear", "print.sample.param.validity",
            "print.sample.param.collectorIdNumber", "print.sample.list.idNumber", "usage.footerHeading");

    private static final KeyReferences SOURCES = KeyReferences.scan();

    @Test
    void theNonWordKeysAndDatePatternsStillExist() {
        Set<String> all = new TreeSet<>();
        catalogues().forEach(c -> all.addAll(c.keys()));
        assertThat(all).containsAll(NON_WORD_KEYS).containsAll(DATE_PATTERN_KEYS);
    }

    @Test
    void everyBundleInTheFolderIsCatalogued() throws IOException {
        Set<String> files;
        try (Stream<Path> s = Files.list(I18N)) {
            files = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".properties"))
                    .map(n -> n.substring(0, n.length() - ".properties".length()))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertThat(catalogues().stream().map(Catalogue::name)).containsExactlyInAnyOrderElementsOf(files);
    }

    @Test
    void everyDynamicPrefixInTheCodeIsDeclaredAndEveryDeclarationIsStillUsed() {
        assertThat(SOURCES.dynamicPrefixes).as("key prefixes concatenated in code: declare them in DYNAMIC")
                .containsExactlyInAnyOrderElementsOf(DynamicKeys.TABLE.keySet());
    }

    @Test
    void everyKeyPassedToALookupBelongsToABundle() {
        // a key outside every bundle's namespaces would escape the per-bundle checks
        Set<String> orphans = new TreeSet<>();
        for (Reference r : SOURCES.lookups) {
            if (catalogues().stream().noneMatch(c -> c.claims(r))) orphans.add(r.key() + "  (" + r.file() + ")");
        }
        assertThat(SOURCES.lookups).as("the lookup pattern still finds the code's lookups").hasSizeGreaterThan(100);
        assertThat(orphans).as("keys looked up in code that no bundle's namespace covers").isEmpty();
    }

    @ParameterizedTest(name = "i18n/{0}.properties")
    @MethodSource("catalogues")
    void everyKeyTheCodeNamesExists(Catalogue c) {
        Set<String> missing = new TreeSet<>();
        for (Reference r : SOURCES.references) {
            if (c.claims(r) && !existsInAnyClaimingBundle(r)) {
                missing.add(r.key() + "  (" + r.file() + ")");
            }
        }
        for (String key : c.dynamicKeys()) {
            if (!c.keys().contains(key)) missing.add(key + "  (built at run time)");
        }
        assertThat(missing).as("keys named in code/FXML but missing from i18n/%s.properties", c.name()).isEmpty();
    }

    @ParameterizedTest(name = "i18n/{0}.properties")
    @MethodSource("catalogues")
    void everyKeyInTheBundleIsUsed(Catalogue c) {
        Set<String> used = new TreeSet<>(c.dynamicKeys());
        for (Reference r : SOURCES.references) {
            if (c.claims(r)) used.add(r.key());
        }
        Set<String> unused = new TreeSet<>();
        for (String key : c.keys()) {
            boolean sampleParameter = key.startsWith(SAMPLE_PARAM) && c.name().equals("print")
                    && SOURCES.templateParameters.contains(key.substring(SAMPLE_PARAM.length()));
            boolean picocli = SOURCES.picocliBundles.contains(c.name())
                    && (PICOCLI_OWN_KEY.matcher(key).matches() || SOURCES.isPicocliOptionKey(key));
            if (!used.contains(key) && !sampleParameter && !picocli) unused.add(key);
        }
        assertThat(unused).as("keys in i18n/%s.properties that nothing uses", c.name()).isEmpty();
    }

    @ParameterizedTest(name = "i18n/{0}.properties")
    @MethodSource("catalogues")
    void noEnglishIsLeftInTheBundle(Catalogue c) {
        Map<String, String> english = new TreeMap<>();
        c.values().forEach((key, value) -> {
            String problem = notChinese(key, value);
            if (problem != null) english.put(key, problem);
        });
        assertThat(english).as("values in i18n/%s.properties that are not Chinese", c.name()).isEmpty();
    }

    @Test
    void theFormFilesShowOnlyChinese() throws IOException {
        // forms/*.yaml carry their labels, help texts and messages inline: the same rule as for a bundle
        Pattern text = Pattern.compile("\\b(?:title|label|help|message):\\s*\"?([^\"#,}\\n]+)");
        Map<String, String> english = new TreeMap<>();
        int seen = 0;
        try (Stream<Path> forms = Files.list(Path.of("forms"))) {
            for (Path form : forms.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                List<String> lines = Files.readAllLines(form, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    if (lines.get(i).trim().startsWith("#")) continue;
                    Matcher m = text.matcher(lines.get(i));
                    while (m.find()) {
                        seen++;
                        String problem = notChinese("", m.group(1).trim());
                        if (problem != null) english.put(form.getFileName() + ":" + (i + 1), problem);
                    }
                }
            }
        }
        assertThat(seen).as("texts found in the form files").isGreaterThan(50);
        assertThat(english).as("form texts that are not Chinese").isEmpty();
    }

    /** Why a value is not Chinese (English words, or no Chinese at all), or null when it is. */
    private static String notChinese(String key, String value) {
        String words = NOT_WORDS.matcher(value).replaceAll(" ");
        if (DATE_PATTERN_KEYS.contains(key)) words = DATE_PATTERN_LETTERS.matcher(words).replaceAll(" ");
        Matcher run = LETTER_RUN.matcher(words);
        List<String> foreign = new ArrayList<>();
        while (run.find()) {
            if (!ALLOWED_WORDS.contains(run.group())) foreign.add(run.group());
        }
        boolean chinese = value.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
        if (!foreign.isEmpty()) return value + "  <- " + foreign;
        if (value.isBlank()) return "(empty)";
        if (!chinese && !NON_WORD_KEYS.contains(key)) return value + "  <- no Chinese";
        return null;
    }

    @Test
    void theFormBundleKeepsItsRequiredMessage() {
        // kept from the former FormBundleTest
        assertThat(load("form").get("form.validation.required")).isEqualTo("此项必填");
    }

    private static boolean existsInAnyClaimingBundle(Reference r) {
        return catalogues().stream().anyMatch(c -> c.claims(r) && c.keys().contains(r.key()));
    }

    private static final Map<String, Map<String, String>> LOADED = new java.util.concurrent.ConcurrentHashMap<>();

    static Map<String, String> load(String bundle) {
        return LOADED.computeIfAbsent(bundle, BundleCatalogueTest::read);
    }

    private static Map<String, String> read(String bundle) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(I18N.resolve(bundle + ".properties"), StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> out = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k)));
        return java.util.Collections.unmodifiableMap(out);
    }

    /**
     * One bundle: its namespaces (first key segments), which Java/YAML/template files may name its keys,
     * and which FXML folders load it (regular expression on the path below {@code org/residencedesk/}).
     */
    record Catalogue(String name, Set<String> namespaces, Predicate<String> javaScope, String fxmlFolders) {
        boolean claims(Reference r) {
            if (r.fxmlFolder() != null) {
                return fxmlFolders != null && r.fxmlFolder().matches(fxmlFolders);
            }
            String namespace = r.key().substring(0, r.key().indexOf('.'));
            // a bundle also owns every first segment its own keys use (so new key families are checked at once)
            boolean owned = namespaces.contains(namespace) || keys().stream().anyMatch(k -> k.startsWith(namespace + "."));
            return owned && javaScope.test(r.file());
        }

        Set<String> keys() {
            return values().keySet();
        }

        Map<String, String> values() {
            return load(name);
        }

        Set<String> dynamicKeys() {
            Set<String> out = new TreeSet<>();
            DynamicKeys.TABLE.forEach((prefix, keys) -> {
                if (namespaces.contains(prefix.substring(0, prefix.indexOf('.')))) {
                    out.addAll(keys.get());
                }
            });
            return out;
        }

        @Override
        public String toString() {
            return name;
        }
    }

}

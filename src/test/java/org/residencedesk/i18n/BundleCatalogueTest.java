package org.residencedesk.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.residencedesk.cli.export.ExportSubject;
import org.residencedesk.device.idcard.ReadErrorCode;
import org.residencedesk.domain.form.MessageKind;
import org.residencedesk.domain.identity.IdProblem;
import org.residencedesk.domain.identity.SocialCreditCodeProblem;
import org.residencedesk.domain.online.OnlineKind;
import org.residencedesk.domain.online.OnlineStatus;
import org.residencedesk.domain.permit.CancellationReason;
import org.residencedesk.domain.permit.FeeKind;
import org.residencedesk.domain.permit.Labelled;
import org.residencedesk.domain.permit.MaterialKind;
import org.residencedesk.domain.permit.MaterialRequirement;
import org.residencedesk.domain.permit.PermitAction;
import org.residencedesk.domain.permit.PermitBasis;
import org.residencedesk.domain.permit.PermitProblem;
import org.residencedesk.domain.permit.PermitStatus;
import org.residencedesk.domain.permit.PrintCycleCause;
import org.residencedesk.domain.permit.PrintType;
import org.residencedesk.domain.permit.Representation;
import org.residencedesk.domain.permit.ResidenceEvidence;
import org.residencedesk.domain.registration.MoveOutReason;
import org.residencedesk.domain.registration.RegistrationHistoryEntry;
import org.residencedesk.domain.registration.RegistrationStatus;
import org.residencedesk.domain.registration.SearchKind;
import org.residencedesk.forms.FormLoadProblem;
import org.residencedesk.port.printing.DocumentType;
import org.residencedesk.port.printing.PrintStatus;
import org.residencedesk.ui.registration.RegistrationViewModel;

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
 * {@code "permit.status." + name()}) is a dynamic prefix. Each one must be declared in {@link #DYNAMIC}
 * with the exact key set the code can produce (computed from the enum that supplies the suffix), and each
 * declaration must still occur in the code: a new dynamic prefix fails the test until it is declared.
 */
class BundleCatalogueTest {
    private static final Path I18N = Path.of("src/main/resources/i18n");
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
    /** The keys picocli itself reads from a command's {@code resourceBundle} (see CommandLine.Model.Messages). */
    private static final Pattern PICOCLI_OWN_KEY = Pattern.compile(
            "(?:[a-z][a-z0-9-]*(?: [a-z][a-z0-9-]*)*\\.)?(?:usage\\.(?:headerHeading|header|synopsisHeading|customSynopsis"
                    + "|descriptionHeading|description|parameterListHeading|optionListHeading|commandListHeading"
                    + "|exitCodeListHeading|exitCodeList|footerHeading|footer)(?:\\.\\d+)?|help|version)");

    /** The bundles, each with the first key segments it owns and where its keys may be named. */
    static List<Catalogue> catalogues() {
        return List.of(
                new Catalogue("app", Set.of("app", "validation", "demo", "setup", "login", "main", "status",
                        "permission", "registration", "query", "timeline", "moveOut"),
                        file -> !file.contains("/device/"), "ui/(?!print/|permit/).*"),
                new Catalogue("cli", Set.of("demoData", "export", "cli"),
                        file -> file.contains("/cli/") || file.endsWith("app/Main.java"), null),
                new Catalogue("device", Set.of("status", "error", "photo", "sw3"),
                        file -> file.contains("/device/"), null),
                new Catalogue("form", Set.of("form"), file -> true, null),
                new Catalogue("identity", Set.of("id", "credit", "region"), file -> true, null),
                new Catalogue("permit", Set.of("permit"), file -> true, null),
                new Catalogue("permitui", Set.of("permitui"), file -> file.contains("/ui/permit/"), "ui/permit/.*"),
                new Catalogue("print", Set.of("print", "cli", "ui"),
                        file -> file.contains("/print/") || file.contains("/printing/") || file.contains("/cli/"),
                        "ui/print/.*"));
    }

    /** Every prefix the code concatenates a key from, with the keys it can produce. */
    private static final Map<String, Supplier<Set<String>>> DYNAMIC = new LinkedHashMap<>();

    static {
        DYNAMIC.put("registration.status.", () -> names("registration.status.", RegistrationStatus.values()));
        DYNAMIC.put("registration.mode.", () -> names("registration.mode.", RegistrationViewModel.Mode.values()));
        // SearchView: "query.kind." + (kind == null ? "AUTO" : kind.name())
        DYNAMIC.put("query.kind.", () -> plus(names("query.kind.", SearchKind.values()), "query.kind.AUTO"));
        // RegistrationService.timeline: history kinds, plus "PERMIT" for permit steps
        DYNAMIC.put("timeline.kind.", () -> plus(names("timeline.kind.", RegistrationHistoryEntry.Kind.values()),
                "timeline.kind.PERMIT"));
        DYNAMIC.put("moveOut.reason.", () -> names("moveOut.reason.", MoveOutReason.values()));
        DYNAMIC.put("export.subject.", () -> names("export.subject.", ExportSubject.values()));
        DYNAMIC.put("error.", () -> names("error.", ReadErrorCode.values()));
        DYNAMIC.put("form.validation.", () -> Arrays.stream(MessageKind.values()).map(MessageKind::bundleKey)
                .collect(Collectors.toCollection(TreeSet::new)));
        DYNAMIC.put("form.load.", () -> Arrays.stream(FormLoadProblem.values()).map(FormLoadProblem::bundleKey)
                .collect(Collectors.toCollection(TreeSet::new)));
        DYNAMIC.put("id.problem.", () -> names("id.problem.", IdProblem.values()));
        DYNAMIC.put("credit.problem.", () -> names("credit.problem.", SocialCreditCodeProblem.values()));
        // IdCheckCommand: address codes valid in an ID number but absent from the division table
        DYNAMIC.put("region.", () -> Set.of("region.810000", "region.820000", "region.830000"));
        DYNAMIC.put("permit.problem.", () -> names("permit.problem.", PermitProblem.values()));
        DYNAMIC.put("permit.basis.", () -> labels(PermitBasis.class));
        DYNAMIC.put("permit.representation.", () -> labels(Representation.class));
        DYNAMIC.put("permit.evidence.", () -> labels(ResidenceEvidence.class));
        DYNAMIC.put("permit.material.", () -> labels(MaterialKind.class));
        DYNAMIC.put("permit.requirement.", () -> labels(MaterialRequirement.class));
        DYNAMIC.put("permit.status.", () -> labels(PermitStatus.class));
        DYNAMIC.put("permit.action.", () -> labels(PermitAction.class));
        DYNAMIC.put("permit.printType.", () -> labels(PrintType.class));
        DYNAMIC.put("permit.cancellation.", () -> labels(CancellationReason.class));
        DYNAMIC.put("permit.fee.", () -> labels(FeeKind.class));
        DYNAMIC.put("permit.service.applicationType.", () -> names("permit.service.applicationType.",
                PrintCycleCause.values()));
        DYNAMIC.put("print.status.", () -> Arrays.stream(PrintStatus.values()).map(PrintStatus::messageKey)
                .collect(Collectors.toCollection(TreeSet::new)));
        DYNAMIC.put("ui.print.document.", () -> names("ui.print.document.", DocumentType.values()));
        DYNAMIC.put("permitui.online.kind.", () -> names("permitui.online.kind.", OnlineKind.values()));
        // only open pre-applications are listed
        DYNAMIC.put("permitui.online.status.", () -> Set.of("permitui.online.status." + OnlineStatus.PENDING,
                "permitui.online.status." + OnlineStatus.VERIFIED));
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
            "PDF", "CSV", "JSON", "XLSX", "CUPS", "USB", "YAML",
            "Ctrl", "Shift",
            "true", "false", "field", "equals", "notEmpty", "and", "not",
            "PROVINCE", "CITY", "COUNTY", "TOWNSHIP", "VILLAGE",
            "demo", "card", "receipt", "logs");
    /**
     * Not words: MessageFormat placeholders ({0}, {1,number,#}), command-line options (--persons), printf codes
     * (%d, %n), and file-name extensions (.csv).
     */
    private static final Pattern NOT_WORDS = Pattern.compile(
            "\\{\\d+(?:,[^}]*)?}|--[a-z][a-z-]*|%[dsn]|\\.(?:csv|pdf|xlsx|json)\\b");
    private static final Pattern LETTER_RUN = Pattern.compile("[A-Za-z]{3,}");
    /** Date patterns (DateTimeFormatter): their letters are pattern symbols, not words. */
    private static final Set<String> DATE_PATTERN_KEYS = Set.of("permit.format.date");
    private static final Pattern DATE_PATTERN_LETTERS = Pattern.compile("[GuyMLdHhmsS]+");
    /**
     * The only values allowed to hold no Chinese character: a list separator, layout patterns that only
     * arrange data, and the numbers printed on a specimen document. Every other value must contain Chinese.
     */
    private static final Set<String> NON_WORD_KEYS = Set.of("permit.format.listSeparator", "permit.notice.item",
            "permitui.details.history", "permitui.endorse.person",
            "print.sample.param.idNumber", "print.sample.param.contactPhone",
            "print.sample.param.endorsementYear", "print.sample.param.validity",
            "print.sample.param.collectorIdNumber");

    private static final Sources SOURCES = Sources.scan();

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
                .containsExactlyInAnyOrderElementsOf(DYNAMIC.keySet());
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
            String words = NOT_WORDS.matcher(value).replaceAll(" ");
            if (DATE_PATTERN_KEYS.contains(key)) words = DATE_PATTERN_LETTERS.matcher(words).replaceAll(" ");
            Matcher run = LETTER_RUN.matcher(words);
            List<String> foreign = new ArrayList<>();
            while (run.find()) {
                if (!ALLOWED_WORDS.contains(run.group())) foreign.add(run.group());
            }
            boolean chinese = value.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
            if (!foreign.isEmpty()) {
                english.put(key, value + "  <- " + foreign);
            } else if (value.isBlank()) {
                english.put(key, "(empty)");
            } else if (!chinese && !NON_WORD_KEYS.contains(key)) {
                english.put(key, value + "  <- no Chinese");
            }
        });
        assertThat(english).as("values in i18n/%s.properties that are not Chinese", c.name()).isEmpty();
    }

    @Test
    void theFormBundleKeepsItsRequiredMessage() {
        // kept from the former FormBundleTest
        assertThat(load("form").get("form.validation.required")).isEqualTo("此项必填");
    }

    private static boolean existsInAnyClaimingBundle(Reference r) {
        return catalogues().stream().anyMatch(c -> c.claims(r) && c.keys().contains(r.key()));
    }

    private static Set<String> names(String prefix, Enum<?>[] values) {
        return Arrays.stream(values).map(v -> prefix + v.name()).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> plus(Set<String> keys, String key) {
        keys.add(key);
        return keys;
    }

    private static Set<String> labels(Class<? extends Labelled> type) {
        return Arrays.stream(type.getEnumConstants()).map(Labelled::labelKey)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static Map<String, String> load(String bundle) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(I18N.resolve(bundle + ".properties"), StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> out = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k)));
        return out;
    }

    /** A key named in one file; {@code fxmlFolder} is set for FXML {@code %key}s (the folder under the resources). */
    record Reference(String key, String file, String fxmlFolder) {
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
            return namespaces.contains(r.key().substring(0, r.key().indexOf('.'))) && javaScope.test(r.file());
        }

        Set<String> keys() {
            return values().keySet();
        }

        Map<String, String> values() {
            return load(name);
        }

        Set<String> dynamicKeys() {
            Set<String> out = new TreeSet<>();
            DYNAMIC.forEach((prefix, keys) -> {
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

    /** What the scanned sources name: key references, dynamic prefixes, template parameters, picocli bundles. */
    static final class Sources {
        final List<Reference> references = new ArrayList<>();
        final List<Reference> lookups = new ArrayList<>();
        final Set<String> dynamicPrefixes = new TreeSet<>();
        final Set<String> templateParameters = new TreeSet<>();
        final Set<String> picocliBundles = new TreeSet<>();
        final Set<String> commandNames = new TreeSet<>();
        final Set<String> optionNames = new TreeSet<>();

        static Sources scan() {
            Sources s = new Sources();
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
}

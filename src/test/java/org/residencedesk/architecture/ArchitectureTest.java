package org.residencedesk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.Slice;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.residencedesk.service.Operator;
import org.residencedesk.service.permit.PermitLifecycleService;
import org.residencedesk.service.permit.PlatformIntake;
import org.residencedesk.service.outflow.OutflowIntake;

/**
 * The arrows and the package table of docs/architecture.md, checked on every build (JabRef-style).
 * Every rule names real packages: {@link #everyPackageNamedInTheRulesExists} fails when one is renamed or
 * removed, and {@link #layersFollowTheTable} fails when a new top-level package appears outside the table.
 */
@AnalyzeClasses(packages = "org.residencedesk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String ROOT = "org.residencedesk";
    static final String DOMAIN = ROOT + ".domain..";
    static final String PORT = ROOT + ".port..";
    static final String SERVICE = ROOT + ".service..";
    static final String STORAGE = ROOT + ".storage..";
    static final String DEVICE = ROOT + ".device..";
    static final String PRINT = ROOT + ".print..";
    static final String MASTERDATA = ROOT + ".masterdata..";
    static final String FORMS = ROOT + ".forms..";
    static final String SECURITY = ROOT + ".security..";
    static final String UI = ROOT + ".ui..";
    static final String CLI = ROOT + ".cli..";
    static final String APP = ROOT + ".app..";
    static final String MAIN = ROOT + ".app.Main";
    static final String PLATFORM = ROOT + ".platform..";
    static final String SIMULATOR = ROOT + ".platformsim..";
    static final String SIMULATOR_MAIN = ROOT + ".platformsim.PlatformSimulator";

    /** The adapters: each implements ports with one technology and is wired only by {@code app} (and used by {@code cli}). */
    static final String[] ADAPTERS = {STORAGE, DEVICE, PRINT, MASTERDATA, FORMS, SECURITY, PLATFORM};
    private static final Set<String> ADAPTER_NAMES = Stream.of(ADAPTERS)
            .map(p -> p.substring(ROOT.length() + 1, p.length() - 2)).collect(Collectors.toSet());

    /** Every package the rules below name; each must hold at least one production class (and {@link #MAIN} must exist). */
    static final List<String> NAMED_PACKAGES = List.of(DOMAIN, PORT, SERVICE, STORAGE, DEVICE, PRINT, MASTERDATA,
            FORMS, SECURITY, PLATFORM, UI, CLI, APP, SIMULATOR, ROOT + ".service.sync..");

    private static final String[] JDBC = {"java.sql..", "javax.sql.."};
    private static final String[] PERSISTENCE_ENGINE = {"org.hibernate..", "org.flywaydb..", "org.apache.derby.."};

    /** What the domain may use besides itself: plain Java values and the documented JPA annotations. */
    private static final String[] DOMAIN_ALLOWED = {DOMAIN, "java.lang..", "java.util..", "java.time..",
            "java.text..", "java.math..", "jakarta.persistence.."};

    /** What a port may use besides the domain and other ports: plain Java values, paths, images, streams. */
    private static final String[] PORT_ALLOWED = {PORT, DOMAIN, "java.lang..", "java.util..", "java.time..",
            "java.text..", "java.math..", "java.io..", "java.nio.file..", "java.awt.image.."};

    /** What a service may use besides domain and ports: plain Java values, streams to write to, SLF4J. */
    private static final String[] SERVICE_ALLOWED = {SERVICE, PORT, DOMAIN, "java.lang..", "java.util..", "java.time..",
            "java.text..", "java.math..", "java.io..", "java.nio.charset..", "org.slf4j.."};

    private static final DescribedPredicate<JavaClass> FILE_OR_NETWORK_IO = new DescribedPredicate<>(
            "file or network I/O (java.io.File*, java.nio.file, java.net)") {
        @Override
        public boolean test(JavaClass c) {
            return c.getPackageName().startsWith("java.nio.file") || c.getPackageName().startsWith("java.net")
                    || c.getPackageName().startsWith("java.nio.channels")
                    || (c.getPackageName().equals("java.io") && (c.getSimpleName().startsWith("File")
                    || c.getSimpleName().equals("RandomAccessFile")));
        }
    };

    // ---- the table of docs/architecture.md ----

    @ArchTest
    static final ArchRule layersFollowTheTable = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .withOptionalLayers(false)
            .layer("domain").definedBy(DOMAIN)
            .layer("port").definedBy(PORT)
            .layer("service").definedBy(SERVICE)
            .layer("adapters").definedBy(ADAPTERS)
            .layer("ui").definedBy(UI)
            .layer("cli").definedBy(CLI)
            .layer("app").definedBy(APP)
            .layer("simulator").definedBy(SIMULATOR)
            .whereLayer("domain").mayNotAccessAnyLayer()
            .whereLayer("port").mayOnlyAccessLayers("domain")
            .whereLayer("service").mayOnlyAccessLayers("domain", "port")
            .whereLayer("adapters").mayOnlyAccessLayers("domain", "port")
            .whereLayer("ui").mayOnlyAccessLayers("domain", "port", "service")
            .whereLayer("cli").mayOnlyAccessLayers("domain", "port", "service", "adapters")
            .whereLayer("app").mayNotBeAccessedByAnyLayer()
            .whereLayer("simulator").mayNotAccessAnyLayer()
            .whereLayer("simulator").mayNotBeAccessedByAnyLayer()
            .ensureAllClassesAreContainedInArchitecture()
            .because("docs/architecture.md: dependencies point inward; every package is a row of the table");

    // ---- domain ----

    @ArchTest
    static final ArchRule domainUsesOnlyItsAllowList = classes().that().resideInAPackage(DOMAIN)
            .should().onlyDependOnClassesThat().resideInAnyPackage(DOMAIN_ALLOWED)
            .because("the domain holds rules only: plain Java values and the JPA annotations of its entities");

    @ArchTest
    static final ArchRule domainDoesNoIo = noClasses().that().resideInAPackage(DOMAIN)
            .should().dependOnClassesThat(FILE_OR_NETWORK_IO);

    @ArchTest
    static final ArchRule domainTakesTimeFromAClock = noClasses().that().resideInAPackage(DOMAIN)
            .should().callMethod(LocalDate.class, "now")
            .orShould().callMethod(LocalDateTime.class, "now")
            .orShould().callMethod(Instant.class, "now")
            .orShould().callMethod(OffsetDateTime.class, "now")
            .orShould().callMethod(ZonedDateTime.class, "now")
            .because("date rules are tested at their boundaries with an injected Clock");

    // ---- ports ----

    @ArchTest
    static final ArchRule portDependsOnlyOnDomain = classes().that().resideInAPackage(PORT)
            .should().onlyDependOnClassesThat().resideInAnyPackage(PORT_ALLOWED)
            .because("a port is an interface in the services' terms; its implementations bring the technology");

    // ---- services ----

    @ArchTest
    static final ArchRule servicesUseOnlyTheirAllowList = classes().that().resideInAPackage(SERVICE)
            .should().onlyDependOnClassesThat(JavaClass.Predicates.resideInAnyPackage(SERVICE_ALLOWED)
                    .or(JavaClass.Predicates.equivalentTo(java.nio.file.Path.class)))
            .because("files, network, JSON, SQL and devices are reached through ports, never directly; a service "
                    + "may name a file (a Path the user chose) but only a port opens it");

    @ArchTest
    static final ArchRule servicesKnowPortsNotAdapters = noClasses().that().resideInAPackage(SERVICE)
            .should().dependOnClassesThat().resideInAnyPackage(ADAPTERS)
            .orShould().dependOnClassesThat().resideInAnyPackage(UI, APP, CLI);

    // ---- adapters ----

    @ArchTest
    static final ArchRule adaptersNeverReachOuterLayers = noClasses().that().resideInAnyPackage(ADAPTERS)
            .should().dependOnClassesThat().resideInAnyPackage(SERVICE, UI, CLI, APP);

    @ArchTest
    static final ArchRule adaptersDoNotUseEachOther = slices().matching(ROOT + ".(*)..")
            .that(DescribedPredicate.describe("are adapters " + ADAPTER_NAMES,
                    (Slice slice) -> ADAPTER_NAMES.contains(slice.getNamePart(1))))
            .should().notDependOnEachOther()
            .because("each adapter is one technology behind ports; app wires them together");

    @ArchTest
    static final ArchRule jdbcOnlyInStorage = noClasses().that().resideOutsideOfPackage(STORAGE)
            .should().dependOnClassesThat().resideInAnyPackage(JDBC)
            .because("SQL lives in storage only; nothing else opens a connection (no exemption, not even app)");

    @ArchTest
    static final ArchRule hibernateFlywayAndDerbyOnlyInStorage = noClasses().that().resideOutsideOfPackage(STORAGE)
            .should().dependOnClassesThat().resideInAnyPackage(PERSISTENCE_ENGINE)
            .because("the persistence engine is one adapter; the domain carries only jakarta.persistence annotations");

    @ArchTest
    static final ArchRule jpaAnnotationsOnlyInDomainAndStorage = noClasses()
            .that().resideOutsideOfPackages(DOMAIN, STORAGE)
            .should().dependOnClassesThat().resideInAPackage("jakarta.persistence..")
            .because("services see ports and domain exceptions, never the JPA API");

    @ArchTest
    static final ArchRule jasperAndJavaxPrintOnlyInPrint = noClasses().that().resideOutsideOfPackage(PRINT)
            .should().dependOnClassesThat().resideInAnyPackage("net.sf.jasperreports..", "javax.print..");

    @ArchTest
    static final ArchRule chartsOnlyInPrint = noClasses().that().resideOutsideOfPackage(PRINT)
            .should().dependOnClassesThat().resideInAnyPackage("org.jfree..")
            .because("charts are drawn into report documents; the window uses JavaFX charts");

    @ArchTest
    static final ArchRule spreadsheetsOnlyInStorageSpreadsheet = noClasses()
            .that().resideOutsideOfPackage(ROOT + ".storage.spreadsheet..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..")
            .because("collected spreadsheets are read and templates written behind port.CollectionFiles "
                    + "(Jasper's own XLSX exporter uses POI inside print)");

    @ArchTest
    static final ArchRule httpClientsOnlyInThePlatformAdapter = noClasses()
            .that().resideOutsideOfPackages(PLATFORM, APP, SIMULATOR)
            .should().dependOnClassesThat().resideInAnyPackage("java.net.http..", "javax.net.ssl..")
            .because("the station talks to the province only through port.platform.PlatformClient "
                    + "(app's diagnose probes a TCP port only)");

    @ArchTest
    static final ArchRule httpServersOnlyInTheSimulator = noClasses().that().resideOutsideOfPackage(SIMULATOR)
            .should().dependOnClassesThat().resideInAnyPackage("com.sun.net.httpserver..")
            .because("the station serves nothing over HTTP; only the platform simulator does");

    @ArchTest
    static final ArchRule serialPortAndNativeCodeOnlyInDevice = noClasses().that().resideOutsideOfPackage(DEVICE)
            .should().dependOnClassesThat().resideInAnyPackage("com.fazecast..", "com.sun.jna..");

    @ArchTest
    static final ArchRule pinyinOnlyInMasterdata = noClasses().that().resideOutsideOfPackage(MASTERDATA)
            .should().dependOnClassesThat().resideInAPackage("net.sourceforge.pinyin4j..");

    // ---- ui ----

    @ArchTest
    static final ArchRule onlyUiAndAppUseJavaFx = noClasses().that().resideOutsideOfPackages(UI, APP)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..");

    @ArchTest
    static final ArchRule uiReachesNoAdapter = noClasses().that().resideInAPackage(UI)
            .should().dependOnClassesThat().resideInAnyPackage(ADAPTERS)
            .orShould().dependOnClassesThat().resideInAnyPackage(APP, CLI)
            .because("screens reach storage, devices and printers only through services and ports");

    // ---- cli ----

    @ArchTest
    static final ArchRule cliHasNoScreens = noClasses().that().resideInAPackage(CLI)
            .should().dependOnClassesThat().resideInAnyPackage(UI, APP);

    @ArchTest
    static final ArchRule cliHasNoSqlOrHibernate = noClasses().that().resideInAPackage(CLI)
            .should().dependOnClassesThat().resideInAnyPackage(JDBC)
            .orShould().dependOnClassesThat().resideInAnyPackage(PERSISTENCE_ENGINE)
            .because("the CLI is a thin shell over services, like the window (issue 9)");

    @ArchTest
    static final ArchRule onlyCliAndAppUsePicocli = noClasses().that().resideOutsideOfPackages(CLI, APP)
            .should().dependOnClassesThat().resideInAPackage("picocli..");

    @ArchTest
    static final ArchRule onlyCliAndMainUseStandardStreams = noClasses()
            .that().resideOutsideOfPackage(CLI)
            .and().doNotHaveFullyQualifiedName(MAIN)
            .and().doNotHaveFullyQualifiedName(SIMULATOR_MAIN)
            .should(ACCESS_STANDARD_STREAMS)
            .because("everything else logs (SLF4J) or shows text on screen; stdout belongs to the CLI's output");

    // ---- operators and platform results (docs/decisions/0150, 0151) ----

    @ArchTest
    static final ArchRule operatorsAreProvenNeverConstructed = noClasses()
            .that().resideOutsideOfPackage(ROOT + ".service")
            .should().callConstructor(Operator.class, String.class, String.class, Set.class)
            .because("an Operator exists only as the result of a successful sign-in (AuthenticationService)");

    @ArchTest
    static final ArchRule platformResultsEnterOnlyThroughTheSyncInbox = noClasses()
            .that().resideOutsideOfPackages(APP, ROOT + ".service.sync..", ROOT + ".service.permit")
            .should().dependOnClassesThat().belongToAnyOf(PlatformIntake.class)
            .because("platform results carry no operator: only the composition root and the sync inbox may hand them in");

    @ArchTest
    static final ArchRule outflowNoticesEnterOnlyThroughTheSyncInbox = noClasses()
            .that().resideOutsideOfPackages(APP, ROOT + ".service.sync..", ROOT + ".service.outflow")
            .should().dependOnClassesThat().belongToAnyOf(OutflowIntake.class)
            .because("an OUTFLOW_NOTICE carries no operator: only the composition root and the sync inbox may hand it in");

    @ArchTest
    static final ArchRule theLapseJobRunsOnlyAsTheSystem = noClasses()
            .that().resideOutsideOfPackages(APP, SERVICE)
            .should().callMethod(PermitLifecycleService.class, "refreshLapses")
            .because("the lapse job has no operator: only the daily jobs (and demo data) run it");

    // ---- platform sync (issue 13, docs/decisions/0200-0207) ----

    @ArchTest
    static final ArchRule noProductCodeUsesThePlatformSimulator = noClasses().that().resideOutsideOfPackage(SIMULATOR)
            .should().dependOnClassesThat().resideInAPackage(SIMULATOR)
            .because("the simulator is a test and demonstration tool: only tests and its own main use it");

    @ArchTest
    static final ArchRule theSimulatorStandsAlone = classes().that().resideInAPackage(SIMULATOR)
            .should().onlyDependOnClassesThat().resideInAnyPackage(SIMULATOR, "java..", "javax.net..",
                    "javax.naming..", "javax.security.auth.x500..", // the client certificate's CN (ADR 0375)
                    "com.sun.net.httpserver..", "com.fasterxml.jackson..")
            .because("the simulator plays the province's platform: it shares no code with the station client");

    @ArchTest
    static final ArchRule theScheduledUploadRunsOnlyAsTheStation = noClasses()
            .that().resideOutsideOfPackages(APP, ROOT + ".service.sync..")
            .should().callMethod(org.residencedesk.service.sync.SyncService.class, "runAsStation", String.class)
            .because("the scheduled upload has no operator: only the composition root's scheduler runs it");

    // ---- cycles ----

    @ArchTest
    static final ArchRule noCyclesBetweenTopLevelPackages = slices().matching(ROOT + ".(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noCyclesBetweenSubPackages = slices().matching(ROOT + ".(**)")
            .should().beFreeOfCycles();

    // ---- the rules name real packages ----

    @ArchTest
    static void everyPackageNamedInTheRulesExists(JavaClasses classes) {
        Set<String> missing = NAMED_PACKAGES.stream()
                .filter(p -> classes.stream().noneMatch(c -> resides(c, p)))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(missing).as("packages named in ArchitectureTest without a single class").isEmpty();
        assertThat(classes.contain(MAIN)).as("%s, the one class outside cli that may print", MAIN).isTrue();
        assertThat(Stream.of(ADAPTERS).toList()).as("adapters are named packages").isSubsetOf(NAMED_PACKAGES);
    }

    private static boolean resides(JavaClass c, String pattern) {
        String prefix = pattern.substring(0, pattern.length() - 2);
        return c.getPackageName().equals(prefix) || c.getPackageName().startsWith(prefix + ".");
    }
}

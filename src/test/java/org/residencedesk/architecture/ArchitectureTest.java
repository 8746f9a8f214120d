package org.residencedesk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.base.DescribedPredicate;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

/** The arrows of docs/architecture.md, checked on every build (JabRef-style). */
@AnalyzeClasses(packages = "org.residencedesk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String[] ADAPTERS = {"org.residencedesk.storage..", "org.residencedesk.device..", "org.residencedesk.print..",
            "org.residencedesk.sync..", "org.residencedesk.security..",
            "org.residencedesk.masterdata..", "org.residencedesk.forms.."};

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

    @ArchTest
    static final ArchRule domainIsPure = noClasses().that().resideInAPackage("org.residencedesk.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.hibernate..", "org.controlsfx..",
                    "org.residencedesk.service..", "org.residencedesk.storage..", "org.residencedesk.ui..",
                    "org.residencedesk.app..", "org.residencedesk.cli..")
            .because("the domain holds rules only; persistence and screens are outside it");

    @ArchTest
    static final ArchRule domainDoesNoIo = noClasses().that().resideInAPackage("org.residencedesk.domain..")
            .should().dependOnClassesThat(FILE_OR_NETWORK_IO);

    @ArchTest
    static final ArchRule domainTakesTimeFromAClock = noClasses().that().resideInAPackage("org.residencedesk.domain..")
            .should().callMethod(LocalDate.class, "now")
            .orShould().callMethod(LocalDateTime.class, "now")
            .orShould().callMethod(Instant.class, "now")
            .orShould().callMethod(OffsetDateTime.class, "now")
            .orShould().callMethod(ZonedDateTime.class, "now")
            .because("date rules are tested at their boundaries with an injected Clock");

    @ArchTest
    static final ArchRule onlyUiAndAppUseJavaFx = noClasses().that().resideOutsideOfPackages(
                    "org.residencedesk.ui..", "org.residencedesk.app..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..");

    @ArchTest
    static final ArchRule adaptersNeverReachUi = noClasses().that().resideInAnyPackage(ADAPTERS)
            .should().dependOnClassesThat().resideInAnyPackage("org.residencedesk.ui..", "org.residencedesk.app..");

    @ArchTest
    static final ArchRule servicesKnowPortsNotAdapters = noClasses().that().resideInAPackage("org.residencedesk.service..")
            .should().dependOnClassesThat().resideInAnyPackage(ADAPTERS)
            .orShould().dependOnClassesThat().resideInAnyPackage("org.residencedesk.ui..", "org.residencedesk.app..",
                    "org.residencedesk.cli..");

    @ArchTest
    static final ArchRule uiUsesServicesNotStorage = noClasses().that().resideInAPackage("org.residencedesk.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("org.residencedesk.storage..", "org.hibernate..",
                    "org.residencedesk.app..", "org.residencedesk.cli..");

    @ArchTest
    static final ArchRule cliHasNoScreens = noClasses().that().resideInAPackage("org.residencedesk.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("org.residencedesk.ui..", "org.residencedesk.app..");
}

package org.residencedesk.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The CLI is a thin shell over services, like the window (issue 9): no JDBC, no Hibernate, no storage
 * adapter and no SQL text in {@code cli}; database work happens in services and {@code storage}.
 */
class ThinCliTest {
    private static final JavaClasses PRODUCT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.residencedesk");
    /** A string literal that opens with an SQL statement keyword, as the storage classes write them. */
    private static final Pattern SQL = Pattern.compile(
            "\"\\s*(SELECT\\s|INSERT\\s+INTO\\s|UPDATE\\s+\\w+\\s+SET\\s|DELETE\\s+FROM\\s|CALL\\s|VALUES\\s)");

    @Test
    void cliReachesNoDatabaseCode() {
        noClasses().that().resideInAPackage("org.residencedesk.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.hibernate..",
                        "jakarta.persistence..", "org.residencedesk.storage..")
                .because("commands call services; JDBC and Hibernate live in storage")
                .check(PRODUCT);
    }

    @Test
    void cliHoldsNoSqlText() throws IOException {
        List<Path> withSql;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/residencedesk/cli"))) {
            withSql = files.filter(p -> p.toString().endsWith(".java")).filter(p -> {
                try {
                    return SQL.matcher(Files.readString(p)).find();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
        assertThat(withSql).isEmpty();
        // the pattern does find SQL where it now lives
        for (String storage : List.of("JdbcRegistrationExport", "bulk/BulkWriter", "bulk/JdbcBulkRegistrationStore")) {
            assertThat(SQL.matcher(Files.readString(Path.of("src/main/java/org/residencedesk/storage/" + storage
                    + ".java"))).find()).as(storage).isTrue();
        }
    }
}

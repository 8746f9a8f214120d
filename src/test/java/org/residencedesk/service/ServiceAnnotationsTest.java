package org.residencedesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.residencedesk.domain.account.Permission;

/**
 * No public service method can slip past the permission matrix: each carries {@link Requires} or
 * {@link NoOperator} (not both), each {@code @Requires} method takes the {@link Operator}, and its very first
 * statement is {@code op.require(Permission.X)} with the annotated constant — checked in the bytecode: the
 * earliest line of the method touches nothing but that constant and {@code Operator.require}. That is what
 * makes {@link PermissionMatrixTest}'s calls with empty arguments valid.
 */
class ServiceAnnotationsTest {
    private static final JavaClasses SERVICES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.residencedesk.service");

    @Test
    void theServiceClassesAreFound() {
        assertThat(ServiceClasses.all()).extracting(Class::getSimpleName).contains("RegistrationService",
                "RegistrationCertificates", "PermitQueries", "PermitApplicationService", "PermitReviewService",
                "CardProductionService", "PermitLifecycleService", "OnlineApplicationService", "PlatformIntake",
                "ExportService", "AuditService", "AuditAlarm", "DemoDataService", "PrintAuditService",
                "AuthenticationService", "StationSetupService");
    }

    @Test
    void everyPublicServiceMethodNamesItsPermissionOrWhyItNeedsNone() {
        List<String> unmarked = new ArrayList<>();
        List<String> both = new ArrayList<>();
        for (Class<?> service : ServiceClasses.checked()) {
            for (Method m : ServiceClasses.publicMethods(service)) {
                boolean requires = m.isAnnotationPresent(Requires.class);
                boolean none = m.isAnnotationPresent(NoOperator.class);
                if (!requires && !none) {
                    unmarked.add(service.getSimpleName() + "." + m.getName());
                }
                if (requires && none) {
                    both.add(service.getSimpleName() + "." + m.getName());
                }
                if (none) {
                    assertThat(m.getAnnotation(NoOperator.class).value()).as("reason of %s", m).isNotBlank();
                }
            }
        }
        assertThat(unmarked).as("public service methods without @Requires or @NoOperator").isEmpty();
        assertThat(both).as("methods with both annotations").isEmpty();
    }

    @Test
    void everyRequiresMethodTakesTheOperatorAndChecksTheAnnotatedPermissionFirst() {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Class<?> service : ServiceClasses.checked()) {
            for (Method m : ServiceClasses.publicMethods(service)) {
                Requires requires = m.getAnnotation(Requires.class);
                if (requires == null) {
                    continue;
                }
                checked++;
                if (Arrays.stream(m.getParameterTypes()).noneMatch(Operator.class::equals)) {
                    wrong.add(m + ": takes no Operator");
                    continue;
                }
                String problem = firstStatementProblem(m, requires.value());
                if (problem != null) {
                    wrong.add(service.getSimpleName() + "." + m.getName() + ": " + problem);
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(checked).as("@Requires methods found").isGreaterThan(40);
    }

    /** Null when the earliest line touches exactly Permission.X and Operator.require; otherwise what it touches. */
    static String firstStatementProblem(Method m, Permission expected) {
        JavaMethod method = SERVICES.get(m.getDeclaringClass()).getMethod(m.getName(), m.getParameterTypes());
        Set<JavaAccess<?>> accesses = method.getAccessesFromSelf();
        if (accesses.isEmpty()) {
            return "does nothing";
        }
        int first = accesses.stream().mapToInt(JavaAccess::getLineNumber).min().orElseThrow();
        List<JavaAccess<?>> onFirstLine = accesses.stream().filter(a -> a.getLineNumber() == first)
                .sorted(Comparator.comparing(JavaAccess::getDescription)).toList();
        boolean requireCall = onFirstLine.stream().anyMatch(a -> a instanceof JavaMethodCall call
                && call.getTargetOwner().isEquivalentTo(Operator.class) && call.getName().equals("require"));
        boolean permissionRead = onFirstLine.stream().anyMatch(a -> a instanceof JavaFieldAccess field
                && field.getTargetOwner().isEquivalentTo(Permission.class) && field.getName().equals(expected.name()));
        boolean nothingElse = onFirstLine.stream().allMatch(a -> (a instanceof JavaMethodCall call
                && call.getTargetOwner().isEquivalentTo(Operator.class) && call.getName().equals("require"))
                || (a instanceof JavaFieldAccess field && field.getTargetOwner().isEquivalentTo(Permission.class)));
        if (requireCall && permissionRead && nothingElse && onFirstLine.size() == 2) {
            return null;
        }
        return "first line " + first + " does " + onFirstLine.stream().map(JavaAccess::getDescription)
                .collect(Collectors.joining("; "));
    }
}

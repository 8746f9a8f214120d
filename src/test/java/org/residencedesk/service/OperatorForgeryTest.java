package org.residencedesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Forging an {@link Operator} is impossible from outside the service package, and inside it only the
 * authentication service makes one (docs/decisions/0150): the class is final (no subclass can pose as one),
 * no constructor is public or protected, and no class of the product or of its tests calls the constructor
 * except {@link AuthenticationService}.
 */
class OperatorForgeryTest {
    @Test
    void theClassIsFinalAndNoConstructorIsReachableFromOutsideItsPackage() {
        assertThat(Modifier.isFinal(Operator.class.getModifiers())).as("final").isTrue();
        assertThat(Operator.class.isRecord()).as("a record's canonical constructor would be public").isFalse();
        Constructor<?>[] constructors = Operator.class.getDeclaredConstructors();
        assertThat(constructors).isNotEmpty();
        assertThat(constructors).allSatisfy(c -> assertThat(Modifier.isPublic(c.getModifiers())
                || Modifier.isProtected(c.getModifiers())).as("%s is public or protected", c).isFalse());
    }

    @Test
    void onlyTheAuthenticationServiceConstructsOperatorsInProductAndTests() {
        JavaClasses all = new ClassFileImporter().importPackages("org.residencedesk");
        assertThat(all.contain(OperatorForgeryTest.class)).as("test classes are imported too").isTrue();
        Set<String> callers = all.get(Operator.class).getConstructorCallsToSelf().stream()
                .map(JavaConstructorCall::getOriginOwner)
                .map(c -> c.getName())
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(callers).containsExactly(AuthenticationService.class.getName());
        assertThat(Arrays.stream(Operator.class.getDeclaredMethods()).filter(m -> Modifier.isStatic(m.getModifiers())))
                .as("no static factory").isEmpty();
    }
}

package org.residencedesk.service;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The service classes of the product and their public methods, found by reflection so that a new one cannot
 * slip past the permission tests: every public, concrete, top-level class in {@code org.residencedesk.service..}
 * (records, enums, exceptions and annotations are values, not services) with a public constructor that takes a
 * port or another service — i.e. a class the composition root wires.
 */
public final class ServiceClasses {
    private ServiceClasses() {
    }

    /** Every service class, sorted by name. */
    public static List<Class<?>> all() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.residencedesk.service").stream()
                .filter(c -> c.getEnclosingClass().isEmpty())
                .map(JavaClass::reflect)
                .filter(ServiceClasses::isService)
                .sorted(Comparator.comparing(Class::getName))
                .toList();
    }

    /** The service classes the permission tests check: all of them. */
    public static List<Class<?>> checked() {
        return all();
    }

    /** The public instance methods a class declares itself, in a stable order. */
    public static List<Method> publicMethods(Class<?> service) {
        return Arrays.stream(service.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
                .filter(m -> !m.isSynthetic() && !m.isBridge())
                .sorted(Comparator.comparing(Method::getName).thenComparing(Method::toGenericString))
                .toList();
    }

    static boolean isService(Class<?> c) {
        int mod = c.getModifiers();
        if (!Modifier.isPublic(mod) || Modifier.isAbstract(mod) || c.isInterface() || c.isRecord() || c.isEnum()
                || c.isAnnotation() || Throwable.class.isAssignableFrom(c)) {
            return false;
        }
        for (Constructor<?> k : c.getConstructors()) {
            for (Class<?> p : k.getParameterTypes()) {
                String pkg = p.getPackageName();
                if (pkg.startsWith("org.residencedesk.port")
                        || (pkg.startsWith("org.residencedesk.service") && !p.isRecord() && !p.isEnum())) {
                    return true;
                }
            }
        }
        return false;
    }
}

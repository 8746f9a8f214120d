package org.residencedesk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.platform.commons.annotation.Testable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Guard (issue 9, ADR 0100): every class under {@code src/test/java} that holds tests is executed by
 * {@code mvn verify}. It reads surefire's {@code <includes>}/{@code <excludes>} from {@code pom.xml}, so it
 * cannot drift from the build, and checks every compiled test class against them:
 * <ul>
 * <li>a class "holds tests" when it, a superclass or an interface declares a method or field whose annotation
 * is (meta-)annotated with JUnit's {@link Testable}: {@code @Test}, {@code @ParameterizedTest},
 * {@code @RepeatedTest}, {@code @TestFactory}, {@code @TestTemplate}, jqwik's {@code @Property} and
 * {@code @Example}, ArchUnit's {@code @ArchTest} (fields and methods) all are;</li>
 * <li>a concrete top-level class must match an include and no exclude;</li>
 * <li>an inner class runs through its enclosing class only when it is a non-static {@code @Nested}
 * (Jupiter) or {@code @Group} (jqwik) class of an executed class; any other nested class with tests is
 * reported;</li>
 * <li>an abstract class or interface with tests needs at least one executed concrete subclass.</li>
 * </ul>
 * No class is exempt. The benches in {@code org.residencedesk.bench} ({@code *Bench}, {@code *Probe}, run by
 * {@code bench/run}) are {@code main()} programs without test annotations, so the guard ignores them for
 * that reason alone; a test annotation added to one makes this guard fail.
 */
class EveryTestClassRunsTest {

    /** Surefire's default exclude when {@code <excludes>} is not configured: nested classes. */
    private static final List<String> SUREFIRE_DEFAULT_EXCLUDES = List.of("**/*$*");

    @Test
    void everyClassWithTestsMatchesTheSurefirePatternsOfThePom() throws Exception {
        SurefirePatterns patterns = SurefirePatterns.fromPom(projectDir().resolve("pom.xml"));
        List<Class<?>> classes = compiledTestClasses();

        List<String> notRun = classesNotRun(classes, patterns);

        assertThat(notRun)
                .as("classes under src/test holding tests that `mvn verify` does not run with surefire includes %s"
                        + " and excludes %s — rename them to match or change the pom",
                        patterns.includes(), patterns.excludes())
                .isEmpty();
    }

    @Test
    void theGuardSeesTheTestsItGuards() throws Exception {
        List<Class<?>> classes = compiledTestClasses();
        Set<String> withTests = new TreeSet<>();
        for (Class<?> c : classes) {
            if (holdsTests(c)) {
                withTests.add(c.getName());
            }
        }
        // one class of each kind of test annotation, so a broken scan cannot pass silently
        assertThat(withTests).contains(
                EveryTestClassRunsTest.class.getName(),
                "org.residencedesk.domain.identity.IdNumberProperties",          // jqwik @Property
                "org.residencedesk.architecture.ArchitectureTest",               // ArchUnit @ArchTest fields
                "org.residencedesk.domain.permit.PermitApplicationTest$Review"); // Jupiter @Nested
        assertThat(withTests.stream().filter(n -> n.contains("$")))
                .as("@Nested classes are seen").isNotEmpty();
        assertThat(withTests).as("test classes found").hasSizeGreaterThan(60);
    }

    @Test
    void thePatternsMatchLikeSurefire() throws Exception {
        SurefirePatterns patterns = SurefirePatterns.fromPom(projectDir().resolve("pom.xml"));
        assertThat(patterns.matches("org/residencedesk/x/RenamedTest.class")).isTrue();
        assertThat(patterns.matches("org/residencedesk/x/RenamedProperties.class")).isTrue();
        assertThat(patterns.matches("TopLevelTest.class")).isTrue();
        assertThat(patterns.matches("org/residencedesk/x/Renamed.class")).isFalse();
        assertThat(patterns.matches("org/residencedesk/x/RenamedTests.class")).isFalse();
        assertThat(patterns.matches("org/residencedesk/x/RenamedTest$Inner.class")).isFalse();
    }

    // --- the check --------------------------------------------------------------------------------

    private static List<String> classesNotRun(List<Class<?>> classes, SurefirePatterns patterns) {
        List<String> notRun = new ArrayList<>();
        for (Class<?> c : classes) {
            if (!holdsTests(c)) {
                continue;
            }
            boolean runs = isAbstract(c)
                    ? compiledTestClassesQuietly().stream()
                            .anyMatch(s -> s != c && c.isAssignableFrom(s) && !isAbstract(s) && isExecuted(s, patterns))
                    : isExecuted(c, patterns);
            if (!runs) {
                notRun.add(c.getName());
            }
        }
        return notRun;
    }

    private static boolean isExecuted(Class<?> c, SurefirePatterns patterns) {
        if (isAbstract(c)) {
            return false;
        }
        Class<?> enclosing = c.getEnclosingClass();
        if (enclosing == null) {
            return patterns.matches(c.getName().replace('.', '/') + ".class");
        }
        boolean container = !Modifier.isStatic(c.getModifiers()) && c.isMemberClass()
                && (c.isAnnotationPresent(Nested.class) || hasAnnotationNamed(c, "net.jqwik.api.Group"));
        return container && isExecuted(enclosing, patterns);
    }

    private static boolean isAbstract(Class<?> c) {
        return c.isInterface() || Modifier.isAbstract(c.getModifiers());
    }

    static boolean holdsTests(Class<?> c) {
        for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
            if (declaresTests(k)) {
                return true;
            }
            for (Class<?> i : k.getInterfaces()) {
                if (holdsTests(i)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean declaresTests(Class<?> k) {
        List<AnnotatedElement> members = new ArrayList<>(List.of(k.getDeclaredMethods()));
        members.addAll(List.of(k.getDeclaredFields()));
        for (AnnotatedElement m : members) {
            for (Annotation a : m.getAnnotations()) {
                if (isTestable(a.annotationType(), new HashSet<>())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isTestable(Class<? extends Annotation> type, Set<Class<?>> seen) {
        if (type == Testable.class) {
            return true;
        }
        if (!seen.add(type) || type.getName().startsWith("java.lang.annotation.")) {
            return false;
        }
        for (Annotation meta : type.getAnnotations()) {
            if (isTestable(meta.annotationType(), seen)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasAnnotationNamed(Class<?> c, String name) {
        return Stream.of(c.getAnnotations()).anyMatch(a -> a.annotationType().getName().equals(name));
    }

    // --- finding the classes ----------------------------------------------------------------------

    private static List<Class<?>> cachedClasses;

    private static List<Class<?>> compiledTestClassesQuietly() {
        try {
            return compiledTestClasses();
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Every class in the test output directory whose top-level source file exists under
     * {@code src/test/java} (so stale class files of deleted or renamed tests are ignored). Classes are
     * loaded without running their static initialisers.
     */
    private static synchronized List<Class<?>> compiledTestClasses() throws IOException, URISyntaxException {
        if (cachedClasses != null) {
            return cachedClasses;
        }
        Path classesDir = Path.of(EveryTestClassRunsTest.class.getProtectionDomain().getCodeSource()
                .getLocation().toURI());
        Path sourceDir = projectDir().resolve("src/test/java");
        assertThat(sourceDir).as("test sources").isDirectory();
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classesDir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String relative = classesDir.relativize(file).toString().replace('\\', '/');
                if (relative.endsWith("module-info.class") || relative.endsWith("package-info.class")) {
                    continue;
                }
                String binaryName = relative.substring(0, relative.length() - ".class".length()).replace('/', '.');
                String topLevel = relative.replaceFirst("\\$.*", "").replaceFirst("\\.class$", "");
                if (!Files.exists(sourceDir.resolve(topLevel + ".java"))) {
                    continue;
                }
                try {
                    classes.add(Class.forName(binaryName, false, EveryTestClassRunsTest.class.getClassLoader()));
                } catch (ClassNotFoundException | LinkageError e) {
                    throw new IllegalStateException("cannot load test class " + binaryName, e);
                }
            }
        }
        cachedClasses = List.copyOf(classes);
        return cachedClasses;
    }

    private static Path projectDir() {
        String basedir = System.getProperty("basedir");
        Path dir = basedir != null ? Path.of(basedir) : Path.of("").toAbsolutePath();
        assertThat(dir.resolve("pom.xml")).as("pom.xml of the project").isRegularFile();
        return dir;
    }

    // --- surefire's patterns ----------------------------------------------------------------------

    record SurefirePatterns(List<String> includes, List<String> excludes) {

        static SurefirePatterns fromPom(Path pom) throws Exception {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(false);
            Document doc = factory.newDocumentBuilder().parse(pom.toFile());
            Element surefire = null;
            for (Element plugin : children(child(child(doc.getDocumentElement(), "build"), "plugins"), "plugin")) {
                if ("maven-surefire-plugin".equals(text(child(plugin, "artifactId")))) {
                    surefire = plugin;
                }
            }
            assertThat(surefire).as("maven-surefire-plugin in <build><plugins> of pom.xml").isNotNull();
            assertThat(children(surefire, "executions"))
                    .as("surefire executions with their own patterns are not understood by this guard").isEmpty();
            Element config = child(surefire, "configuration");
            assertThat(config).as("surefire <configuration>").isNotNull();
            for (String unsupported : List.of("test", "includesFile", "excludesFile", "groups", "excludedGroups",
                    "skip", "skipTests", "skipExec")) {
                assertThat(child(config, unsupported))
                        .as("surefire <%s> is not understood by this guard; extend it or remove the setting",
                                unsupported)
                        .isNull();
            }
            List<String> includes = values(child(config, "includes"), "include");
            List<String> excludes = values(child(config, "excludes"), "exclude");
            assertThat(includes).as("surefire <includes> in pom.xml").isNotEmpty();
            if (child(config, "excludes") == null) {
                excludes = SUREFIRE_DEFAULT_EXCLUDES;
            }
            for (String p : concat(includes, excludes)) {
                assertThat(p).as("pattern syntax understood by this guard (no %%regex, no #method)")
                        .doesNotStartWith("%regex").doesNotContain("#").doesNotContain(",");
            }
            return new SurefirePatterns(includes, excludes);
        }

        /** {@code classFile} like {@code org/x/FooTest.class}; surefire matches {@code .java} patterns as {@code .class}. */
        boolean matches(String classFile) {
            return includes.stream().anyMatch(p -> antMatch(p, classFile))
                    && excludes.stream().noneMatch(p -> antMatch(p, classFile));
        }

        private static boolean antMatch(String pattern, String classFile) {
            String p = pattern.trim().replace('\\', '/');
            if (p.endsWith(".java")) {
                p = p.substring(0, p.length() - ".java".length()) + ".class";
            } else if (!p.endsWith(".class") && !p.endsWith("*")) {
                p = p + ".class";
            }
            StringBuilder regex = new StringBuilder();
            for (int i = 0; i < p.length(); i++) {
                char ch = p.charAt(i);
                if (p.startsWith("**/", i)) {
                    regex.append("(?:.*/)?");
                    i += 2;
                } else if (p.startsWith("**", i)) {
                    regex.append(".*");
                    i += 1;
                } else if (ch == '*') {
                    regex.append("[^/]*");
                } else if (ch == '?') {
                    regex.append("[^/]");
                } else {
                    regex.append(Pattern.quote(String.valueOf(ch)));
                }
            }
            return classFile.matches(regex.toString());
        }

        private static List<String> concat(List<String> a, List<String> b) {
            List<String> all = new ArrayList<>(a);
            all.addAll(b);
            return all;
        }

        private static List<String> values(Element parent, String name) {
            return parent == null ? List.of() : children(parent, name).stream().map(SurefirePatterns::text).toList();
        }

        private static Element child(Element parent, String name) {
            List<Element> found = parent == null ? List.of() : children(parent, name);
            return found.isEmpty() ? null : found.get(0);
        }

        private static List<Element> children(Element parent, String name) {
            List<Element> found = new ArrayList<>();
            if (parent == null) {
                return found;
            }
            for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && e.getTagName().equals(name)) {
                    found.add(e);
                }
            }
            return found;
        }

        private static String text(Element e) {
            return e == null ? null : e.getTextContent().trim();
        }
    }
}

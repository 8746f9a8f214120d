package org.residencedesk.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No class over ~400 lines (the developers' guide): every source file under src/main/java stays at or below
 * {@link #LIMIT} lines, except the files named in {@link #OVER_THE_LIMIT}, each with the size it may not grow past
 * and the reason it is there. The list is a ratchet: a named file that grows fails, and a named file that got back
 * under the limit fails too until its line is removed, so the list only shrinks.
 */
class ClassSizeTest {
    static final int LIMIT = 420;
    private static final Path MAIN = Path.of("src/main/java/org/residencedesk");

    /** file (below org/residencedesk) → the most lines it may have; the comment says why it is here. */
    private static final Map<String, Integer> OVER_THE_LIMIT = Map.of(
            // the composition root: one constructor call and one accessor per service (docs/known-gaps.md)
            "app/AppContext.java", 620,
            // 居住登记 with its change, move-out, re-registration and timeline; the next split is the timeline
            "service/registration/RegistrationService.java", 465,
            // the permit aggregate: every step of its life and its invariants in one place (ADR 0110)
            "domain/permit/PermitApplication.java", 435,
            // the registration form's view model: swipe, lookups, drafts, save, change; the next split is drafts
            "ui/registration/RegistrationViewModel.java", 435);

    @Test
    void everySourceFileStaysUnderTheLimitOrUnderItsNamedCeiling() throws IOException {
        Map<String, Integer> sizes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                try (Stream<String> lines = Files.lines(f)) {
                    sizes.put(MAIN.relativize(f).toString().replace('\\', '/'), (int) lines.count());
                }
            }
        }
        List<String> problems = new ArrayList<>();
        sizes.forEach((file, lines) -> {
            Integer ceiling = OVER_THE_LIMIT.get(file);
            if (ceiling == null && lines > LIMIT) {
                problems.add(file + ": " + lines + " lines (limit " + LIMIT + "): split it");
            } else if (ceiling != null && lines > ceiling) {
                problems.add(file + ": " + lines + " lines, more than its ceiling " + ceiling + ": split it");
            } else if (ceiling != null && lines <= LIMIT) {
                problems.add(file + ": " + lines + " lines, under the limit now: remove it from OVER_THE_LIMIT");
            }
        });
        OVER_THE_LIMIT.keySet().stream().filter(f -> !sizes.containsKey(f))
                .forEach(f -> problems.add(f + ": named in OVER_THE_LIMIT but gone: remove its line"));
        assertThat(problems).isEmpty();
    }
}

package org.residencedesk.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docs/decisions stays readable for a newcomer: every record has a status line, a record that points at a
 * later one names a record that exists, and docs/decisions/README.md lists every record with its status.
 */
class DecisionRecordsTest {
    private static final Path DECISIONS = Path.of("docs/decisions");
    private static final Pattern FILE_NAME = Pattern.compile("(\\d{4})-[a-z0-9-]+\\.md");
    private static final Pattern STATUS = Pattern.compile(
            "Status: (accepted|accepted, amended by (\\d{4})|superseded by (\\d{4})|proposed)( — .*)?");

    /** number → the record's lines */
    private static final Map<String, List<String>> RECORDS = new LinkedHashMap<>();

    @BeforeAll
    static void readRecords() throws IOException {
        try (Stream<Path> files = Files.list(DECISIONS)) {
            for (Path f : files.sorted().toList()) {
                Matcher m = FILE_NAME.matcher(f.getFileName().toString());
                if (m.matches()) {
                    RECORDS.put(m.group(1), Files.readAllLines(f, StandardCharsets.UTF_8));
                }
            }
        }
    }

    @Test
    void thereAreRecords() {
        assertThat(RECORDS).as("records under %s", DECISIONS).containsKeys("0001", "0120");
    }

    @Test
    void everyRecordStartsWithItsNumberAndAStatusLine() {
        List<String> problems = new ArrayList<>();
        RECORDS.forEach((number, lines) -> {
            if (lines.isEmpty() || !lines.get(0).startsWith("# " + number + " ")) {
                problems.add(number + ": first line is not '# " + number + " <title>'");
            }
            if (lines.size() < 3 || !STATUS.matcher(lines.get(2)).matches()) {
                problems.add(number + ": third line is not a status line: " + (lines.size() < 3 ? "" : lines.get(2)));
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void aRecordPointsOnlyAtALaterRecordThatExists() {
        List<String> problems = new ArrayList<>();
        RECORDS.forEach((number, lines) -> {
            Matcher m = STATUS.matcher(lines.get(2));
            if (!m.matches()) {
                return;
            }
            String later = m.group(2) != null ? m.group(2) : m.group(3);
            if (later != null && (!RECORDS.containsKey(later) || later.compareTo(number) <= 0)) {
                problems.add(number + " points at " + later + ", which is not a later record");
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void theIndexListsEveryRecordWithItsStatus() throws IOException {
        String index = Files.readString(DECISIONS.resolve("README.md"), StandardCharsets.UTF_8);
        Pattern row = Pattern.compile("^\\| \\[(\\d{4})]\\((\\d{4}-[a-z0-9-]+\\.md)\\) \\| .+ \\| (.+) \\|$",
                Pattern.MULTILINE);
        Map<String, String> listed = new LinkedHashMap<>();
        Matcher m = row.matcher(index);
        while (m.find()) {
            assertThat(DECISIONS.resolve(m.group(2))).as("file linked for %s", m.group(1)).exists();
            listed.put(m.group(1), m.group(3));
        }
        assertThat(listed.keySet()).as("records listed in docs/decisions/README.md")
                .containsExactlyElementsOf(RECORDS.keySet());
        RECORDS.forEach((number, lines) -> {
            String status = lines.get(2).substring("Status: ".length()).split(" — ")[0];
            assertThat(listed.get(number)).as("status of %s in the index", number).isEqualTo(status);
        });
    }
}

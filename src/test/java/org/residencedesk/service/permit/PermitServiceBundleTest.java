package org.residencedesk.service.permit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.residencedesk.domain.permit.PermitMessages;
import org.residencedesk.domain.permit.PrintCycleCause;

/** Every permit.service.* key the service sources name exists in Chinese, and no such key is unused. */
class PermitServiceBundleTest {
    private static final Path SOURCES = Path.of("src/main/java/org/residencedesk/service/permit");
    private static final Pattern KEY = Pattern.compile("\"(permit\\.service\\.[A-Za-z.]+[A-Za-z])\"");
    private static final String APPLICATION_TYPE = "permit.service.applicationType.";

    @Test
    void serviceKeysAndBundleAgree() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = KEY.matcher(Files.readString(f));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        for (PrintCycleCause c : PrintCycleCause.values()) {
            used.add(APPLICATION_TYPE + c.name());
        }
        ResourceBundle bundle = ResourceBundle.getBundle(PermitMessages.BUNDLE);
        Set<String> present = bundle.keySet().stream().filter(k -> k.startsWith("permit.service."))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(present).isEqualTo(used);
        for (String key : used) {
            assertThat(bundle.getString(key)).as(key).matches("(?s).*\\p{IsHan}.*");
        }
    }
}

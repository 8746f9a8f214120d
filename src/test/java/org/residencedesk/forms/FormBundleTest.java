package org.residencedesk.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.residencedesk.domain.form.MessageKind;

/** Every key the form engine uses exists in {@code i18n.form}, and the bundle holds no unused key. */
class FormBundleTest {

    @Test
    void bundleKeysAreExactlyTheUsedOnes() throws IOException {
        Set<String> used = new HashSet<>();
        for (MessageKind k : MessageKind.values()) used.add(k.bundleKey());
        for (FormLoadProblem p : FormLoadProblem.values()) used.add(p.bundleKey());
        Pattern literal = Pattern.compile("\"(form\\.[a-zA-Z]+\\.[a-zA-Z]+)\"");
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java/org/residencedesk"))) {
            for (Path p : sources.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(p));
                while (m.find()) used.add(m.group(1));
            }
        }
        ResourceBundle bundle = ResourceBundle.getBundle("i18n.form", Locale.SIMPLIFIED_CHINESE);

        assertThat(bundle.keySet()).containsExactlyInAnyOrderElementsOf(used);
        assertThat(bundle.getString("form.validation.required")).isEqualTo("此项必填");
    }
}

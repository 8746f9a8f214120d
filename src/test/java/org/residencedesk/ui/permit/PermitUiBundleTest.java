package org.residencedesk.ui.permit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.residencedesk.domain.online.OnlineKind;
import org.residencedesk.domain.online.OnlineStatus;

/** Every key the permit screens use exists in i18n.permitui, and the bundle holds no unused key. */
class PermitUiBundleTest {
    private static final Pattern KEY = Pattern.compile("\"(permitui\\.[A-Za-z.]+[A-Za-z])\"|%(permitui\\.[A-Za-z.]+)");

    @Test
    void keysUsedAndPresentMatch() throws IOException {
        Set<String> used = new HashSet<>();
        for (Path dir : new Path[] {Path.of("src/main/java/org/residencedesk/ui/permit"),
                Path.of("src/main/resources/org/residencedesk/ui/permit")}) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Matcher m = KEY.matcher(Files.readString(f, StandardCharsets.UTF_8));
                    while (m.find()) {
                        used.add(m.group(1) != null ? m.group(1) : m.group(2));
                    }
                }
            }
        }
        // keys built from enum names in OnlineTabView (only open pre-applications are listed)
        used.remove("permitui.online.kind");
        used.remove("permitui.online.status");
        for (OnlineKind k : OnlineKind.values()) {
            used.add("permitui.online.kind." + k.name());
        }
        for (OnlineStatus s : new OnlineStatus[] {OnlineStatus.PENDING, OnlineStatus.VERIFIED}) {
            used.add("permitui.online.status." + s.name());
        }
        Set<String> present = ResourceBundle.getBundle("i18n.permitui").keySet();
        assertThat(present).containsAll(used);
        assertThat(used).containsAll(present);
    }
}

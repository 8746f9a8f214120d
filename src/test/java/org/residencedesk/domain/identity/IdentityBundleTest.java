package org.residencedesk.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every problem code has a Chinese message and the bundle holds no key nobody uses. */
class IdentityBundleTest {
    private final ResourceBundle bundle = ResourceBundle.getBundle("i18n.identity");

    @Test
    void everyProblemHasAMessageAndNoKeyIsUnused() {
        Set<String> used = new HashSet<>();
        for (IdProblem p : IdProblem.values()) used.add(p.messageKey());
        for (SocialCreditCodeProblem p : SocialCreditCodeProblem.values()) used.add(p.messageKey());
        used.addAll(Set.of("region.810000", "region.820000", "region.830000")); // IdCheckCommand
        assertThat(bundle.keySet()).containsExactlyInAnyOrderElementsOf(used);
        for (String key : used) {
            assertThat(bundle.getString(key)).isNotBlank().matches(".*\\p{IsHan}.*");
        }
    }
}

package org.residencedesk.domain.permit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Every permit problem formats into a finished sentence. (That every key exists, is used and is Chinese is
 * checked for all bundles by {@code BundleCatalogueTest}.)
 */
class PermitFindingMessageTest {
    @Test
    void everyProblemFormatsWithArguments() {
        for (PermitProblem p : PermitProblem.values()) {
            String text = PermitFinding.of(p, 6, java.time.LocalDate.of(2027, 2, 28)).message();
            assertThat(text).as(p.name()).doesNotContain("{").doesNotContain("'");
        }
    }
}

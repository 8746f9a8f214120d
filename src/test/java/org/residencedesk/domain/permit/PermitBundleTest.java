package org.residencedesk.domain.permit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every problem code and every label has a Chinese text, and the bundle holds no key nobody uses. */
class PermitBundleTest {
    private final ResourceBundle bundle = ResourceBundle.getBundle(PermitMessages.BUNDLE);

    @Test
    void everyKeyIsUsedAndEveryUsedKeyIsChinese() {
        Set<String> used = new HashSet<>();
        for (PermitProblem p : PermitProblem.values()) used.add(p.messageKey());
        List<Class<? extends Labelled>> labelled = List.of(PermitBasis.class, Representation.class,
                ResidenceEvidence.class, MaterialKind.class, MaterialRequirement.class, PermitStatus.class,
                PermitAction.class, PrintType.class, CancellationReason.class, FeeKind.class);
        for (Class<? extends Labelled> type : labelled) {
            for (Labelled l : type.getEnumConstants()) used.add(l.labelKey());
        }
        used.addAll(Set.of("permit.notice.title", "permit.notice.item", "permit.notice.itemWithChoices",
                "permit.notice.footer", "permit.notice.complete",
                PermitMessages.LIST_SEPARATOR_KEY));
        // the service layer's keys (permit.service.*) are checked by PermitServiceBundleTest
        assertThat(bundle.keySet().stream().filter(k -> !k.startsWith("permit.service.")))
                .containsExactlyInAnyOrderElementsOf(used);
        for (String key : used) {
            // formats and the numbered-line pattern carry no words of their own
            if (key.startsWith("permit.format.") || key.equals("permit.notice.item")) continue;
            assertThat(bundle.getString(key)).as(key).isNotBlank().matches("(?s).*\\p{IsHan}.*");
        }
    }

    @Test
    void everyProblemFormatsWithArguments() {
        for (PermitProblem p : PermitProblem.values()) {
            String text = PermitFinding.of(p, 6, java.time.LocalDate.of(2027, 2, 28)).message();
            assertThat(text).as(p.name()).doesNotContain("{").doesNotContain("'");
        }
    }
}

package org.residencedesk.masterdata;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class Pinyin4jNameInitialsProperties {
    private final Pinyin4jNameInitials initials = new Pinyin4jNameInitials();

    @Property(tries = 1000)
    void anyTextGivesLowerCaseWithoutDigitsOrDots(@ForAll String any) {
        String out = initials.initialsOf(any);
        assertThat(out).isNotNull().doesNotContain("·");
        assertThat(out.chars().noneMatch(c -> c >= '0' && c <= '9')).isTrue();
        assertThat(out).isEqualTo(out.toLowerCase(java.util.Locale.ROOT));
    }
}

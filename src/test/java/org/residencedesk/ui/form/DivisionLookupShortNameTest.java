package org.residencedesk.ui.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.residencedesk.domain.form.FieldDefinition;
import org.residencedesk.masterdata.ClasspathMasterData;
import org.residencedesk.testsupport.RegistrationFixture;

/**
 * Where a clerk sees a division code (the residence field's suggestions and its shown value), the packaged
 * master data gives the short name (ADR 0140): 建强社区, not 建强社区居民居委会. No window needed.
 */
class DivisionLookupShortNameTest {
    private static final ClasspathMasterData DATA = org.residencedesk.testing.TestMasterData.shared();
    private final FieldDefinition residence = RegistrationFixture.form().field("residenceDivision").orElseThrow();
    private final LookupSource lookup = LookupSource.forField(residence, DATA);

    @Test
    void suggestionsAndShownValueUseTheShortName() {
        List<LookupSource.Suggestion> byInitials = lookup.search("jqsq");
        assertThat(byInitials).extracting(LookupSource.Suggestion::value).contains("420111491006");
        LookupSource.Suggestion jianqiang = byInitials.stream()
                .filter(s -> s.value().equals("420111491006")).findFirst().orElseThrow();
        assertThat(jianqiang.display()).isEqualTo("420111491006 湖北省武汉市洪山区东湖风景区街道（洪山）建强社区");

        assertThat(lookup.search("建强社区").get(0).value()).isEqualTo("420111491006");
        assertThat(lookup.display("420111491006")).hasValue("420111491006 湖北省武汉市洪山区东湖风景区街道（洪山）建强社区");
        assertThat(lookup.display("420117003217")).hasValue("420117003217 湖北省武汉市新洲区仓埠街道洪山村");
        assertThat(lookup.display("420117003217").orElseThrow()).doesNotContain("委会");
    }
}

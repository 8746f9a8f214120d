package org.residencedesk.ui.permit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.residencedesk.domain.identity.IdNumber;
import org.residencedesk.testing.IdNumbers;
import org.residencedesk.ui.BackgroundWork;

/** The reusable person finder without a window: found, not found, empty, and who is told. */
class PersonFinderViewModelTest {
    private PermitUiFixture fixture;
    private PersonFinderViewModel finder;
    private final List<PersonFinder.Found> told = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        fixture = new PermitUiFixture();
        var services = fixture.services();
        finder = new PersonFinderViewModel(new PersonFinder(services.registration(), services.permits().queries(),
                PermitUiFixture.ADMIN),
                BackgroundWork.inline());
        finder.onFound(told::add);
    }

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    @Test
    void aRegisteredPersonIsFoundWithTheirPermitsAndListenersAreTold() {
        long person = fixture.registerResident();
        String permit = fixture.acceptedPermit(person);
        finder.takeCard(PermitUiFixture.card());
        assertThat(finder.idNumber.get()).isEqualTo(PermitUiFixture.ID);

        finder.find();

        assertThat(finder.person.get().personId()).isEqualTo(person);
        assertThat(finder.personText()).isEqualTo(PermitUiFixture.NAME + "　" + IdNumber.mask(PermitUiFixture.ID) + "　登记编号 4201110020012026000001")
                .doesNotContain(PermitUiFixture.ID);
        assertThat(finder.permits).extracting(p -> p.id()).containsExactly(permit);
        assertThat(finder.personId()).contains(person);
        assertThat(told).singleElement().satisfies(f -> assertThat(f.registration().personId()).isEqualTo(person));
        assertThat(finder.errors.of("idNumber").get()).isEmpty();
    }

    @Test
    void anUnknownOrEmptyNumberIsSaidBesideTheField() {
        finder.idNumber.set(IdNumbers.citizen("420106", "19991231", 77));
        finder.find();
        assertThat(finder.errors.of("idNumber").get()).isEqualTo("未找到该公民身份号码在本站的有效居住登记");
        assertThat(finder.person.get()).isNull();

        finder.idNumber.set("  ");
        finder.find();
        assertThat(finder.errors.of("idNumber").get()).isEqualTo("请刷居民身份证或输入公民身份号码");
        assertThat(told).isEmpty();
        assertThat(finder.personText()).isEmpty();
    }
}

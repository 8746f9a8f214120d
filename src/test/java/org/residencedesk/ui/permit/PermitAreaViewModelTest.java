package org.residencedesk.ui.permit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.residencedesk.domain.identity.IdNumber;
import org.residencedesk.ui.BackgroundWork;

/** The area without a window: a tab brought to the front reads its list, a swipe goes to the tab on screen. */
class PermitAreaViewModelTest {
    private PermitUiFixture fixture;
    private PermitAreaViewModel area;
    private String printed;

    @BeforeEach
    void open() throws Exception {
        fixture = new PermitUiFixture();
        printed = fixture.printedPermit(fixture.registerResident());
        area = new PermitAreaViewModel(fixture.services(), PermitUiFixture.ADMIN, BackgroundWork.inline());
    }

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    @Test
    void aTabReadsItsListWhenItComesToTheFront() {
        assertThat(area.selectedTab()).isEqualTo(PermitTab.APPLY);
        assertThat(area.collection().collection.items()).isEmpty();
        area.show(PermitTab.COLLECTION);
        assertThat(area.collection().collection.items()).extracting(i -> i.permit().id()).containsExactly(printed);
        assertThat(area.review().queue.items()).isEmpty();
    }

    @Test
    void aSwipeOnTheCollectionTabFindsTheCardElsewhereItFillsTheFinder() {
        area.show(PermitTab.COLLECTION);
        area.cardRead(PermitUiFixture.card());
        assertThat(area.collection().target.get().id()).isEqualTo(printed);
        assertThat(area.finder().person.get()).as("the finder is left alone").isNull();

        area.show(PermitTab.REVIEW);
        area.cardRead(PermitUiFixture.card());
        assertThat(area.selectedTab()).isEqualTo(PermitTab.APPLY);
        assertThat(area.finder().idNumber.get()).isEqualTo(PermitUiFixture.ID);
        assertThat(area.finder().personText()).isEqualTo(PermitUiFixture.NAME + "　" + IdNumber.mask(PermitUiFixture.ID) + "　登记编号 4201110020012026000001");
        assertThat(area.finder().permits).extracting(p -> p.id()).containsExactly(printed);
        assertThat(area.operator()).isEqualTo(PermitUiFixture.ADMIN);
    }
}

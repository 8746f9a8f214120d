package org.residencedesk.ui.permit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.residencedesk.domain.account.Role;
import org.residencedesk.domain.identity.IdNumber;
import org.residencedesk.testing.TestOperators;
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

    @Test
    void eachRoleSeesOnlyTheTabsTheMatrixGrantsAndTheFirstOneIsInFront() {
        assertThat(tabsOf(Role.WINDOW_STAFF)).containsExactly(PermitTab.APPLY, PermitTab.COLLECTION,
                PermitTab.MATERIALS, PermitTab.ONLINE);
        assertThat(tabsOf(Role.REVIEWER)).as("approve/reject only here").containsExactly(PermitTab.REVIEW);
        assertThat(tabsOf(Role.CLERK)).as("print card only here").containsExactly(PermitTab.PRINT, PermitTab.COLLECTION);
        assertThat(tabsOf(Role.CHIEF)).containsExactly(PermitTab.APPLY, PermitTab.REVIEW, PermitTab.MATERIALS,
                PermitTab.ONLINE);
        assertThat(tabsOf(Role.ADMIN)).isEmpty();

        PermitAreaViewModel reviewer = new PermitAreaViewModel(fixture.services(),
                TestOperators.signIn(fixture.context, "liqiang", "李强", Role.REVIEWER), BackgroundWork.inline());
        assertThat(reviewer.selectedTab()).isEqualTo(PermitTab.REVIEW);
        reviewer.show(PermitTab.PRINT);
        assertThat(reviewer.selectedTab()).as("a hidden tab is never brought to the front").isEqualTo(PermitTab.REVIEW);
        assertThat(reviewer.details().mayChangePermit()).isFalse();
        assertThat(area.details().mayChangePermit()).isTrue();
    }

    private java.util.List<PermitTab> tabsOf(Role role) {
        return new PermitAreaViewModel(fixture.services(), TestOperators.signIn(fixture.context, "tabs" + role.ordinal(),
                "标签" + role.ordinal(), role), BackgroundWork.inline()).tabs();
    }
}

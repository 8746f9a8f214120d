package org.residencedesk.ui.permit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.residencedesk.domain.identity.IdNumber;
import org.residencedesk.domain.permit.MaterialKind;
import org.residencedesk.domain.permit.PermitBasis;
import org.residencedesk.domain.permit.Representation;
import org.residencedesk.service.permit.ApplicationRequest;
import org.residencedesk.ui.BackgroundWork;

/** 待补材料 without a window: continuing an application brings it to the 申领 panel. */
class MaterialsTabViewModelTest {
    private PermitUiFixture fixture;
    private PermitAreaViewModel area;

    @BeforeEach
    void open() throws Exception {
        fixture = new PermitUiFixture();
        area = new PermitAreaViewModel(fixture.services(), PermitUiFixture.ADMIN, BackgroundWork.inline());
    }

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    @Test
    void continuingNeedsARow() {
        area.show(PermitTab.MATERIALS);
        area.materials().continueSelected();
        assertThat(area.materials().message.get()).isEqualTo("请先在列表中选择一条记录");
        assertThat(area.selectedTab()).isEqualTo(PermitTab.MATERIALS);
    }

    @Test
    void aWaitingApplicationIsContinuedInTheApplicationPanel() {
        long person = fixture.registerResident();
        String id = fixture.context.permits().applications().submit(PermitUiFixture.ADMIN, person, new ApplicationRequest(
                PermitBasis.STABLE_RESIDENCE, Representation.IN_PERSON, false,
                Set.of(MaterialKind.RESIDENT_ID_CARD, MaterialKind.PHOTO))).permit().id();
        area.show(PermitTab.MATERIALS);
        MaterialsTabViewModel materials = area.materials();
        assertThat(materials.queue.items()).extracting(i -> i.permit().id()).containsExactly(id);

        materials.selected.set(materials.queue.items().get(0));
        materials.continueSelected();

        assertThat(area.selectedTab()).isEqualTo(PermitTab.APPLY);
        assertThat(materials.message.get()).isEmpty();
        ApplicationTabViewModel application = area.application();
        assertThat(area.finder().personText()).isEqualTo(PermitUiFixture.NAME + "　" + IdNumber.mask(PermitUiFixture.ID) + "　登记编号 4201110020012026000001");
        assertThat(application.mode.get()).isEqualTo("补齐材料：勾选已补交的材料后再次提交");
        assertThat(application.basis.get()).isEqualTo(PermitBasis.STABLE_RESIDENCE);
        assertThat(application.presented).containsExactlyInAnyOrder(MaterialKind.RESIDENT_ID_CARD, MaterialKind.PHOTO);
        assertThat(application.required).extracting(r -> r.acceptable(false)).containsExactly(
                List.of(MaterialKind.RESIDENT_ID_CARD), List.of(MaterialKind.PHOTO),
                List.of(MaterialKind.LEASE, MaterialKind.PROPERTY_CERTIFICATE, MaterialKind.PURCHASE_CONTRACT,
                        MaterialKind.ACCOMMODATION_CERTIFICATE));
    }
}

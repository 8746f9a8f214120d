package org.residencedesk.ui.permit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.residencedesk.domain.permit.PermitApplication;
import org.residencedesk.domain.permit.PermitStatus;
import org.residencedesk.port.printing.DocumentType;
import org.residencedesk.testing.IdNumbers;
import org.residencedesk.ui.BackgroundWork;

/** 待领取 without a window: swipe finds the printed card, a collector's data is checked, 发证 → receipt. */
class CollectionTabViewModelTest {
    private static final String OTHER_ID = IdNumbers.citizen("420106", "19850612", 31);
    private PermitUiFixture fixture;
    private CollectionTabViewModel collection;
    private String printed;
    private final RecordingViewer viewer = new RecordingViewer();

    @BeforeEach
    void open() throws Exception {
        fixture = new PermitUiFixture();
        printed = fixture.printedPermit(fixture.registerResident());
        fixture.approvedPermit(fixture.register(OTHER_ID, "周建国", "1", "1985-06-12"));
        PermitAreaViewModel area = new PermitAreaViewModel(fixture.services(), PermitUiFixture.ADMIN,
                BackgroundWork.inline());
        area.showDocumentsWith(viewer);
        collection = area.collection();
        area.show(PermitTab.COLLECTION);
    }

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    @Test
    void issuingNeedsACard() {
        collection.issue();
        assertThat(collection.errors.of("form").get()).isEqualTo("请刷持证人居民身份证或在列表中选择待领取的居住证");
    }

    @Test
    void aSwipeWithoutAPrintedCardIsSaid() {
        collection.cardRead(PermitUiFixture.card("周建国", OTHER_ID, "1", LocalDate.of(1985, 6, 12)));
        assertThat(collection.errors.of("form").get()).isEqualTo("该人员没有待领取的居住证");
        assertThat(collection.target.get()).isNull();
    }

    @Test
    void theHoldersSwipeFindsTheCardAndACollectorIsCheckedBeforeIssuing() {
        assertThat(collection.collection.items()).hasSize(1);
        collection.byHolder.set(false);
        collection.cardRead(PermitUiFixture.card());
        assertThat(collection.target.get().id()).isEqualTo(printed);
        assertThat(collection.byHolder.get()).as("a swipe hands it to the holder").isTrue();
        assertThat(collection.notice.get()).isEqualTo(PermitUiFixture.NAME + " 的居住证已找到，请核对后发证");
        assertThat(collection.targetText()).isEqualTo("待领取：受理编号 4201110020012026000001　居住证编号 4201110020012026000001");

        collection.byHolder.set(false);
        collection.collectorName.set("刘大海");
        collection.collectorId.set("42010619900315124");
        collection.relationship.set("父女");
        collection.issue();
        assertThat(collection.errors.of("collectorId").get()).isEqualTo("代领人公民身份号码不正确");
        assertThat(fixture.context.permits().queries().summary(PermitUiFixture.ADMIN, printed).status()).isEqualTo(PermitStatus.PRINTED);

        String collectorId = IdNumbers.citizen("420106", "19620420", 11);
        collection.collectorId.set(collectorId);
        collection.issue();

        assertThat(collection.notice.get()).isEqualTo("居住证 4201110020012026000001 已发证，领取回执已打开");
        assertThat(viewer.types()).containsExactly(DocumentType.ISSUANCE_RECEIPT);
        assertThat(collection.target.get()).isNull();
        assertThat(collection.collection.items()).isEmpty();
        PermitApplication issued = fixture.context.permits().queries().open(PermitUiFixture.ADMIN, printed);
        assertThat(issued.status()).isEqualTo(PermitStatus.ISSUED);
        assertThat(issued.handovers()).singleElement().satisfies(h -> {
            assertThat(h.byHolder()).isFalse();
            assertThat(h.collectorIdNumber().value()).isEqualTo(collectorId);
        });
    }
}

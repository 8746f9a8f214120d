package org.residencedesk.ui.permit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.residencedesk.domain.permit.MaterialKind;
import org.residencedesk.domain.permit.PermitBasis;
import org.residencedesk.domain.permit.PermitStatus;
import org.residencedesk.port.PermitSummary;
import org.residencedesk.port.printing.DocumentType;
import org.residencedesk.ui.BackgroundWork;

/** The 申领 panel without a window: eligibility, the one-time notice, supplying the rest, acceptance. */
class ApplicationTabViewModelTest {
    private PermitUiFixture fixture;
    private PermitAreaViewModel area;
    private ApplicationTabViewModel application;
    private final RecordingViewer viewer = new RecordingViewer();

    @BeforeEach
    void open() throws Exception {
        fixture = new PermitUiFixture();
        area = new PermitAreaViewModel(fixture.services(), PermitUiFixture.ADMIN, BackgroundWork.inline());
        area.showDocumentsWith(viewer);
        application = area.application();
    }

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    @Test
    void submittingWithoutAPersonIsRefused() {
        application.submit();
        assertThat(application.errors.of("form").get()).isEqualTo("请先刷居民身份证或输入公民身份号码查找人员");
        assertThat(viewer.opened).isEmpty();
    }

    @Test
    void incompleteMaterialsGiveTheNoticeAndTheRestIsSuppliedToTheSameApplication() {
        long person = fixture.registerResident();
        area.finder().idNumber.set(PermitUiFixture.ID);
        area.finder().find();

        assertThat(application.mode.get()).isEqualTo("新申领");
        assertThat(application.basis.get()).as("the suggestion is taken").isEqualTo(PermitBasis.STABLE_EMPLOYMENT);
        assertThat(application.eligibilityText.get()).isEqualTo("""
                居住登记起始日期：2026年3月1日
                满足居住半年条件日期：2026年9月1日
                计算依据：居住时间自2026年3月1日在本站首次居住登记之日起算（连续的换地登记一并计算；申报的来本地日期不作为起算日）
                建议申领条件：合法稳定就业
                资格预审：符合申领条件""");
        application.basis.set(PermitBasis.STABLE_RESIDENCE);
        assertThat(application.required).extracting(r -> r.acceptable(false)).containsExactly(
                List.of(MaterialKind.RESIDENT_ID_CARD), List.of(MaterialKind.PHOTO),
                List.of(MaterialKind.LEASE, MaterialKind.PROPERTY_CERTIFICATE, MaterialKind.PURCHASE_CONTRACT,
                        MaterialKind.ACCOMMODATION_CERTIFICATE));

        application.presented.add(MaterialKind.RESIDENT_ID_CARD);
        application.submit();

        assertThat(viewer.types()).containsExactly(DocumentType.MISSING_MATERIALS_NOTICE);
        assertThat(application.message.get()).isEqualTo("材料不全：已生成一次性告知单，申请进入待补材料");
        assertThat(application.mode.get()).isEqualTo("补齐材料：勾选已补交的材料后再次提交");
        PermitSummary waiting = fixture.context.permits().queries().permitsOfPerson(PermitUiFixture.ADMIN, person).get(0);
        assertThat(waiting.status()).isEqualTo(PermitStatus.AWAITING_MATERIALS);
        assertThat(area.finder().permits).extracting(PermitSummary::status)
                .containsExactly(PermitStatus.AWAITING_MATERIALS);

        application.presented.add(MaterialKind.PHOTO);
        application.presented.add(MaterialKind.LEASE);
        application.submit();

        assertThat(viewer.types()).containsExactly(DocumentType.MISSING_MATERIALS_NOTICE,
                DocumentType.ACCEPTANCE_RECEIPT);
        assertThat(viewer.last().title()).isEqualTo(PermitFxml.text("permitui.preview.receipt"));
        PermitSummary accepted = fixture.context.permits().queries().summary(PermitUiFixture.ADMIN, waiting.id());
        assertThat(accepted.status()).as("the same application").isEqualTo(PermitStatus.ACCEPTED);
        assertThat(fixture.context.permits().queries().permitsOfPerson(PermitUiFixture.ADMIN, person)).hasSize(1);
        assertThat(accepted.acceptanceNumber()).isEqualTo("4201110020012026000001");
        assertThat(accepted.promisedOn()).isEqualTo(LocalDate.of(2026, 12, 13));
        assertThat(application.message.get())
                .isEqualTo("已受理，受理编号 4201110020012026000001，承诺办结日期 2026年12月13日；受理回执已打开");
        assertThat(application.mode.get()).isEqualTo("已受理");
        assertThat(application.errors.of("form").get()).isEmpty();
    }

    @Test
    void findingAnotherPersonStartsAFreshApplication() {
        fixture.registerResident();
        area.finder().idNumber.set(PermitUiFixture.ID);
        area.finder().find();
        application.presented.add(MaterialKind.PHOTO);
        application.limitedMobility.set(true);

        area.finder().find();

        assertThat(application.presented).isEmpty();
        assertThat(application.limitedMobility.get()).isFalse();
        assertThat(application.mode.get()).isEqualTo("新申领");
        assertThat(application.onlineRequest.get()).isFalse();
    }

    @Test
    void aForeignerFoundAtTheCounterGetsTheMessageInsteadOfAnApplication() {
        // registered like anyone else (no hukou, nationality from GB/T 2659), ADR 0171
        fixture.context.registration().register(PermitUiFixture.ADMIN, org.residencedesk.testsupport.RegistrationFixture
                .valid().toBuilder().set("documentType", "foreign-permanent-residence")
                .set("idNumber", "942410198503150012").set("nationality", "KOR").set("name", "KIM MINSU")
                .set("sex", "1").set("birthDate", "1985-03-15").set("ethnicGroup", "").set("hukouDivision", "")
                .set("hukouAddress", "").set("validUntil", "2033-12-01").set("arrivalDate", "2026-11-27")
                .set("operator", "").set("registrationDate", "").set("registrationNumber", "").build());
        area.finder().idNumber.set("942410198503150012");
        area.finder().find();

        assertThat(application.errors.of("form").get())
                .isEqualTo("外国人不适用《居住证暂行条例》，不能申领居住证（居住登记照常办理）");
        assertThat(application.eligibilityText.get()).isEmpty();
        application.basis.set(PermitBasis.STABLE_RESIDENCE);
        application.submit();
        assertThat(application.errors.of("form").get())
                .isEqualTo("外国人不适用《居住证暂行条例》，不能申领居住证（居住登记照常办理）");
        assertThat(viewer.opened).isEmpty();
    }
}

package org.residencedesk.ui.permit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.residencedesk.domain.form.FormValues;
import org.residencedesk.domain.identity.IdNumber;
import org.residencedesk.domain.online.OnlineKind;
import org.residencedesk.domain.permit.PermitBasis;
import org.residencedesk.forms.FormValuesJson;
import org.residencedesk.service.permit.OnlineSubmission;
import org.residencedesk.testing.IdNumbers;
import org.residencedesk.testsupport.RegistrationFixture;
import org.residencedesk.ui.BackgroundWork;

/** 网上预申请 (互联网申办 channel) without a window: verification by swipe, 转居住登记, 办结, 转居住证申请 and 退回. */
class OnlineTabViewModelTest {
    private static final String ONLINE_ID = IdNumbers.citizen("420106", "19920704", 35);
    private static final String ONLINE_NAME = "网上甲";
    private PermitUiFixture fixture;
    private PermitAreaViewModel area;
    private OnlineTabViewModel online;
    private final List<FormValues> openedRegistrations = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        fixture = new PermitUiFixture();
        area = new PermitAreaViewModel(fixture.services(), PermitUiFixture.ADMIN, BackgroundWork.inline());
        area.openRegistrationWith(openedRegistrations::add);
        online = area.online();
    }

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    private void enqueueRegistration(String reference, String at) {
        FormValues typed = RegistrationFixture.valid().toBuilder().set("idNumber", ONLINE_ID).set("name", ONLINE_NAME)
                .set("sex", "1").set("birthDate", "1992-07-04").set("channel", "").set("operator", "")
                .set("registrationDate", "").set("registrationNumber", "").build();
        fixture.context.platformIntake().onlineApplicationReceived(new OnlineSubmission(reference,
                OnlineKind.REGISTRATION, ONLINE_ID, ONLINE_NAME, FormValuesJson.toJson("registration", 1, typed),
                Instant.parse(at)));
    }

    @Test
    void aRegistrationRequestIsVerifiedConvertedAndClosed() {
        fixture.registerResident();
        enqueueRegistration("WEB-1", "2026-11-27T08:00:00Z");
        area.show(PermitTab.ONLINE);
        assertThat(online.items).hasSize(1);

        area.cardRead(PermitUiFixture.card());
        assertThat(online.errors.of("form").get()).isEqualTo("请先选择要核验的网上预申请，再刷居民身份证");

        online.selected.set(online.items.get(0));
        area.cardRead(PermitUiFixture.card());
        assertThat(online.errors.of("idNumber").get()).isEqualTo("刷证读取的身份信息与网上预申请不一致");
        assertThat(online.errors.of("form").get()).isEmpty();
        online.toRegistration();
        assertThat(online.errors.of("idNumber").get() + online.errors.of("form").get())
                .isEqualTo("请先刷居民身份证核验申请人本人");
        assertThat(openedRegistrations).isEmpty();

        area.cardRead(PermitUiFixture.card(ONLINE_NAME, ONLINE_ID, "1", LocalDate.of(1992, 7, 4)));
        assertThat(online.notice.get()).isEqualTo("身份核验通过");
        assertThat(online.selected.get()).as("the verified row stays selected").isSameAs(online.items.get(0));
        online.toRegistration();
        assertThat(openedRegistrations).singleElement()
                .satisfies(v -> assertThat(v.get("idNumber")).isEqualTo(ONLINE_ID));
        fixture.context.registration().register(PermitUiFixture.ADMIN, openedRegistrations.get(0));

        online.done();
        assertThat(online.notice.get()).isEqualTo("网上预申请已办结");
        assertThat(online.items).isEmpty();
    }

    @Test
    void aPermitRequestGoesToTheApplicationPanelWithItsOnlineBasis() {
        fixture.registerResident();
        fixture.context.platformIntake().onlineApplicationReceived(new OnlineSubmission("WEB-2", OnlineKind.PERMIT,
                PermitUiFixture.ID, PermitUiFixture.NAME, FormValuesJson.toJson("permit-online", 1, FormValues.builder()
                        .set("basis", "STABLE_RESIDENCE").set("representation", "IN_PERSON").build()),
                Instant.parse("2026-11-27T09:00:00Z")));
        area.show(PermitTab.ONLINE);
        online.selected.set(online.items.get(0));
        area.cardRead(PermitUiFixture.card());
        online.toPermit();

        assertThat(area.selectedTab()).isEqualTo(PermitTab.APPLY);
        ApplicationTabViewModel application = area.application();
        assertThat(application.mode.get()).isEqualTo("网上预申请转居住证申请：勾选现场提交的材料后提交");
        assertThat(application.basis.get()).isEqualTo(PermitBasis.STABLE_RESIDENCE);
        assertThat(application.onlineRequest.get()).isTrue();
        assertThat(area.finder().personText()).isEqualTo(PermitUiFixture.NAME + "　" + IdNumber.mask(PermitUiFixture.ID) + "　登记编号 4201110020012026000001");
    }

    @Test
    void returningNeedsAReason() {
        enqueueRegistration("WEB-3", "2026-11-27T10:00:00Z");
        online.load();
        online.reject();
        assertThat(online.errors.of("form").get()).isEqualTo("请先在列表中选择一条记录");

        online.selected.set(online.items.get(0));
        online.reject();
        assertThat(online.errors.of("reason").get()).isEqualTo("请填写退回原因");
        assertThat(online.errors.of("form").get()).isEmpty();
        assertThat(online.items).hasSize(1);

        online.rejectReason.set("重复提交");
        online.reject();
        assertThat(online.notice.get()).isEqualTo("网上预申请已退回");
        assertThat(online.items).isEmpty();
        assertThat(online.rejectReason.get()).isEmpty();
    }
}

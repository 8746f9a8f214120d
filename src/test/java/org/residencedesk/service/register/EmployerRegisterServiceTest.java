package org.residencedesk.service.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.app.AppContext;
import org.residencedesk.domain.account.Role;
import org.residencedesk.domain.audit.AuditAction;
import org.residencedesk.domain.audit.AuditEntry;
import org.residencedesk.domain.form.FormValues;
import org.residencedesk.domain.outbox.EventType;
import org.residencedesk.domain.outbox.OutboxEvent;
import org.residencedesk.domain.register.EmployerSummary;
import org.residencedesk.service.Operator;
import org.residencedesk.service.PermissionDenied;
import org.residencedesk.service.ValidationFailure;
import org.residencedesk.service.registration.Registered;
import org.residencedesk.testing.IdNumbers;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestOperators;
import org.residencedesk.testing.TestStation;
import org.residencedesk.testsupport.RegisterFixture;
import org.residencedesk.testsupport.RegistrationFixture;

/** The employer register on a real Derby station: credit codes, changes, employees, audit and outbox. */
class EmployerRegisterServiceTest {
    @TempDir
    static Path dataDir;
    static AppContext ctx;
    static Operator STAFF;
    static Operator REVIEWER;

    @BeforeAll
    static void open() {
        ctx = TestStation.open(dataDir, TestClock.at("2026-11-28T01:15:00Z"));
        STAFF = TestOperators.signIn(ctx, "wangfang", "王芳", Role.WINDOW_STAFF);
        REVIEWER = TestOperators.signIn(ctx, "liuyan", "刘燕", Role.REVIEWER);
    }

    @AfterAll
    static void close() {
        ctx.close();
    }

    private static EmployerRegisterService employers() {
        return ctx.employerRegister();
    }

    @Test
    void registeringStoresTheNormalisedCodeWithOneAuditEntryAndOneEvent() {
        String code = RegisterFixture.creditCode("91420100MA4K0001A");
        long audit = ctx.transactions().readOnly(() -> ctx.auditLog().count());
        long seq = ctx.transactions().readOnly(() -> ctx.outbox().lastSeq());

        EmployerRecord e = employers().register(STAFF, RegisterFixture.employer(code.toLowerCase(), "武汉顺达物流有限公司"));

        assertThat(e.creditCode()).isEqualTo(code);
        assertThat(e.addressText()).isEqualTo("湖北省武汉市洪山区关山街道珞喻路1号");
        assertThat(ctx.transactions().readOnly(() -> ctx.auditLog().count())).isEqualTo(audit + 1);
        assertThat(ctx.transactions().readOnly(() -> ctx.outbox().lastSeq())).isEqualTo(seq + 1);
        List<OutboxEvent> events = ctx.transactions().readOnly(() -> ctx.outbox().pending(10_000));
        OutboxEvent event = events.get(events.size() - 1);
        assertThat(event.type()).isEqualTo(EventType.EMPLOYER_REGISTERED);
        assertThat(event.payloadJson()).contains("\"creditCode\":\"" + code + "\"", "\"name\":\"武汉顺达物流有限公司\"",
                "\"divisionCode\":\"420111002\"", "\"contactPhone\":\"027-87654321\"", "\"registeredOn\":\"2026-11-28\"");
        assertThat(ctx.transactions().readOnly(() -> ctx.auditLog().latest(1)).get(0).targetType()).isEqualTo("EMPLOYER");
        assertThat(catchThrowableOfType(ValidationFailure.class, () -> employers().register(STAFF,
                RegisterFixture.employer(code, "另一个名字"))).fieldMessages())
                .containsEntry("creditCode", "该统一社会信用代码已登记，请在单位登记簿中查找该单位");
    }

    @Test
    void aChangeIsAuditedWithItsFieldsAndSendsTheFullState() {
        String code = RegisterFixture.creditCode("91420100MA4K0002B");
        EmployerRecord e = employers().register(STAFF, RegisterFixture.employer(code, "武汉长江建筑工程有限公司"));
        EmployerForm moved = new EmployerForm(code, "武汉长江建筑工程有限公司", "420111002", "鲁磨路9号", "王经理",
                "13800001234", "建筑");

        EmployerRecord changed = employers().change(STAFF, e.id(), e.version(), moved);

        assertThat(changed.version()).isEqualTo(e.version() + 1);
        AuditEntry last = ctx.transactions().readOnly(() -> ctx.auditLog().latest(1)).get(0);
        assertThat(last.action()).isEqualTo(AuditAction.RECORD_CHANGED);
        assertThat(last.detail()).isEqualTo("fields:addressDetail,contactPhone,industry");
        List<OutboxEvent> events = ctx.transactions().readOnly(() -> ctx.outbox().pending(10_000));
        assertThat(events.get(events.size() - 1).type()).isEqualTo(EventType.EMPLOYER_CHANGED);
        assertThat(events.get(events.size() - 1).payloadJson()).contains("\"address\":\"湖北省武汉市洪山区关山街道鲁磨路9号\"");
    }

    @Test
    void aFailureAfterTheChangeRollsBackEmployerAuditAndEventTogether() {
        String code = RegisterFixture.creditCode("91420100MA4K0003C");
        long audit = ctx.transactions().readOnly(() -> ctx.auditLog().count());
        long seq = ctx.transactions().readOnly(() -> ctx.outbox().lastSeq());

        assertThatThrownBy(() -> ctx.transactions().inTransaction(() -> {
            employers().register(STAFF, RegisterFixture.employer(code, "回滚公司"));
            throw new IllegalStateException("the disk is full");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(employers().findByCreditCode(STAFF, code)).isEmpty();
        assertThat(ctx.transactions().readOnly(() -> ctx.auditLog().count())).isEqualTo(audit);
        assertThat(ctx.transactions().readOnly(() -> ctx.outbox().lastSeq())).isEqualTo(seq);
    }

    @Test
    void theEmployerPageListsItsRegisteredEmployeesNowAndBefore() {
        String code = RegisterFixture.creditCode("91420100MA4K0004D");
        EmployerRecord e = employers().register(STAFF, RegisterFixture.employer(code, "武汉光谷电子有限公司"));
        FormValues worker = RegistrationFixture.valid().toBuilder()
                .set("idNumber", IdNumbers.citizen("420106", "19880808", 21)).set("name", "孙工").set("sex", "1")
                .set("birthDate", "1988-08-08").set("workplaceCreditCode", code.toLowerCase())
                .set("operator", "").set("registrationDate", "").set("registrationNumber", "").build();
        Registered r = ctx.registration().register(STAFF, worker);

        EmployerPage page = employers().open(REVIEWER, e.id());

        assertThat(r.values().get("workplaceCreditCode")).isEqualTo(code);
        assertThat(page.employeesNow()).extracting(x -> x.registration().name()).containsExactly("孙工");
        assertThat(page.employeesNow().get(0).permits()).isEmpty();
        assertThat(page.employeesBefore()).isEmpty();
        assertThat(page.summary().employeesNow()).isEqualTo(1);
        assertThat(ctx.transactions().readOnly(() -> ctx.auditLog().latest(1)).get(0).action())
                .isEqualTo(AuditAction.RECORD_VIEWED);
    }

    @Test
    void aRegistrationNamingAnUnregisteredEmployerIsRefusedOnTheField() {
        FormValues worker = RegistrationFixture.valid().toBuilder()
                .set("workplaceCreditCode", RegisterFixture.creditCode("91420100MA4K9999X"))
                .set("operator", "").set("registrationDate", "").set("registrationNumber", "").build();

        ValidationFailure refused = catchThrowableOfType(ValidationFailure.class,
                () -> ctx.registration().register(STAFF, worker));

        assertThat(refused.fieldMessages()).containsEntry("workplaceCreditCode",
                "单位登记簿中没有这个统一社会信用代码，请先登记单位或从列表中选择");
    }

    @Test
    void searchByNameInitialsAndCreditCode() {
        String code = RegisterFixture.creditCode("91420100MA4K0005E");
        employers().register(STAFF, RegisterFixture.employer(code, "楚天餐饮管理有限公司"));

        assertThat(employers().search(REVIEWER, "楚天", null, 0, 10)).extracting(EmployerSummary::creditCode)
                .containsExactly(code);
        assertThat(employers().search(REVIEWER, "ctcy", null, 0, 10)).extracting(EmployerSummary::creditCode)
                .containsExactly(code);
        assertThat(employers().search(REVIEWER, code.substring(0, 16), null, 0, 10))
                .extracting(EmployerSummary::creditCode).containsExactly(code);
        assertThat(employers().suggest(REVIEWER, "ctcy", 5)).extracting(RegisterSuggestion::name)
                .containsExactly("楚天餐饮管理有限公司");
        assertThatThrownBy(() -> employers().register(REVIEWER, RegisterFixture.employer(code, "x")))
                .isInstanceOf(PermissionDenied.class);
    }
}

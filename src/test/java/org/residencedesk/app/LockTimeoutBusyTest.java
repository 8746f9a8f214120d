package org.residencedesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.domain.account.Role;
import org.residencedesk.domain.form.FormValues;
import org.residencedesk.service.register.HouseForm;
import org.residencedesk.service.register.HouseRecord;
import org.residencedesk.port.StationProblem;
import org.residencedesk.service.Operator;
import org.residencedesk.testsupport.RegistrationFixture;
import org.residencedesk.testing.IdNumbers;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestOperators;
import org.residencedesk.testing.TestStation;
import org.residencedesk.ui.BackgroundWork;
import org.residencedesk.ui.register.RegisterFormViewModel;
import org.residencedesk.ui.registration.RegistrationViewModel;

/**
 * Rows held by another counter or a background job longer than Derby's lock wait (ADR 0362): the save is refused with
 * the one Chinese 数据库正忙 message, nothing is stored, the form keeps everything typed, the station is not marked
 * damaged, and the same form saves once the other transaction ends — the registration form and the house register's.
 */
class LockTimeoutBusyTest {
    @TempDir
    Path dataDir;

    @Test
    void aLockHeldTooLongRefusesTheSaveKeepsTheFormAndTheSameSaveWorksAfterwards() throws Exception {
        try (AppContext ctx = TestStation.open(dataDir, TestClock.at("2026-11-28T01:15:00Z"))) {
            Operator clerk = TestOperators.signIn(ctx, "wangfang", "王芳", Role.WINDOW_STAFF);
            RegistrationViewModel screen = new RegistrationViewModel(ctx.registration(), ctx.certificates(),
                    ctx.printer(), ctx.printAudit(), clerk, ctx.drafts(), ctx.formCodec(), ctx.clock(),
                    BackgroundWork.inline());
            String idNumber = IdNumbers.citizen("420106", "19900315", 101);
            screen.startFromValues(person(idNumber));
            try (Connection other = ctx.database().openConnection(); Statement st = other.createStatement()) {
                // a second writer holds the person table (as a long import on another counter would)
                st.execute("CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('derby.locks.waitTimeout', '2')");
                other.setAutoCommit(false);
                st.execute("LOCK TABLE PERSON IN EXCLUSIVE MODE");

                screen.save();

                assertThat(screen.noticeIsWarningProperty().get()).isTrue();
                assertThat(screen.noticeProperty().get()).isEqualTo(new StationProblem(StationProblem.Kind.BUSY,
                        dataDir.resolve("db").toString(), null).userMessage());
                assertThat(screen.noticeProperty().get()).startsWith("数据库正忙（").contains("本次没有保存任何内容");
                assertThat(screen.savedNumberProperty().get()).isNullOrEmpty();
                other.rollback();
            }
            assertThat(screen.form().value("idNumber").get()).isEqualTo(idNumber);
            assertThat(screen.form().value("name").get()).isEqualTo("欧阳春晓");
            assertThat(StationFiles.count(ctx, "SELECT COUNT(*) FROM RESIDENCE_REGISTRATION")).isZero();
            assertThat(ctx.databaseDamaged()).isFalse();

            screen.save(); // the same form, untouched, once the other writer is gone

            assertThat(screen.noticeIsWarningProperty().get()).as(screen.noticeProperty().get()).isFalse();
            assertThat(screen.savedNumberProperty().get()).isNotBlank();
            assertThat(StationFiles.count(ctx, "SELECT COUNT(*) FROM PERSON WHERE ID_NUMBER = '" + idNumber + "'"))
                    .isEqualTo(1);
            assertThat(ctx.audit().verify().ok()).isTrue();
        }
    }

    /** The house register's form takes the same way: the message under the form, every value kept, then saved. */
    @Test
    void theHouseFormKeepsItsInputWhenTheRegisterIsBusy() throws Exception {
        try (AppContext ctx = TestStation.open(dataDir, TestClock.at("2026-11-28T01:15:00Z"))) {
            Operator clerk = TestOperators.signIn(ctx, "wangfang", "王芳", Role.WINDOW_STAFF);
            RegisterFormViewModel<HouseRecord> form = RegisterFormViewModel.newHouse(ctx.houseRegister(), clerk,
                    BackgroundWork.inline());
            HouseForm house = org.residencedesk.testsupport.RegisterFixture.house("BUSY000001");
            form.value("houseCode").set(house.houseCode());
            form.value("divisionCode").set(house.divisionCode());
            form.value("street").set(house.street());
            form.value("houseNumber").set(house.houseNumber());
            form.value("managerName").set(house.managerName());
            form.value("managerIdNumber").set(house.managerIdNumber());
            form.value("managerPhone").set(house.managerPhone());
            form.value("capacity").set("4");
            List<HouseRecord> saved = new ArrayList<>();
            try (Connection other = ctx.database().openConnection(); Statement st = other.createStatement()) {
                st.execute("CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('derby.locks.waitTimeout', '2')");
                other.setAutoCommit(false);
                st.execute("LOCK TABLE RENTAL_HOUSE IN EXCLUSIVE MODE");

                form.save(saved::add);

                assertThat(saved).isEmpty();
                assertThat(form.error("form").get()).isEqualTo(new StationProblem(StationProblem.Kind.BUSY,
                        dataDir.resolve("db").toString(), null).userMessage());
                other.rollback();
            }
            assertThat(form.value("street").get()).isEqualTo(house.street());
            assertThat(form.value("managerIdNumber").get()).isEqualTo(house.managerIdNumber());
            assertThat(StationFiles.count(ctx, "SELECT COUNT(*) FROM RENTAL_HOUSE")).isZero();

            form.save(saved::add);

            assertThat(form.error("form").get()).isEmpty();
            assertThat(saved).singleElement().extracting(r -> r.form().houseCode()).isEqualTo("BUSY000001");
        }
    }

    @Test
    void theCommandLineGetsItsOwnExitCode() {
        assertThat(StationProblem.Kind.BUSY.exitCode()).isEqualTo(79);
        assertThat(java.util.Arrays.stream(StationProblem.Kind.values()).map(StationProblem.Kind::exitCode).distinct())
                .hasSize(StationProblem.Kind.values().length);
    }

    private static FormValues person(String idNumber) {
        return RegistrationFixture.valid().toBuilder().set("idNumber", idNumber).set("name", "欧阳春晓").set("sex", "1")
                .set("birthDate", "1990-03-15").set("mobile", "13712345601").set("operator", "")
                .set("registrationDate", "").set("registrationNumber", "").build();
    }
}

package org.residencedesk.ui.permit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.residencedesk.ui.permit.PermitUiFixture.ADMIN;
import static org.residencedesk.ui.permit.PermitUiFixture.awaitPreview;
import static org.residencedesk.ui.permit.PermitUiFixture.styled;
import static org.residencedesk.ui.permit.PermitUiFixture.text;
import static org.residencedesk.ui.permit.PermitUiFixture.waitUntil;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.residencedesk.app.Main;
import org.residencedesk.domain.audit.AuditAction;
import org.residencedesk.domain.identity.IdNumber;
import org.residencedesk.domain.registration.MoveOutReason;
import org.residencedesk.port.printing.DocumentType;
import org.residencedesk.testing.IdNumbers;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * 签注 for a holder whose registration has ended (found by ID number through their permit), and the
 * 到期签注提醒 CSV export of the whole list with masked ID numbers.
 */
@ExtendWith(ApplicationExtension.class)
class EndorsementHolderExportTest {
    private static final String SECOND_ID = IdNumbers.citizen("420106", "19850612", 31);
    private static final String THIRD_ID = IdNumbers.citizen("420106", "19770101", 58);
    private PermitUiFixture fixture;
    private EndorsementAreaView area;
    private Path exportTarget;
    private long holder;
    private long second;
    private long third;

    @Start
    void start(Stage stage) throws Exception {
        fixture = new PermitUiFixture();
        holder = fixture.registerResident();
        fixture.issuedPermit(holder);
        second = fixture.register(SECOND_ID, "周建国", "1", "1985-06-12");
        fixture.issuedPermit(second);
        third = fixture.register(THIRD_ID, "吴桂兰", "2", "1977-01-01");
        fixture.issuedPermit(third);
        long registrationId = fixture.context.registration().activeRegistrationOf(PermitUiFixture.ADMIN, PermitUiFixture.ID).orElseThrow()
                .registrationId();
        fixture.today(LocalDate.of(2027, 7, 1));
        fixture.context.registration().moveOut(ADMIN, registrationId, MoveOutReason.MOVED_AWAY,
                LocalDate.of(2027, 6, 30));
        fixture.today(LocalDate.of(2027, 11, 10)); // last day to endorse: 2027-11-27
        // outside the data folder: an export into it is refused (ADR 0159)
        exportTarget = Files.createTempDirectory("desk-reminder-export").resolve("提醒.csv");
        var services = Main.deskServices(fixture.context);
        area = new EndorsementAreaView(new EndorsementAreaViewModel(services, ADMIN, fixture.background),
                fixture.previews(services, ADMIN),
                (owner, title, name) -> Optional.of(exportTarget), fixture.clock);
        stage.setScene(new Scene(area.load(), 1200, 760));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    @Test
    void aHolderWhoMovedOutIsFoundButEndorsedOnlyAfterRegisteringAgainAndTheDueListExported(FxRobot robot)
            throws Exception {
        assertThat(fixture.context.registration().activeRegistrationOf(PermitUiFixture.ADMIN, PermitUiFixture.ID)).isEmpty();
        TableView<?> due = robot.lookup("#dueTable").queryAs(TableView.class);
        waitUntil(() -> due.getItems().size() == 3);

        // nobody under this number
        robot.interact(() -> robot.lookup("#endorseIdField").queryAs(TextInputControl.class)
                .setText(IdNumbers.citizen("420106", "19991231", 77)));
        robot.clickOn("#endorseIdField").type(KeyCode.ENTER);
        waitUntil(() -> text(robot, "#endorseError").contains("居住登记或居住证"));
        assertThat(text(robot, "#endorseError")).isEqualTo("未找到该公民身份号码在本站的居住登记或居住证");

        robot.interact(() -> area.cardRead(PermitUiFixture.card()));
        ListView<?> window = robot.lookup("#windowList").queryAs(ListView.class);
        waitUntil(() -> window.getItems().stream().anyMatch(l -> l.toString().contains("还剩 17 天")));
        assertThat(text(robot, "#endorseError")).isEmpty();
        assertThat(window.getItems()).extracting(Object::toString).containsExactly(
                PermitUiFixture.NAME + "　" + IdNumber.mask(PermitUiFixture.ID),
                "状态：已发证",
                "居住证编号：" + permitNumberOf(holder),
                "签注期：2027年10月28日 至 2027年11月27日",
                "居住满年日期：2027年11月28日",
                "签注期内，还剩 17 天",
                "已签注次数：0");
        // the holder is found (ADR 0087) but the registration ended: no endorsement, the reason beside it (ADR 0172)
        robot.clickOn("#endorseButton");
        waitUntil(() -> text(robot, "#endorseError").contains("注销"));
        assertThat(text(robot, "#endorseError")).isEqualTo(
                "持证人的居住登记已于2027年6月30日注销（迁离本地），居住登记终止后不能签注；如仍在本地居住，请先重新办理居住登记");
        assertThat(fixture.context.permitQueries().permitsOfPerson(PermitUiFixture.ADMIN, holder).get(0).nextAnniversary())
                .isEqualTo(LocalDate.of(2027, 11, 28));

        // registered again at the counter today: the endorsement goes through
        fixture.context.registration().register(ADMIN, org.residencedesk.testsupport.RegistrationFixture.valid()
                .toBuilder().set("idNumber", PermitUiFixture.ID).set("name", PermitUiFixture.NAME).set("sex", "2")
                .set("birthDate", "1990-03-15").set("arrivalDate", "2027-11-10").set("operator", "")
                .set("registrationDate", "").set("registrationNumber", "").build());
        robot.clickOn("#endorseButton");
        awaitPreview(area.previews(), DocumentType.ENDORSEMENT_RECORD);
        waitUntil(() -> text(robot, "#endorseNotice").contains("签注完成"));
        assertThat(text(robot, "#endorseNotice")).isEqualTo("签注完成，签注凭证已打开");
        assertThat(styled(robot, "#endorseNotice", "notice")).isTrue();
        assertThat(fixture.context.permitQueries().permitsOfPerson(PermitUiFixture.ADMIN, holder).get(0).nextAnniversary())
                .isEqualTo(LocalDate.of(2028, 11, 28));
        waitUntil(() -> due.getItems().size() == 2);
        PermitUiFixture.closePreviews(robot, (Stage) due.getScene().getWindow());

        robot.clickOn("#exportButton");
        waitUntil(() -> text(robot, "#listMessage").startsWith("已导出 2 条"));
        assertThat(text(robot, "#listMessage")).isEqualTo("已导出 2 条到 提醒.csv");
        assertThat(styled(robot, "#listMessage", "notice")).isTrue();
        byte[] bytes = Files.readAllBytes(exportTarget);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<String> lines = List.of(new String(bytes, StandardCharsets.UTF_8).substring(1).split("\r\n"));
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo("姓名,公民身份号码,居住证编号,最后签注日,剩余天数,村（社区）");
        // the permit numbers are drawn by the service when the cards were printed: read them back
        assertThat(lines.subList(1, 3)).containsExactlyInAnyOrder(
                "周建国," + IdNumber.mask(SECOND_ID) + "," + permitNumberOf(second) + ",2027-11-27,17,海核社区",
                "吴桂兰," + IdNumber.mask(THIRD_ID) + "," + permitNumberOf(third) + ",2027-11-27,17,海核社区");
        assertThat(new String(bytes, StandardCharsets.UTF_8)).doesNotContain(SECOND_ID, THIRD_ID);
        var last = fixture.context.transactions().readOnly(() -> fixture.context.auditLog().latest(1)).get(0);
        assertThat(last.action()).isEqualTo(AuditAction.DATA_EXPORTED);
        assertThat(last.detail()).isEqualTo("list ENDORSEMENT_DUE all 2");
    }

    /** The number of the person's only permit, as the database holds it. */
    private String permitNumberOf(long personId) {
        return fixture.context.permitQueries().permitsOfPerson(PermitUiFixture.ADMIN, personId).get(0).permitNumber();
    }
}

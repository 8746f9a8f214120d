package org.residencedesk.ui.permit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.domain.account.Role;
import org.residencedesk.domain.identity.IdNumber;
import org.residencedesk.port.printing.DocumentType;
import org.residencedesk.testing.IdNumbers;
import org.residencedesk.testing.TestOperators;
import org.residencedesk.ui.BackgroundWork;
import org.residencedesk.ui.permit.EndorsementAreaViewModel.ReminderList;

/** The 签注 area without a window: finding, the window, 签注, the reminder lists and their export. */
class EndorsementAreaViewModelTest {
    /** The fixture's residence village (short name), the list's last column. */
    private static final String VILLAGE = "海核社区";
    private static final String SECOND_ID = IdNumbers.citizen("420106", "19850612", 31);
    private PermitUiFixture fixture;
    private EndorsementAreaViewModel endorsement;
    private final RecordingViewer viewer = new RecordingViewer();
    private long holder;
    /** Exports go outside the data folder (inside it they are refused, ADR 0159). */
    @TempDir
    Path out;

    @BeforeEach
    void open() throws Exception {
        fixture = new PermitUiFixture();
        holder = fixture.registerResident();
        fixture.issuedPermit(holder);
        fixture.issuedPermit(fixture.register(SECOND_ID, "周建国", "1", "1985-06-12"));
        fixture.today(LocalDate.of(2027, 11, 10)); // last day to endorse: 2027-11-27
        endorsement = new EndorsementAreaViewModel(fixture.services(), PermitUiFixture.ADMIN, BackgroundWork.inline());
        endorsement.showDocumentsWith(viewer);
        endorsement.loadLists();
    }

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    @Test
    void endorseAndTheListExportAreOfferedOnlyToWhoMayUseThem() {
        assertThat(endorsement.mayEndorse()).isTrue();
        assertThat(endorsement.mayExportList()).isTrue();
        EndorsementAreaViewModel clerk = new EndorsementAreaViewModel(fixture.services(),
                TestOperators.signIn(fixture.context, "zhaomin", "赵敏", Role.CLERK), BackgroundWork.inline());
        assertThat(clerk.mayEndorse()).isFalse();
        assertThat(clerk.mayExportList()).isTrue();
        EndorsementAreaViewModel admin = new EndorsementAreaViewModel(fixture.services(),
                TestOperators.signIn(fixture.context, "sysadmin", "系统管理员", Role.ADMIN), BackgroundWork.inline());
        admin.loadLists();
        assertThat(admin.mayEndorse()).isFalse();
        assertThat(admin.mayExportList()).isFalse();
        assertThat(admin.due.items()).as("nothing is read for an operator the area is hidden from").isEmpty();
        assertThat(admin.listError.get()).isEmpty();
    }

    @Test
    void nobodyFoundAndNothingToEndorseAreSaid() {
        endorsement.endorse();
        assertThat(endorsement.errors.of("idNumber").get()).isEqualTo("请先刷居民身份证或输入公民身份号码查找人员");

        endorsement.idNumber.set(IdNumbers.citizen("420106", "19991231", 77));
        endorsement.find();
        assertThat(endorsement.errors.of("idNumber").get()).isEqualTo("未找到该公民身份号码在本站的居住登记或居住证");
        assertThat(endorsement.windowLines).isEmpty();
    }

    @Test
    void aSwipedHolderIsEndorsedAndTheListsAreReadAgain() {
        assertThat(endorsement.due.items()).hasSize(2);
        endorsement.cardRead(PermitUiFixture.card());
        assertThat(endorsement.idNumber.get()).isEqualTo(PermitUiFixture.ID);
        assertThat(endorsement.windowLines).containsExactly(
                PermitUiFixture.NAME + "　" + IdNumber.mask(PermitUiFixture.ID),
                "状态：已发证",
                "居住证编号：4201110020012026000001",
                "签注期：2027年10月28日 至 2027年11月27日",
                "居住满年日期：2027年11月28日",
                "签注期内，还剩 17 天",
                "已签注次数：0");

        endorsement.endorse();

        assertThat(endorsement.notice.get()).isEqualTo("签注完成，签注凭证已打开");
        assertThat(endorsement.errors.of("form").get()).isEmpty();
        assertThat(viewer.types()).containsExactly(DocumentType.ENDORSEMENT_RECORD);
        assertThat(fixture.context.permits().queries().permitsOfPerson(PermitUiFixture.ADMIN, holder).get(0).nextAnniversary())
                .isEqualTo(LocalDate.of(2028, 11, 28));
        assertThat(endorsement.due.items()).hasSize(1);
    }

    @Test
    void theDueListIsExportedWithMaskedNumbers() throws Exception {
        Path target = out.resolve("提醒.csv");
        endorsement.export(ReminderList.DUE, target);
        assertThat(endorsement.listMessage.get()).isEqualTo("已导出 2 条到 提醒.csv");
        assertThat(endorsement.listError.get()).isEmpty();
        String csv = Files.readString(target, StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF").endsWith("\r\n").doesNotContain(SECOND_ID);
        // both are due on the same last day: the list does not order ties, so the rows are compared as a set
        List<String> lines = List.of(csv.substring(1).split("\r\n"));
        assertThat(lines.get(0)).isEqualTo("姓名,公民身份号码,居住证编号,最后签注日,剩余天数,村（社区）");
        assertThat(lines.subList(1, lines.size())).containsExactlyInAnyOrder(
                PermitUiFixture.NAME + "," + IdNumber.mask(PermitUiFixture.ID) + ",4201110020012026000001,2027-11-27,17,"
                        + VILLAGE,
                "周建国," + IdNumber.mask(SECOND_ID) + ",4201110020012026000002,2027-11-27,17," + VILLAGE);
        assertThat(fixture.context.transactions().readOnly(() -> fixture.context.auditLog().latest(1)).get(0).detail())
                .isEqualTo("list ENDORSEMENT_DUE all 2");

        endorsement.export(ReminderList.LAPSED, out.resolve("missing-folder").resolve("x.csv"));
        assertThat(endorsement.listError.get()).isEqualTo("无法写入文件 x.csv，请换一个位置");
        assertThat(endorsement.listMessage.get()).isEmpty();

        endorsement.export(ReminderList.DUE, fixture.dataDir.resolve("提醒.csv"));
        assertThat(endorsement.listError.get()).isEqualTo("不能导出到数据目录中：" + fixture.dataDir.resolve("提醒.csv"));
    }

    @Test
    void theReminderFileReplacesAChosenFileAsAWholeAndNeverWritesThroughALink() throws Exception {
        Path victim = Files.writeString(out.resolve("victim.txt"), "victim");
        Path link = Files.createSymbolicLink(out.resolve("link.csv"), victim);
        Path existing = Files.writeString(out.resolve("old.csv"), "old list");
        Path otherName = Files.createLink(out.resolve("old-hardlink.csv"), existing);

        endorsement.export(ReminderList.DUE, link);
        endorsement.export(ReminderList.DUE, existing);

        assertThat(endorsement.listError.get()).isEmpty();
        assertThat(victim).hasContent("victim");
        assertThat(Files.isSymbolicLink(link)).isFalse();
        assertThat(Files.readString(link, StandardCharsets.UTF_8)).contains("周建国,");
        assertThat(Files.readString(existing, StandardCharsets.UTF_8)).contains("周建国,");
        assertThat(otherName).as("a new file was renamed into place").hasContent("old list");
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }
}

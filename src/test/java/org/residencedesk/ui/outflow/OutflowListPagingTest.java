package org.residencedesk.ui.outflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.app.AppContext;
import org.residencedesk.domain.account.Role;
import org.residencedesk.port.OutflowRepository.Grouping;
import org.residencedesk.service.Operator;
import org.residencedesk.domain.outflow.ReturnReason;
import org.residencedesk.service.outflow.OutflowEntry;
import org.residencedesk.service.outflow.OutflowGroup;
import org.residencedesk.service.outflow.OutflowRecord;
import org.residencedesk.testing.IdNumbers;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestOperators;
import org.residencedesk.testing.TestStation;
import org.residencedesk.ui.BackgroundWork;

/**
 * The 流出人口 list without a window: 51 periods page as 50 + 1 with 上一页/下一页 (no row lost or shown twice at
 * the page edge), the count line says how many match, and the count table beside it groups the same filters by
 * destination or village; choosing a row of it lists that group.
 */
class OutflowListPagingTest {
    private static final String HAIHE = "420111002003";
    private static final String NANWANG = "420111002005";
    @TempDir
    static Path dataDir;
    private static AppContext ctx;
    private static Operator clerk;
    private OutflowAreaViewModel model;

    @BeforeAll
    static void fiftyOnePeriods() {
        ctx = TestStation.open(dataDir, TestClock.at("2026-11-28T01:15:00Z"));
        clerk = TestOperators.signIn(ctx, "wangfang", "王芳", Role.WINDOW_STAFF);
        for (int i = 1; i <= 51; i++) {
            boolean haihe = i <= 40;
            ctx.outflow().register(clerk, new OutflowEntry(IdNumbers.citizen("420111", "19900315", i), "李建国",
                    haihe ? HAIHE : NANWANG, haihe ? "440305" : "420106", "某路" + i + "号", "2026-03-01", "01", "",
                    "", false, false, "", "", "SELF", "", ""));
        }
    }

    @AfterAll
    static void close() {
        ctx.close();
    }

    @BeforeEach
    void model() {
        model = new OutflowAreaViewModel(ctx.outflow(), clerk, BackgroundWork.inline(), ctx.clock());
    }

    @Test
    void fiftyOneRowsAreTwoPagesAndEveryRowIsOnOne() {
        model.search();
        assertThat(model.rows).hasSize(50);
        assertThat(model.pages.page().get()).isZero();
        assertThat(model.pages.more().get()).isTrue();
        assertThat(model.listStatus.get()).isEqualTo("共51条");
        Set<Long> seen = new HashSet<>(model.rows.stream().map(OutflowRecord::id).toList());

        model.pages.next();
        assertThat(model.pages.page().get()).isEqualTo(1);
        assertThat(model.rows).hasSize(1);
        assertThat(model.pages.more().get()).isFalse();
        assertThat(model.listStatus.get()).isEqualTo("共51条");
        seen.add(model.rows.get(0).id());
        assertThat(seen).as("51 different periods over the two pages").hasSize(51);
        assertThat(model.rows.get(0).idNumber()).as("masked").contains("********");

        model.pages.previous();
        assertThat(model.pages.page().get()).isZero();
        assertThat(model.rows).hasSize(50);
    }

    @Test
    void theCountTableGroupsByDestinationAndByVillageAndListsAGroup() {
        model.search();
        assertThat(model.groups).extracting(OutflowGroup::code, OutflowGroup::name, OutflowGroup::periods)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("44", "广东省", 40L),
                        org.assertj.core.groups.Tuple.tuple("42", "湖北省", 11L));

        model.grouping.set(Grouping.HUKOU_VILLAGE);
        assertThat(model.groups).extracting(OutflowGroup::code, OutflowGroup::periods)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(HAIHE, 40L),
                        org.assertj.core.groups.Tuple.tuple(NANWANG, 11L));

        OutflowGroup nanwang = model.groups.stream().filter(g -> g.code().equals(NANWANG)).findFirst().orElseThrow();
        model.showGroup(nanwang);
        assertThat(model.village.get()).isEqualTo(NANWANG);
        assertThat(model.rows).hasSize(11);
        assertThat(model.rows).extracting(OutflowRecord::hukouDivision).containsOnly(NANWANG);
        assertThat(model.listStatus.get()).isEqualTo("共11条");
        assertThat(model.pages.more().get()).isFalse();
        assertThat(model.groups).extracting(OutflowGroup::code).containsExactly(NANWANG);

        model.grouping.set(Grouping.DESTINATION_PREFECTURE);
        assertThat(model.groups).extracting(OutflowGroup::code, OutflowGroup::periods)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("4201", 11L));
    }

    @Test
    void noMatchSaysSo() {
        model.text.set("zzzz");
        model.search();
        assertThat(model.rows).isEmpty();
        assertThat(model.listStatus.get()).isEqualTo("没有符合条件的流出登记");
        assertThat(model.groups).isEmpty();
        assertThat(model.pages.more().get()).isFalse();
        assertThat(List.copyOf(model.rows)).isEmpty();
    }

    @Test
    void correctingARejectedPeriodListsItOpensItInTheFormAndItsSaveQueuesTheChange() {
        model.search();
        OutflowRecord row = model.rows.get(7);
        model.status.set(OutflowAreaViewModel.Status.RETURNED);
        java.util.List<String> missing = new java.util.ArrayList<>();
        model.correct(Long.toString(row.id()), () -> missing.add("period"));

        assertThat(missing).isEmpty();
        assertThat(model.status.get()).isEqualTo(OutflowAreaViewModel.Status.ALL);
        assertThat(model.rows).extracting(OutflowRecord::id).containsExactly(row.id());
        assertThat(model.correcting.get()).isEqualTo(row.id());
        assertThat(model.panel.get()).isEqualTo(OutflowAreaViewModel.Panel.ENTRY);
        assertThat(model.fields.get(OutflowEntry.NAME).get()).isEqualTo("李建国");
        assertThat(model.fields.get(OutflowEntry.DESTINATION_ADDRESS).get()).isEqualTo(row.destinationAddress());
        model.fields.get(OutflowEntry.DESTINATION_ADDRESS).set(row.destinationAddress() + "（更正）");
        model.save();
        assertThat(model.errors).isEmpty();
        assertThat(model.panel.get()).isEqualTo(OutflowAreaViewModel.Panel.NONE);
        assertThat(ctx.transactions().readOnly(() -> ctx.outbox().newestOf("OUTFLOW", Long.toString(row.id())))
                .orElseThrow().type()).isEqualTo(org.residencedesk.domain.outbox.EventType.OUTFLOW_CHANGED);

        model.correct("99999999", () -> missing.add("99999999"));
        model.correct("R-1", () -> missing.add("R-1"));
        assertThat(missing).containsExactly("99999999", "R-1");
    }

    /** A rejected OUTFLOW_ENDED (ADR 0374): its return opens to be corrected, and the correction is queued again. */
    @Test
    void correctingARejectedReturnOpensTheRecordedReturnAndQueuesTheCorrectedOne() {
        model.search();
        OutflowRecord row = model.rows.get(9);
        ctx.outflow().end(clerk, row.id(), row.version(), "2026-11-20", ReturnReason.RETURNED_HOME, "");
        java.util.List<String> missing = new java.util.ArrayList<>();
        model.correct(Long.toString(row.id()), () -> missing.add("period"));

        assertThat(missing).isEmpty();
        assertThat(model.correcting.get()).isEqualTo(row.id());
        assertThat(model.panel.get()).isEqualTo(OutflowAreaViewModel.Panel.RETURN);
        assertThat(model.returnedOn.get()).as("the recorded return, not today").isEqualTo("2026-11-20");
        assertThat(model.returnReason.get()).isEqualTo(ReturnReason.RETURNED_HOME);
        model.selected.set(model.rows.get(0)); // the view selects the listed row

        model.confirmReturn();
        assertThat(model.errors).containsEntry("form", "没有修改任何内容");
        model.returnedOn.set("2026-02-28");
        model.confirmReturn();
        assertThat(model.errors).containsEntry("returnedOn", "返回日期不能早于外出日期");

        model.returnedOn.set("2026-11-21");
        model.returnReason.set(ReturnReason.HUKOU_MOVED_OUT);
        model.confirmReturn();
        assertThat(model.errors).isEmpty();
        assertThat(model.panel.get()).isEqualTo(OutflowAreaViewModel.Panel.NONE);
        assertThat(model.message.get()).isEqualTo("已更正李建国的返回（2026-11-21），更正事件待上传");
        var audit = ctx.transactions().readOnly(() -> ctx.auditLog().latest(5)).stream()
                .filter(e -> e.action() == org.residencedesk.domain.audit.AuditAction.RECORD_CHANGED).findFirst();
        assertThat(audit).hasValueSatisfying(e -> assertThat(e.detail()).isEqualTo("return corrected:HUKOU_MOVED_OUT"));
        OutflowRecord corrected = ctx.outflow().open(clerk, row.id());
        assertThat(corrected.returnedOn()).isEqualTo(java.time.LocalDate.of(2026, 11, 21));
        assertThat(corrected.returnReason()).isEqualTo("HUKOU_MOVED_OUT");
        var event = ctx.transactions().readOnly(() -> ctx.outbox().newestOf("OUTFLOW", Long.toString(row.id())))
                .orElseThrow();
        assertThat(event.type()).isEqualTo(org.residencedesk.domain.outbox.EventType.OUTFLOW_ENDED);
        assertThat(event.payloadJson()).contains("\"returnedOn\":\"2026-11-21\"")
                .contains("\"returnReason\":\"HUKOU_MOVED_OUT\"");
    }
}

package org.residencedesk.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.domain.account.Role;
import org.residencedesk.domain.audit.AuditAction;
import org.residencedesk.domain.audit.AuditEntry;
import org.residencedesk.service.Operator;
import org.residencedesk.service.PermissionDenied;
import org.residencedesk.service.report.ReportFixture;
import org.residencedesk.testing.TestOperators;
import org.residencedesk.ui.BackgroundWork;

/**
 * The 工作台's view model without a window, on {@link ReportFixture}'s known events (today is its report day,
 * 2026-11-28, the PC in UTC): the chief's numbers, queues and 14-day trend counted by hand, the lists behind a
 * queue and a figure; window staff's 我的今日.
 */
class DashboardViewModelTest {
    @TempDir
    static Path root;
    static ReportFixture f;
    static TimeZone original;
    static Operator chief;
    static Operator wangfang;

    @BeforeAll
    static void build() {
        original = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        f = new ReportFixture(root.resolve("data"), root.resolve("keys")).build();
        chief = TestOperators.signIn(f.ctx, "zhanzhang2", "张站长", Role.CHIEF);
        wangfang = TestOperators.signIn(f.ctx, "wangfang", "王芳", Role.WINDOW_STAFF);
    }

    @AfterAll
    static void close() {
        f.close();
        TimeZone.setDefault(original);
    }

    private static DashboardViewModel model(Operator op) {
        return new DashboardViewModel(f.ctx.reports(), f.ctx.permitQueries(), op, BackgroundWork.inline());
    }

    private static List<String> shown(List<DashboardTile> tiles) {
        return tiles.stream().map(t -> t.key() + "=" + t.value()).toList();
    }

    @Test
    void theChiefSeesTodayTheQueuesAndFourteenDays() {
        DashboardViewModel m = model(chief);
        m.refresh();
        assertThat(m.busyProperty().get()).isFalse();
        assertThat(m.headingProperty().get()).isEqualTo("工作台　2026年11月28日");
        assertThat(shown(m.today())).containsExactly("registrations.new=2", "registrations.movedOut=1",
                "outflow.new=1", "applications.accepted=1", "permits.issued=1", "endorsements.made=1",
                "fees.taken=40.00");
        long backlog = f.ctx.transactions().readOnly(() -> f.ctx.outbox().countPending());
        assertThat(shown(m.queues())).containsExactly("work.awaitingReview=2", "work.awaitingPrint=3",
                "work.awaitingCollection=1", "applications.awaitingMaterials=0", "work.pastPromisedDate=2",
                "work.collectionOverdue=1", "endorsements.dueSoon=1", "endorsements.lapsed=2",
                "sync.backlog=" + backlog, "sync.rejected=1");
        assertThat(m.queues()).filteredOn(DashboardTile::drillable).extracting(DashboardTile::key)
                .doesNotContain("sync.backlog", "sync.rejected");
        assertThat(m.trend()).extracting(s -> s.getName()).containsExactly("新登记", "受理", "发证", "办理签注");
        // B at 11-27 23:59:59, A and C on 11-28; accepted: P2, P3 on 11-20, P4 on 11-22, P1 on 11-28
        assertThat(m.trend().get(0).getData()).extracting(d -> d.getYValue().longValue())
                .containsExactly(0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 1L, 2L);
        assertThat(m.trend().get(0).getData().get(0).getXValue()).isEqualTo("11-15");
        assertThat(m.trend().get(1).getData()).extracting(d -> d.getYValue().longValue())
                .containsExactly(0L, 0L, 0L, 0L, 0L, 2L, 0L, 1L, 0L, 0L, 0L, 0L, 0L, 1L);
        AuditEntry last = f.ctx.transactions().readOnly(() -> f.ctx.auditLog().latest(1)).get(0);
        assertThat(last.action()).isEqualTo(AuditAction.REPORT_VIEWED);
        assertThat(last.actor()).isEqualTo("zhanzhang2");
        assertThat(last.detail()).isEqualTo("dashboard 2026-11-28");
    }

    @Test
    void aQueueNumberOpensItsPermitsWithMaskedIdNumbers() {
        DashboardViewModel m = model(chief);
        m.refresh();
        m.drill("work.awaitingReview");
        assertThat(m.detailTitleProperty().get()).isEqualTo("待审核：2 条");
        assertThat(m.details()).hasSize(2).allSatisfy(r -> {
            assertThat(r.c3()).matches("420106\\*{8}\\d{3}[\\dX]");
            assertThat(r.c2()).startsWith("居民");
            assertThat(r.c1()).isNotBlank();
        });
        assertThat(m.detailHeaders()).containsExactly("受理号", "姓名", "身份证号码", "进入队列日期");
        assertThat(m.targetProperty().get()).isEqualTo(DashboardTarget.PERMIT_REVIEW);

        m.drill("work.pastPromisedDate");
        assertThat(m.details()).extracting(DashboardRow::c4).containsExactly("2026年10月5日", "2026年10月16日");
        assertThat(m.targetProperty().get()).isEqualTo(DashboardTarget.REPORT);

        m.drill("endorsements.dueSoon");
        assertThat(m.details()).extracting(DashboardRow::c4).containsExactly("2026年12月20日");
        assertThat(m.targetProperty().get()).isEqualTo(DashboardTarget.ENDORSEMENT);
    }

    @Test
    void aFigureOfTheDayOpensItsShareByStaffAndVillage() {
        DashboardViewModel m = model(chief);
        m.refresh();
        m.drill("registrations.new");
        assertThat(m.details()).extracting(r -> r.c1() + " " + r.c2() + " " + r.c3())
                .containsExactly("工作人员 孙丽 1", "工作人员 王芳 1", "村（社区） 海核社区 1", "村（社区） 南望社区 1");
        assertThat(m.targetProperty().get()).isEqualTo(DashboardTarget.REPORT);
        m.drill("sync.rejected");
        assertThat(m.details()).isEmpty();
        assertThat(m.detailTitleProperty().get()).isEqualTo("被平台拒收的事件：无明细");
        assertThat(m.targetProperty().get()).isNull();
    }

    @Test
    void windowStaffSeeTheirOwnDayAndTheirQueues() {
        DashboardViewModel m = model(wangfang);
        assertThat(m.chief()).isFalse();
        m.refresh();
        assertThat(m.headingProperty().get()).isEqualTo("王芳 的今日工作　2026年11月28日");
        assertThat(shown(m.today())).containsExactly("registrations.new=1", "registrations.changed=1",
                "outflow.new=1", "applications.submitted=1", "applications.accepted=1", "permits.issued=1",
                "endorsements.made=1");
        assertThat(m.today()).noneMatch(DashboardTile::drillable);
        assertThat(shown(m.queues())).containsExactly("applications.awaitingMaterials=0",
                "work.awaitingCollection=1", "work.collectionOverdue=1", "endorsements.dueSoon=1");
        assertThat(m.trend()).isEmpty();
        m.drill("work.awaitingCollection");
        assertThat(m.details()).hasSize(1);
        assertThat(m.details().get(0).c4()).isEqualTo("2026年10月1日");
        assertThat(m.targetProperty().get()).isEqualTo(DashboardTarget.PERMIT_COLLECTION);
        assertThatThrownBy(() -> f.ctx.reports().dashboard(wangfang)).isInstanceOf(PermissionDenied.class);
    }
}

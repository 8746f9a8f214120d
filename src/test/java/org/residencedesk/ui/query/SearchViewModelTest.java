package org.residencedesk.ui.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.app.AppContext;
import org.residencedesk.domain.account.Role;
import org.residencedesk.domain.form.FormValues;
import org.residencedesk.domain.registration.MoveOutReason;
import org.residencedesk.domain.registration.RegistrationStatus;
import org.residencedesk.domain.registration.RegistrationSummary;
import org.residencedesk.domain.registration.SearchKind;
import org.residencedesk.service.Operator;
import org.residencedesk.service.registration.RegistrationDetails;
import org.residencedesk.testing.IdNumbers;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestOperators;
import org.residencedesk.testing.TestStation;
import org.residencedesk.testsupport.RegistrationFixture;
import org.residencedesk.ui.BackgroundWork;

/** 查询 without a window: real Derby, service calls run inline. */
class SearchViewModelTest {
    /** One more than a page: 21 people named 孔乙甲, 孔乙乙, … */
    static final String SUFFIXES = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌";
    static final int PEOPLE = SearchViewModel.PAGE_SIZE + 1;

    @TempDir
    static Path dataDir;
    static AppContext ctx;

    @BeforeAll
    static void open() {
        ctx = TestStation.open(dataDir, TestClock.at("2026-11-28T01:15:00Z"));
        for (int i = 0; i < PEOPLE; i++) {
            ctx.registration().register(TestOperators.windowStaff(ctx), person(IdNumbers.citizen("420106", "19700101", 2 * i + 1),
                    "孔乙" + SUFFIXES.charAt(i)));
        }
    }

    @AfterAll
    static void close() {
        ctx.close();
    }

    private static FormValues person(String idNumber, String name) {
        return RegistrationFixture.valid().toBuilder().set("idNumber", idNumber).set("name", name).set("sex", "1")
                .set("birthDate", "1970-01-01").set("operator", "").set("registrationDate", "")
                .set("registrationNumber", "").build();
    }

    private static SearchViewModel screen(Operator operator) {
        return new SearchViewModel(ctx.registration(), operator, BackgroundWork.inline(), ctx.clock());
    }

    @Test
    void pagesThroughTheResultsOfTheSearchThatWasMadeEvenIfTheBoxChanges() {
        SearchViewModel screen = screen(TestOperators.windowStaff(ctx));
        screen.text.set("孔乙");
        screen.kind.set(SearchKind.NAME);

        screen.search();
        assertThat(screen.results).hasSize(SearchViewModel.PAGE_SIZE);
        assertThat(screen.page.get()).isZero();
        assertThat(screen.more.get()).isTrue();
        assertThat(screen.message.get()).isEmpty();
        List<String> firstPage = names(screen.results);

        screen.text.set("something else typed meanwhile");
        screen.nextPage();
        assertThat(screen.page.get()).isEqualTo(1);
        assertThat(screen.results).hasSize(1);
        assertThat(screen.more.get()).isFalse();
        assertThat(firstPage).doesNotContain(screen.results.get(0).name());

        screen.nextPage();
        assertThat(screen.page.get()).as("no page after the last").isEqualTo(1);

        screen.previousPage();
        assertThat(screen.page.get()).isZero();
        assertThat(names(screen.results)).isEqualTo(firstPage);
        screen.previousPage();
        assertThat(screen.page.get()).isZero();
    }

    @Test
    void resultsShowMaskedIdNumbersAndANoneMessageWhenNothingMatches() {
        SearchViewModel screen = screen(TestOperators.windowStaff(ctx));
        String id = IdNumbers.citizen("420106", "19700101", 1);
        screen.text.set(id);

        screen.search();
        assertThat(screen.results).hasSize(1);
        assertThat(screen.results.get(0).maskedIdNumber()).isEqualTo(id.substring(0, 6) + "********" + id.substring(14));

        screen.text.set("没有这个人");
        screen.kind.set(SearchKind.NAME);
        screen.search();
        assertThat(screen.results).isEmpty();
        assertThat(screen.message.get()).isEqualTo("没有找到符合条件的登记");
    }

    @Test
    void actionsNeedAChosenRow() {
        SearchViewModel screen = screen(TestOperators.windowStaff(ctx));
        List<RegistrationDetails> opened = new ArrayList<>();

        screen.open(opened::add);
        screen.startMoveOut();
        screen.showTimeline();

        assertThat(opened).isEmpty();
        assertThat(screen.panel.get()).isEqualTo(SearchViewModel.Panel.NONE);
        assertThat(screen.message.get()).isEqualTo("请先在列表中选择一条登记");
    }

    @Test
    void opensTheChosenRegistrationAndShowsThePersonsTimeline() {
        SearchViewModel screen = find("孔乙甲");
        RegistrationSummary row = screen.selected.get();
        List<RegistrationDetails> opened = new ArrayList<>();

        screen.open(opened::add);
        assertThat(opened).singleElement().satisfies(d -> {
            assertThat(d.summary().registrationNumber()).isEqualTo(row.registrationNumber());
            assertThat(d.values().get("name")).isEqualTo("孔乙甲");
        });

        screen.showTimeline();
        assertThat(screen.panel.get()).isEqualTo(SearchViewModel.Panel.TIMELINE);
        assertThat(screen.timeline).singleElement().asString()
                .isEqualTo("2026-11-28 09:15　登记　" + row.registrationNumber() + "　wangfang");
    }

    @Test
    void moveOutChecksTheDateThenCancelsAndReloadsThePage() {
        SearchViewModel screen = find("孔乙乙");
        String number = screen.selected.get().registrationNumber();

        screen.startMoveOut();
        assertThat(screen.panel.get()).isEqualTo(SearchViewModel.Panel.MOVE_OUT);
        assertThat(screen.moveOutReason.get()).isEqualTo(MoveOutReason.MOVED_AWAY);
        assertThat(screen.moveOutDate.get()).as("today at the station").isEqualTo("2026-11-28");

        screen.moveOutDate.set("28.11.2026");
        screen.confirmMoveOut();
        assertThat(screen.moveOutError.get()).isEqualTo("日期格式应为 年-月-日，如 2026-11-28");

        screen.moveOutDate.set("2026-12-01");
        screen.confirmMoveOut();
        assertThat(screen.moveOutError.get()).isEqualTo("离开日期不能晚于今天");
        assertThat(screen.panel.get()).isEqualTo(SearchViewModel.Panel.MOVE_OUT);

        screen.moveOutDate.set("2026-11-27");
        screen.confirmMoveOut();
        assertThat(screen.panel.get()).isEqualTo(SearchViewModel.Panel.NONE);
        assertThat(screen.results).singleElement().satisfies(r -> {
            assertThat(r.registrationNumber()).isEqualTo(number);
            assertThat(r.status()).isEqualTo(RegistrationStatus.CANCELLED);
        });
    }

    @Test
    void staffWithoutTheRightToRegisterCannotMoveAnyoneOut() {
        Operator reviewer = TestOperators.signIn(ctx, "liqiang", "李强", Role.REVIEWER);
        SearchViewModel screen = screen(reviewer);
        assertThat(screen.mayChange()).as("change, re-register and move out are hidden").isFalse();
        assertThat(screen(TestOperators.windowStaff(ctx)).mayChange()).isTrue();
        screen.text.set("孔乙丙");
        screen.kind.set(SearchKind.NAME);
        screen.search();
        screen.selected.set(screen.results.get(0));

        screen.startMoveOut();
        screen.confirmMoveOut();

        assertThat(screen.moveOutError.get()).isEqualTo("当前账号没有办理此业务的权限");
        assertThat(screen.panel.get()).isEqualTo(SearchViewModel.Panel.MOVE_OUT);
        assertThat(ctx.registration().search(reviewer, "孔乙丙", SearchKind.NAME, 0, 1).items().get(0).status())
                .isEqualTo(RegistrationStatus.ACTIVE);
    }

    private static SearchViewModel find(String name) {
        SearchViewModel screen = screen(TestOperators.windowStaff(ctx));
        screen.text.set(name);
        screen.kind.set(SearchKind.NAME);
        screen.search();
        assertThat(screen.results).hasSize(1);
        screen.selected.set(screen.results.get(0));
        return screen;
    }

    private static List<String> names(List<RegistrationSummary> rows) {
        return rows.stream().map(RegistrationSummary::name).toList();
    }
}

package org.residencedesk.ui.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.app.AppContext;
import org.residencedesk.domain.account.Role;
import org.residencedesk.domain.form.FormValues;
import org.residencedesk.domain.register.HouseKind;
import org.residencedesk.domain.register.HouseListing;
import org.residencedesk.domain.register.HouseSummary;
import org.residencedesk.domain.registration.MoveOutReason;
import org.residencedesk.service.Operator;
import org.residencedesk.service.register.EmployerRecord;
import org.residencedesk.service.register.HouseForm;
import org.residencedesk.service.register.HouseRecord;
import org.residencedesk.service.registration.Registered;
import org.residencedesk.testing.IdNumbers;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestOperators;
import org.residencedesk.testing.TestStation;
import org.residencedesk.testsupport.RegisterFixture;
import org.residencedesk.testsupport.RegistrationFixture;
import org.residencedesk.ui.BackgroundWork;

/** The 登记簿 area's view models on a real Derby station, without a window (BackgroundWork.inline). */
class RegisterAreaViewModelTest {
    @TempDir
    static Path dataDir;
    static AppContext ctx;
    static Operator STAFF;
    static Operator CLERK;
    static final TestClock CLOCK = TestClock.at("2026-11-28T01:15:00Z");

    @BeforeAll
    static void open() {
        ctx = TestStation.open(dataDir, CLOCK);
        STAFF = TestOperators.signIn(ctx, "wangfang", "王芳", Role.WINDOW_STAFF);
        CLERK = TestOperators.signIn(ctx, "zhaozhi", "赵志", Role.CLERK);
    }

    @AfterAll
    static void close() {
        ctx.close();
    }

    @Test
    void aHousePageShowsItsOccupantsNowAndBeforeWithMaskedNumbersAndDatesAndTheOverCapacityMark() {
        HouseRecord house = ctx.houseRegister().register(STAFF, RegisterFixture.house("VMHOUSE0001", "1"));
        String firstId = IdNumbers.citizen("420106", "19900315", 21);
        Registered first = ctx.registration().register(STAFF, person(firstId, "陈一", "1", "1990-03-15",
                "VMHOUSE0001", "", "2026-10-01"));
        ctx.registration().register(STAFF, person(IdNumbers.citizen("420106", "19910416", 22), "陈二", "2",
                "1991-04-16", "VMHOUSE0001", "", "2026-11-01"));
        HouseRegisterViewModel model = new HouseRegisterViewModel(ctx.houseRegister(), CLERK, BackgroundWork.inline());

        model.text.set("vmhouse");
        model.search();
        assertThat(model.results).extracting(HouseSummary::houseCode).containsExactly("VMHOUSE0001");
        model.selected.set(model.results.get(0));
        model.open();

        assertThat(model.heading.get()).isEqualTo("房屋 VMHOUSE0001　湖北省武汉市洪山区关山街道海核社区珞喻路1037号32501");
        assertThat(model.overCapacity.get()).isTrue();
        assertThat(model.details.get()).isEqualTo("类别：出租房屋；房东：李四（340524********001X），电话 13900001111；"
                + "可住 1 人，现住 2 人；曾住 0 人  超员");
        assertThat(model.occupants).extracting(o -> o.registration().name()).containsExactly("陈二", "陈一");
        assertThat(model.occupants).allSatisfy(o -> assertThat(o.registration().maskedIdNumber())
                .matches("\\d{6}\\*{8}\\d{3}[\\dX]"));
        assertThat(model.occupants.get(1).arrival()).isEqualTo("2026年10月1日");
        assertThat(model.occupants.get(1).leaving()).isEmpty();

        ctx.registration().moveOut(STAFF, first.registrationId(), MoveOutReason.MOVED_AWAY, LocalDate.of(2026, 11, 27));
        model.open(house.id());
        assertThat(model.overCapacity.get()).isFalse();
        HouseRegisterViewModel.Occupant before = model.occupants.get(1);
        assertThat(before.now()).isFalse();
        assertThat(before.registration().name()).isEqualTo("陈一");
        assertThat(before.leaving()).isEqualTo("2026年11月27日");
        assertThat(before.status()).isEqualTo("已注销");
        model.selectedOccupant.set(before);
        assertThat(model.selectedPerson().registrationId()).isEqualTo(first.registrationId());
    }

    @Test
    void theFiltersShowOverCapacityAllMovedOutAndOneKindAndAnEmptyListSaysSoInChinese() {
        ctx.houseRegister().register(STAFF, new HouseForm("VMSHED0001", "SITE_SHED", "420111002003", "鲁磨路", "9号",
                "", "", "", "ORGANISATION", "武汉建工集团", "", RegisterFixture.creditCode("91420100MA4K0101A"),
                "027-87650000", "", "30", ""));
        ctx.houseRegister().register(STAFF, RegisterFixture.house("VMFULL0001", "1"));
        ctx.registration().register(STAFF, person(IdNumbers.citizen("420106", "19920101", 23), "周一", "1",
                "1992-01-01", "VMFULL0001", "", "2026-11-01"));
        ctx.registration().register(STAFF, person(IdNumbers.citizen("420106", "19920202", 24), "周二", "2",
                "1992-02-02", "VMFULL0001", "", "2026-11-01"));
        HouseRegisterViewModel model = new HouseRegisterViewModel(ctx.houseRegister(), CLERK, BackgroundWork.inline());

        model.only.set(HouseKind.SITE_SHED);
        model.search();
        assertThat(model.results).extracting(HouseSummary::houseCode).containsExactly("VMSHED0001");
        assertThat(HouseRegisterViewModel.kindLabel(null)).isEqualTo("全部类别");

        model.only.set(null);
        model.listing.set(HouseListing.OVER_CAPACITY);
        model.search();
        assertThat(model.results).extracting(HouseSummary::houseCode).contains("VMFULL0001")
                .doesNotContain("VMSHED0001");
        assertThat(model.results).allSatisfy(h -> assertThat(HouseRegisterViewModel.stateOf(h)).isEqualTo("超员"));

        model.listing.set(HouseListing.ALL_MOVED_OUT);
        model.text.set("VMSHED");
        model.search();
        assertThat(model.results).isEmpty();
        assertThat(model.message.get()).isEqualTo("没有找到符合条件的房屋");
    }

    @Test
    void anEmployerPageListsItsEmployeesNowAndBeforeWithTheirPermits() {
        String code = RegisterFixture.creditCode("91420100MA4K0102B");
        EmployerRecord e = ctx.employerRegister().register(STAFF, RegisterFixture.employer(code, "武汉视图模型科技有限公司"));
        Registered worker = ctx.registration().register(STAFF, person(IdNumbers.citizen("420106", "19930303", 25),
                "吴工", "1", "1993-03-03", "", code, "2026-11-01"));
        EmployerRegisterViewModel model = new EmployerRegisterViewModel(ctx.employerRegister(), CLERK,
                BackgroundWork.inline());

        model.text.set("武汉视图");
        model.search();
        assertThat(model.results).extracting(s -> s.creditCode()).containsExactly(code);
        model.selected.set(model.results.get(0));
        model.open();

        assertThat(model.heading.get()).isEqualTo("单位 武汉视图模型科技有限公司　" + code);
        assertThat(model.details.get()).endsWith("在职 1 人，曾在职 0 人");
        assertThat(model.employees).extracting(r -> r.employee().registration().name()).containsExactly("吴工");
        EmployerRegisterViewModel.EmployeeRow row = model.employees.get(0);
        assertThat(row.permits()).isEqualTo("无");
        assertThat(row.registeredOn()).isEqualTo("2026年11月28日");
        model.selectedEmployee.set(row);
        assertThat(model.selectedPerson().registrationId()).isEqualTo(worker.registrationId());
        assertThat(e.id()).isEqualTo(model.opened.get().employer().id());
    }

    @Test
    void pagingThroughBothRegistersShowsEveryRowOnceWithNoRowSkippedBetweenPages() {
        int count = 2 * HouseRegisterViewModel.PAGE_SIZE + 1;
        for (int i = 0; i < count; i++) {
            ctx.houseRegister().register(STAFF, RegisterFixture.house(String.format("VMPAGE%04d", i)));
            ctx.employerRegister().register(STAFF, RegisterFixture.employer(
                    RegisterFixture.creditCode(String.format("91420100PG%07d", i)), "翻页测试单位" + i + "号"));
        }
        HouseRegisterViewModel houses = new HouseRegisterViewModel(ctx.houseRegister(), CLERK, BackgroundWork.inline());
        houses.text.set("VMPAGE");
        houses.search();
        List<String> seen = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            assertThat(houses.page.get()).isEqualTo(page);
            houses.results.forEach(h -> seen.add(h.houseCode()));
            houses.nextPage();
        }
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            expected.add(String.format("VMPAGE%04d", i));
        }
        assertThat(seen).containsExactlyElementsOf(expected);
        assertThat(houses.more.get()).isFalse();

        EmployerRegisterViewModel employers = new EmployerRegisterViewModel(ctx.employerRegister(), CLERK,
                BackgroundWork.inline());
        employers.text.set("翻页测试单位");
        employers.search();
        List<String> names = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            employers.results.forEach(e -> names.add(e.name()));
            employers.nextPage();
        }
        List<String> allNames = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            allNames.add("翻页测试单位" + i + "号");
        }
        assertThat(names).hasSize(count).containsExactlyInAnyOrderElementsOf(allNames);
    }

    @Test
    void theFormShowsEachRefusalBesideItsFieldStoresNothingAndSavesTheCorrectedHouse() {
        RegisterFormViewModel<HouseRecord> form = RegisterFormViewModel.newHouse(ctx.houseRegister(), STAFF,
                BackgroundWork.inline());
        HouseForm valid = RegisterFixture.house("VMFORM0001");
        form.value("houseCode").set("VMFORM0001");
        form.value("divisionCode").set("420111002003");
        form.value("street").set(valid.street());
        form.value("houseNumber").set(valid.houseNumber());
        form.value("managerName").set(valid.managerName());
        form.value("managerIdNumber").set("340524198001010010");
        form.value("managerPhone").set(valid.managerPhone());
        form.value("capacity").set("abc");
        List<HouseRecord> saved = new ArrayList<>();

        form.save(saved::add);

        assertThat(saved).isEmpty();
        assertThat(form.error("managerIdNumber").get()).isEqualTo("校验码不符，请逐位核对号码");
        assertThat(form.error("capacity").get()).isEqualTo("请填写1到9999之间的整数");
        assertThat(form.error("street").get()).isEmpty();
        assertThat(ctx.houseRegister().findByCode(STAFF, "VMFORM0001")).isEmpty();

        form.value("managerIdNumber").set(valid.managerIdNumber());
        form.value("capacity").set("4");
        form.save(saved::add);

        assertThat(saved).extracting(HouseRecord::houseCode).containsExactly("VMFORM0001");
        assertThat(form.error("capacity").get()).isEmpty();
        RegisterFormViewModel<HouseRecord> change = RegisterFormViewModel.changeHouse(ctx.houseRegister(), STAFF,
                BackgroundWork.inline(), saved.get(0));
        assertThat(change.editable("houseCode")).isFalse();
        assertThat(change.value("capacity").get()).isEqualTo("4");
        change.save(saved::add);
        assertThat(change.error(RegisterFormViewModel.FORM).get()).isEqualTo("没有修改任何内容");
    }

    @Test
    void aClerkMaySeeButNotWriteTheRegisters() {
        assertThat(new HouseRegisterViewModel(ctx.houseRegister(), CLERK, BackgroundWork.inline()).mayWrite()).isFalse();
        assertThat(new HouseRegisterViewModel(ctx.houseRegister(), STAFF, BackgroundWork.inline()).mayWrite()).isTrue();
        assertThat(new EmployerRegisterViewModel(ctx.employerRegister(), CLERK, BackgroundWork.inline()).mayWrite())
                .isFalse();
    }

    private static FormValues person(String id, String name, String sex, String birth, String houseCode,
                                     String creditCode, String arrival) {
        FormValues.Builder b = RegistrationFixture.valid().toBuilder().set("idNumber", id).set("name", name)
                .set("sex", sex).set("birthDate", birth).set("houseCode", houseCode).set("arrivalDate", arrival)
                .set("operator", "").set("registrationDate", "").set("registrationNumber", "");
        if (!creditCode.isEmpty()) {
            b.set("workplaceCreditCode", creditCode).set("workplaceName", "武汉视图模型科技有限公司");
        }
        return b.build();
    }

    @Test
    void correctingARejectedHouseOrEmployerListsItAloneOpensItsPageNamesItForTheFormAndItsSaveQueuesTheChange() {
        HouseRecord house = ctx.houseRegister().register(STAFF, RegisterFixture.house("VMFIXH0001"));
        HouseRegisterViewModel houses = new HouseRegisterViewModel(ctx.houseRegister(), STAFF, BackgroundWork.inline());
        List<String> missing = new ArrayList<>();
        houses.listing.set(HouseListing.OVER_CAPACITY);
        houses.correct("VMFIXH0001", () -> missing.add("VMFIXH0001"));

        assertThat(missing).isEmpty();
        assertThat(houses.results).extracting(HouseSummary::houseCode).containsExactly("VMFIXH0001");
        assertThat(houses.listing.get()).isEqualTo(HouseListing.ALL);
        assertThat(houses.opened.get().house().id()).isEqualTo(house.id());
        assertThat(houses.correcting.get().id()).isEqualTo(house.id());
        assertThat(houses.correcting.get().version()).isEqualTo(house.version());
        // the 变更 form the view opens on it: saving queues the correcting HOUSE_CHANGED event
        RegisterFormViewModel<HouseRecord> form = RegisterFormViewModel.changeHouse(ctx.houseRegister(), STAFF,
                BackgroundWork.inline(), houses.correcting.get());
        form.value("houseNumber").set("1038号");
        List<HouseRecord> saved = new ArrayList<>();
        form.save(saved::add);
        assertThat(saved).hasSize(1);
        assertThat(ctx.transactions().readOnly(() -> ctx.outbox().newestOf("HOUSE", "VMFIXH0001")).orElseThrow()
                .type()).isEqualTo(org.residencedesk.domain.outbox.EventType.HOUSE_CHANGED);

        houses.correct("VMNONE0001", () -> missing.add("VMNONE0001"));
        assertThat(missing).containsExactly("VMNONE0001");

        String code = RegisterFixture.creditCode("91420100MA4K0199C");
        EmployerRecord employer = ctx.employerRegister().register(STAFF, RegisterFixture.employer(code, "更正测试有限公司"));
        EmployerRegisterViewModel employers = new EmployerRegisterViewModel(ctx.employerRegister(), STAFF,
                BackgroundWork.inline());
        employers.correct(code, () -> missing.add(code));
        assertThat(missing).containsExactly("VMNONE0001");
        assertThat(employers.results).extracting(e -> e.creditCode()).containsExactly(code);
        assertThat(employers.opened.get().employer().id()).isEqualTo(employer.id());
        assertThat(employers.correcting.get().id()).isEqualTo(employer.id());
        employers.correct("not-a-code", () -> missing.add("not-a-code"));
        assertThat(missing).containsExactly("VMNONE0001", "not-a-code");
    }
}

package org.residencedesk.ui.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.residencedesk.testing.FxWait.waitUntil;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.app.AppContext;
import org.residencedesk.domain.account.Role;
import org.residencedesk.domain.card.CardType;
import org.residencedesk.domain.card.IdCardData;
import org.residencedesk.domain.form.FormValues;
import org.residencedesk.domain.masterdata.LookupContext;
import org.residencedesk.service.Operator;
import org.residencedesk.testing.IdNumbers;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestOperators;
import org.residencedesk.testing.TestStation;
import org.residencedesk.ui.BackgroundWork;
import org.residencedesk.ui.FileDialogs;
import org.residencedesk.ui.register.RegisterDialogs;
import org.residencedesk.ui.register.RegisterPickers;
import org.residencedesk.service.register.EmployerForm;
import org.residencedesk.service.register.HouseForm;
import org.residencedesk.testsupport.RegisterFixture;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Type-ahead never loses or misplaces a key (issue 12 item 1, ADR 0175). Each realistic registration is
 * typed twice into the real registration screen, each time on its own station database: once slowly (waiting
 * for the screen after every key, for the card after the swipe and for the save), once as one burst of key
 * events queued all at once with no wait between them — keys after the swipe reach the window before the
 * card does, keys after Ctrl+S while the save runs. The saved registrations must be equal, field by field.
 */
@ExtendWith(ApplicationExtension.class)
class TypeAheadBurstTest {
    private static final String NOW = "2026-11-28T01:15:00Z";
    private static final String LANDLORD_ID = IdNumbers.citizen("420111", "19700101", 456);
    private static final String CREDIT_CODE = RegisterFixture.creditCode("91420100MA4K2X3Y0");
    @TempDir
    static Path slowDir;
    @TempDir
    static Path burstDir;
    private static Station slow;
    private static Station burst;
    private static ExecutorService workers;

    private Stage stage;
    private Counter slowCounter;
    private Counter burstCounter;

    /** One station database with its signed-in clerk. */
    private record Station(AppContext ctx, Operator clerk) { }

    /** One registration screen on a station, with a card waiting on its simulated reader. */
    private static final class Counter {
        final Station station;
        final RegistrationViewModel model;
        final RegistrationView view;
        final Scene scene;
        IdCardData nextCard;

        Counter(Station station) {
            this(station, null);
        }

        /** @param registerWork the house and employer registers' work (null: the form has no register pickers) */
        Counter(Station station, BackgroundWork registerWork) {
            this.station = station;
            AppContext c = station.ctx();
            BackgroundWork work = BackgroundWork.toFxThread(workers);
            model = new RegistrationViewModel(c.registration(), c.certificates(), c.printer(), c.printAudit(),
                    station.clerk(), c.drafts(), c.formCodec(), c.clock(), work, c.lookupUsage());
            RegistrationView[] self = new RegistrationView[1];
            // like the demo reader: the card arrives later, from another thread
            Runnable swipe = () -> Platform.runLater(() -> self[0].cardRead(nextCard));
            view = new RegistrationView(model, c.masterData(), new LookupContext("420111002", c.lookupUsage()),
                    c.printerSettings(), Optional.of(swipe), FileDialogs.system());
            if (registerWork != null) {
                view.registers(new RegisterPickers(c.houseRegister(), c.employerRegister(), station.clerk(),
                        registerWork, new RegisterDialogs(c.houseRegister(), c.employerRegister(), station.clerk(),
                        registerWork)));
            }
            self[0] = view;
            scene = new Scene(view.load(), 1200, 760);
        }
    }

    @BeforeAll
    static void openStations() {
        workers = BackgroundWork.newWorkerPool();
        slow = open(slowDir);
        burst = open(burstDir);
    }

    /** A station with the landlord's house and the employer in its registers (the same codes on both stations). */
    private static Station open(Path dir) {
        Clock clock = TestClock.at(NOW);
        AppContext ctx = TestStation.open(dir, clock);
        Operator clerk = TestOperators.signIn(ctx, "wangfang", "王芳", Role.WINDOW_STAFF);
        ctx.houseRegister().register(clerk, new HouseForm("", "RENTAL", "420111002003", "珞喻路", "1037号",
                "3", "2", "501", "PERSON", "李明", LANDLORD_ID, "", "13900001111", "3", "4", ""));
        ctx.employerRegister().register(clerk, new EmployerForm(CREDIT_CODE, "武汉光谷制造有限公司", "420111002",
                "关山大道1号", "王经理", "027-87654321", "制造"));
        return new Station(ctx, clerk);
    }

    @AfterAll
    static void closeStations() {
        slow.ctx().close();
        burst.ctx().close();
        workers.shutdownNow();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        slowCounter = new Counter(slow);
        burstCounter = new Counter(burst);
        stage.setScene(slowCounter.scene);
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void citizenRentingAndEmployed(FxRobot robot) throws Exception {
        String landlord = IdNumbers.citizen("420111", "19700101", 456);
        IdCardData card = citizenCard("周建华", "1", "01", "19880315", IdNumbers.citizen("420106", "19880315", 123),
                "湖北省武汉市武昌区中山路300号");
        KeyScript keys = new KeyScript().swipe()
                .field("dxbkby").field("yh").field("13812345678")
                .field("hhsq").field("珞喻路").type("1037号").tab()
                .type("3").tab().type("2").tab().type("501").tab()
                .field("zlfw").field("李明").field(landlord).field("13900001111")
                .field("yn").field("wg").field("6").field("武汉光谷制造有限公司")
                .space().save()
                .space(); // typed while the save runs: lands in the consent box once the saved form is back
        FormValues saved = replayBothWays(robot, card, keys);

        assertThat(saved.get("name")).isEqualTo("周建华");
        assertThat(saved.get("education")).isEqualTo("21");
        assertThat(saved.get("maritalStatus")).isEqualTo("20");
        assertThat(saved.get("mobile")).isEqualTo("13812345678");
        assertThat(saved.get("residenceDivision")).isEqualTo("420111002003");
        assertThat(saved.get("street")).isEqualTo("珞喻路");
        assertThat(saved.get("houseNumber")).isEqualTo("1037号");
        assertThat(saved.get("building")).isEqualTo("3");
        assertThat(saved.get("unit")).isEqualTo("2");
        assertThat(saved.get("room")).isEqualTo("501");
        assertThat(saved.get("residenceType")).isEqualTo("34");
        assertThat(saved.get("landlordName")).isEqualTo("李明");
        assertThat(saved.get("landlordIdNumber")).isEqualTo(landlord);
        assertThat(saved.get("landlordPhone")).isEqualTo("13900001111");
        assertThat(saved.get("intendedStay")).isEqualTo("4");
        assertThat(saved.get("residenceReason")).isEqualTo("01");
        assertThat(saved.get("occupation")).isEqualTo("6");
        assertThat(saved.get("workplaceName")).isEqualTo("武汉光谷制造有限公司");
        assertThat(saved.get("privacyConsent")).isEqualTo("true");
        for (Counter c : List.of(slowCounter, burstCounter)) {
            assertThat(c.model.form().value("privacyConsent").get())
                    .as("the space typed during the save unticked the box of the saved form").isEqualTo("false");
        }
    }

    @Test
    void minorWithGuardian(FxRobot robot) throws Exception {
        String guardian = IdNumbers.citizen("420902", "19850302", 333);
        IdCardData card = citizenCard("李小雨", "2", "01", "20140506", IdNumbers.citizen("420902", "20140506", 222),
                "湖北省孝感市孝南区书院街56号");
        KeyScript keys = new KeyScript().swipe()
                .field("xxby").field("wh").field("13700002222")
                .field("420111002005").field("关山大道").field("1号")
                .field("jmjz").field("6").field("zxxs").field("关山小学")
                .shiftTab().shiftTab().shiftTab() // from the consent box back to 申报人
                .field("jhr").field("李强").field(guardian)
                .space().save();
        FormValues saved = replayBothWays(robot, card, keys);

        assertThat(saved.get("birthDate")).isEqualTo("2014-05-06");
        assertThat(saved.get("education")).isEqualTo("81");
        assertThat(saved.get("maritalStatus")).isEqualTo("10");
        assertThat(saved.get("residenceDivision")).isEqualTo("420111002005");
        assertThat(saved.get("residenceType")).isEqualTo("31");
        assertThat(saved.get("intendedStay")).isEqualTo("6");
        assertThat(saved.get("residenceReason")).isEqualTo("13");
        assertThat(saved.get("schoolName")).isEqualTo("关山小学");
        assertThat(saved.get("declarant")).isEqualTo("guardian");
        assertThat(saved.get("guardianName")).isEqualTo("李强");
        assertThat(saved.get("guardianIdNumber")).isEqualTo(guardian);
    }

    @Test
    void uyghurNameWithTheMiddleDotTypedWithoutACard(FxRobot robot) throws Exception {
        String id = IdNumbers.citizen("650102", "19950708", 246);
        KeyScript keys = new KeyScript()
                .field(id).field("阿依古丽·买买提").field("wwe").field("新疆乌鲁木齐市天山区解放南路88号")
                .type("gz").down().down().down().enter() // the fourth 高中 line: 61 普通高中毕业
                .field("wh").field("13600003333").field("nwsq").field("珞喻路").field("152号")
                .field("gmfw").field("2").field("tkqy")
                .space().save();
        FormValues saved = replayBothWays(robot, null, keys);

        assertThat(saved.get("idNumber")).isEqualTo(id);
        assertThat(saved.get("name")).isEqualTo("阿依古丽·买买提");
        assertThat(saved.get("sex")).isEqualTo("2");
        assertThat(saved.get("birthDate")).isEqualTo("1995-07-08");
        assertThat(saved.get("ethnicGroup")).isEqualTo("05");
        assertThat(saved.get("hukouDivision")).isEqualTo("650102");
        assertThat(saved.get("hukouAddress")).isEqualTo("新疆乌鲁木齐市天山区解放南路88号");
        assertThat(saved.get("education")).isEqualTo("61");
        assertThat(saved.get("residenceDivision")).isEqualTo("420111002005");
        assertThat(saved.get("residenceType")).isEqualTo("33");
        assertThat(saved.get("residenceReason")).isEqualTo("09");
    }

    @Test
    void hongKongResident(FxRobot robot) throws Exception {
        String landlord = IdNumbers.citizen("420111", "19650909", 789);
        IdCardData card = new IdCardData(CardType.HK_MO_TW_PERMIT, "陈家明", null, "1", null, LocalDate.of(1990, 6, 30),
                "湖北省武汉市江汉区建设大道568号", "810000199006300138", "武汉市公安局江汉分局",
                LocalDate.of(2024, 3, 1), LocalDate.of(2029, 3, 1), false, "H12345678", "01", null, null);
        KeyScript keys = new KeyScript().swipe()
                .field("21").field("20").field("13500004444")
                .field("hhsq").field("雄楚大道").field("88号")
                .field("34").field("王五").field(landlord).field("13900005555")
                .field("3").field("03").field("4").field("香江贸易（武汉）有限公司")
                .space().save();
        FormValues saved = replayBothWays(robot, card, keys);

        assertThat(saved.get("documentType")).isEqualTo("hmt-residence-permit");
        assertThat(saved.get("nationality")).as("from the permit's number").isEqualTo("HKG");
        assertThat(saved.get("passNumber")).isEqualTo("H12345678");
        assertThat(saved.get("issueCount")).isEqualTo("01");
        assertThat(saved.get("hukouDivision")).isEmpty();
        assertThat(saved.get("hukouAddress")).isEmpty();
        assertThat(saved.get("landlordIdNumber")).isEqualTo(landlord);
        assertThat(saved.get("residenceReason")).isEqualTo("03");
        assertThat(saved.get("occupation")).isEqualTo("4");
        assertThat(saved.get("workplaceName")).isEqualTo("香江贸易（武汉）有限公司");
    }

    @Test
    void foreigner(FxRobot robot) throws Exception {
        IdCardData card = new IdCardData(CardType.FOREIGN_PR_2017, "安娜", "MUELLER, ANNA MARIA", "2", null,
                LocalDate.of(1985, 6, 23), null, "DEU420850623014", "4201", LocalDate.of(2020, 1, 1),
                LocalDate.of(2030, 1, 1), false, null, null, "DEU", null);
        KeyScript keys = new KeyScript().swipe()
                .field("21").field("yh").field("13400006666")
                .field("420111002007").field("民族大道").field("1号")
                .field("33").field("6").field("wg").field("2").field("华中科技大学")
                .space().save();
        FormValues saved = replayBothWays(robot, card, keys);

        assertThat(saved.get("documentType")).isEqualTo("foreign-permanent-residence");
        assertThat(saved.get("idNumber")).isEqualTo("DEU420850623014");
        assertThat(saved.get("nationality")).isEqualTo("DEU");
        assertThat(saved.get("englishName")).isEqualTo("MUELLER, ANNA MARIA");
        assertThat(saved.get("issuingAuthority")).isEqualTo("4201");
        assertThat(saved.get("validUntil")).isEqualTo("2030-01-01");
        assertThat(saved.get("ethnicGroup")).isEmpty();
        assertThat(saved.get("education")).isEqualTo("21");
        assertThat(saved.get("residenceDivision")).isEqualTo("420111002007");
        assertThat(saved.get("occupation")).isEqualTo("2");
    }

    /**
     * Issue 12's realistic case with the registers (the key script of {@link KeystrokeCountTest}, ADR 0337): the
     * landlord's house is picked by "lm Enter" and the employer by "whgg Enter", typed as one burst ahead of the
     * suggestion lists; each query and pick happens in order, so the record equals the slow replay's.
     */
    @Test
    void citizenRentingAndEmployedPickedFromTheRegisters(FxRobot robot) throws Exception {
        useRegisterCounters(robot, BackgroundWork.toFxThread(workers), BackgroundWork.toFxThread(workers));
        // not the person of citizenRentingAndEmployed: the stations are shared by the tests
        IdCardData card = citizenCard("周建国", "1", "01", "19880315", IdNumbers.citizen("420106", "19880315", 125),
                "湖北省武汉市武昌区中山路300号");
        KeyScript keys = new KeyScript().swipe()
                .field("21").field("20").field("13812345678")
                .shiftTab().type("lm").enter()
                .field("4").tab().type("6").tab()
                .type("whgg").enter()
                .space().save();
        FormValues saved = replayBothWays(robot, card, keys);

        assertThat(saved.get("houseCode")).isNotBlank().isEqualTo(slow.ctx().houseRegister()
                .suggest(slow.clerk(), "lm", 1).get(0).key());
        assertThat(saved.get("residenceDivision")).isEqualTo("420111002003");
        assertThat(saved.get("street")).isEqualTo("珞喻路");
        assertThat(saved.get("houseNumber")).isEqualTo("1037号");
        assertThat(saved.get("room")).isEqualTo("501");
        assertThat(saved.get("residenceType")).isEqualTo("34");
        assertThat(saved.get("landlordName")).isEqualTo("李明");
        assertThat(saved.get("landlordIdNumber")).isEqualTo(LANDLORD_ID);
        assertThat(saved.get("intendedStay")).isEqualTo("4");
        assertThat(saved.get("occupation")).isEqualTo("6");
        assertThat(saved.get("workplaceName")).isEqualTo("武汉光谷制造有限公司");
        assertThat(saved.get("workplaceCreditCode")).isEqualTo(CREDIT_CODE);
        assertThat(saved.get("workplacePhone")).isEqualTo("027-87654321");
        assertThat(saved.get("residenceReason")).as("proposed from the employer").isEqualTo("01");
        assertThat(saved.get("privacyConsent")).isEqualTo("true");
    }

    /**
     * A register slower than the 5 s the keys wait (ADR 0283): the clerk's keys go on into the next fields, and the
     * late fill leaves what they typed there, filling only the fields nobody changed since the pick (ADR 0337).
     */
    @Test
    void aLateHouseFillLeavesWhatWasTypedMeanwhile(FxRobot robot) throws Exception {
        GatedWorkers gate = new GatedWorkers();
        useRegisterCounters(robot, BackgroundWork.toFxThread(gate), BackgroundWork.toFxThread(workers));
        Counter counter = slowCounter;
        robot.interact(() -> ((Button) counter.scene.lookup("#registrationNewButton")).fire());
        robot.interact(() -> counter.view.renderer().control("houseCode").orElseThrow().requestFocus());
        type(counter, new KeyScript().type("lm"));
        waitUntil(() -> !counter.view.renderer().registerSuggestions("houseCode").isEmpty()
                && !counter.view.renderer().registersAnswering());

        gate.close();
        type(counter, new KeyScript().enter().tab().type("解放大道"));
        // the held keys are released after 5 s and replayed on the FX thread: wait for them, the fill still held back
        waitUntil(() -> !counter.view.renderer().registersAnswering() && !gate.waiting().isEmpty()
                && "解放大道".equals(counter.model.form().value("street").get()));
        assertThat(counter.model.form().value("houseNumber").get()).as("the fill is not in yet").isNotEqualTo("1037号");
        gate.open();
        waitUntil(() -> "1037号".equals(counter.model.form().value("houseNumber").get()));

        assertThat(counter.model.form().value("street").get()).as("typed meanwhile: kept").isEqualTo("解放大道");
        assertThat(counter.model.form().value("residenceDivision").get()).isEqualTo("420111002003");
        assertThat(counter.model.form().value("room").get()).isEqualTo("501");
        assertThat(counter.model.form().value("landlordName").get()).isEqualTo("李明");
    }

    /** Replaces the two counters by ones whose forms pick houses and employers from the registers. */
    private void useRegisterCounters(FxRobot robot, BackgroundWork slowRegisters, BackgroundWork burstRegisters) {
        robot.interact(() -> {
            slowCounter = new Counter(slow, slowRegisters);
            burstCounter = new Counter(burst, burstRegisters);
            stage.setScene(slowCounter.scene);
        });
    }

    /** Delivers {@code keys} one event at a time, each handled before the next. */
    private static void type(Counter counter, KeyScript keys) throws Exception {
        for (KeyScript.Stroke s : keys.strokes()) {
            for (Runnable event : KeyScript.events(counter.scene, s)) {
                WaitForAsyncUtils.asyncFx(event).get(5, TimeUnit.SECONDS);
            }
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Worker threads that hold the register's tasks while closed, to make a register slow on purpose. */
    private static final class GatedWorkers implements java.util.concurrent.Executor {
        private final java.util.List<Runnable> waiting = new java.util.ArrayList<>();
        private boolean closed;

        @Override
        public synchronized void execute(Runnable task) {
            if (closed) {
                waiting.add(task);
            } else {
                workers.execute(task);
            }
        }

        synchronized void close() {
            closed = true;
        }

        synchronized java.util.List<Runnable> waiting() {
            return java.util.List.copyOf(waiting);
        }

        synchronized void open() {
            closed = false;
            waiting.forEach(workers::execute);
            waiting.clear();
        }
    }

    /** Types {@code keys} slowly on one station and as a burst on the other; returns the record both saved. */
    private FormValues replayBothWays(FxRobot robot, IdCardData card, KeyScript keys) throws Exception {
        FormValues slowSaved = replay(robot, slowCounter, card, keys, false);
        FormValues burstSaved = replay(robot, burstCounter, card, keys, true);
        assertThat(burstSaved.fields()).as("the burst saved every field as the slow replay did")
                .containsExactlyInAnyOrderEntriesOf(slowSaved.fields());
        assertThat(burstSaved.groups()).isEqualTo(slowSaved.groups());
        FormValues slowScreen = WaitForAsyncUtils.asyncFx(() -> slowCounter.model.form().snapshot()).get(5, TimeUnit.SECONDS);
        FormValues burstScreen = WaitForAsyncUtils.asyncFx(() -> burstCounter.model.form().snapshot()).get(5, TimeUnit.SECONDS);
        assertThat(burstScreen.fields()).as("and the screen shows the same afterwards")
                .containsExactlyInAnyOrderEntriesOf(slowScreen.fields());
        return burstSaved;
    }

    private FormValues replay(FxRobot robot, Counter counter, IdCardData card, KeyScript keys, boolean asBurst)
            throws Exception {
        counter.nextCard = card;
        robot.interact(() -> {
            stage.setScene(counter.scene);
            ((Button) counter.scene.lookup("#registrationNewButton")).fire();
        });
        WaitForAsyncUtils.waitForFxEvents();
        if (asBurst) {
            // every event queued at once: the window takes them as fast as it can, card and save results in between
            for (KeyScript.Stroke s : keys.strokes()) {
                for (Runnable event : KeyScript.events(counter.scene, s)) {
                    Platform.runLater(event);
                }
            }
        } else {
            for (KeyScript.Stroke s : keys.strokes()) {
                for (Runnable event : KeyScript.events(counter.scene, s)) {
                    // a slow typist: each key handled, and whatever it queued on the FX thread run, before the next
                    WaitForAsyncUtils.asyncFx(event).get(5, TimeUnit.SECONDS);
                    WaitForAsyncUtils.asyncFx(() -> { }).get(5, TimeUnit.SECONDS);
                }
                // and waits for the registers: the suggestion list on screen, a picked row filled in
                waitUntil(() -> !counter.view.renderer().registersAnswering());
                if (s.pause() == KeyScript.Pause.CARD) {
                    waitUntil(() -> card.name().equals(counter.model.form().value("name").get()));
                } else if (s.pause() == KeyScript.Pause.SAVE) {
                    waitUntil(() -> !counter.model.busyProperty().get());
                }
            }
        }
        waitUntil(() -> !counter.model.busyProperty().get() && !counter.view.typeAhead().isHolding()
                && counter.model.registrationId().isPresent());
        String notice = counter.model.noticeProperty().get();
        assertThat(notice).as("saved (%s replay)", asBurst ? "burst" : "slow")
                .isEqualTo("登记成功，登记编号 " + counter.model.savedNumberProperty().get());
        long id = counter.model.registrationId().orElseThrow();
        return counter.station.ctx().registration().open(counter.station.clerk(), id).values();
    }

    private static IdCardData citizenCard(String name, String sex, String ethnic, String birth, String id, String address) {
        LocalDate born = LocalDate.parse(birth.substring(0, 4) + "-" + birth.substring(4, 6) + "-" + birth.substring(6));
        return new IdCardData(CardType.ID_CARD, name, null, sex, ethnic, born, address, id, "武汉市公安局洪山分局",
                LocalDate.of(2022, 5, 20), LocalDate.of(2032, 5, 20), false, null, null, null, null);
    }
}

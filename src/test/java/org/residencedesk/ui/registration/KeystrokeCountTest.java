package org.residencedesk.ui.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.residencedesk.testing.FxWait.waitUntil;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
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
import org.residencedesk.domain.card.WltPhoto;
import org.residencedesk.domain.form.FormValues;
import org.residencedesk.domain.form.PhotoValue;
import org.residencedesk.domain.masterdata.LookupContext;
import org.residencedesk.port.PhotoDecoder;
import org.residencedesk.service.Operator;
import org.residencedesk.service.register.EmployerForm;
import org.residencedesk.service.register.HouseForm;
import org.residencedesk.testing.IdNumbers;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestOperators;
import org.residencedesk.testing.TestStation;
import org.residencedesk.testsupport.RegisterFixture;
import org.residencedesk.ui.BackgroundWork;
import org.residencedesk.ui.FileDialogs;
import org.residencedesk.ui.Theme;
import org.residencedesk.ui.register.RegisterDialogs;
import org.residencedesk.ui.register.RegisterPickers;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 12 item 2: the realistic registration — a citizen renting a room in a house of the register from a landlord
 * the register knows, employed by an employer of the register — takes at most 40 key presses after the card swipe,
 * typing Chinese nowhere (every value is a code or a register pick; ADR 0280–0283). Every KEY_PRESSED event that
 * reaches the window after the card is counted, and the saved record must hold every expected field.
 *
 * <p>The key script (34 presses; docs/keyboard.md):
 * <pre>
 *   21 Enter            文化程度 21 大学本科毕业                          3
 *   20 Enter            婚姻状况 20 已婚                                  3
 *   13812345678 Enter   手机号码 → the cursor stops at 居住地社区（村）      12
 *   Shift+Tab           back to 房屋编码 (the house picker)                1
 *   lm Enter            the landlord 李明's initials; Enter picks the house, which fills 社区, 街路巷, 门牌号,
 *                       楼栋/单元/室, 居住处所 34 and the landlord; 来本地日期 is today already → 拟居住期限   3
 *   4 Enter             拟居住期限 4 一年 → 居住事由                         2
 *   Tab                 居住事由 left empty: the employer will propose 01 务工 → 职业               1
 *   6 Tab               职业 6 生产制造及有关人员 → 工作单位                 2
 *   whgg Enter          the employer's initials; Enter picks it (name, credit code, address, phone),
 *                       居住事由 becomes 01 → the consent box                5
 *   Space               已告知个人信息处理规则并取得本人同意                  1
 *   Ctrl+S              保存                                              1
 * </pre>
 * The card's photo is decoded at the port by a stand-in for the vendor library (it returns a fixed PNG for any
 * WLT blob; the real library is not installed here) and is saved with the registration.
 */
@ExtendWith(ApplicationExtension.class)
class KeystrokeCountTest {
    private static final String NOW = "2026-11-28T01:15:00Z";
    static final int MOST_KEYS = 40;

    @TempDir
    static Path dataDir;
    private static AppContext ctx;
    private static Operator clerk;
    private static ExecutorService workers;
    private static String houseCode;
    private static String creditCode;
    private static final String LANDLORD_ID = IdNumbers.citizen("420111", "19700101", 456);
    private RegistrationViewModel model;
    private RegistrationView view;
    private Scene scene;
    private final IdCardData card = new IdCardData(CardType.ID_CARD, "周建华", null, "1", "01",
            LocalDate.of(1988, 3, 15), "湖北省武汉市武昌区中山路300号", IdNumbers.citizen("420106", "19880315", 123),
            "武汉市公安局武昌分局", LocalDate.of(2022, 5, 20), LocalDate.of(2032, 5, 20), false, null, null, null,
            new WltPhoto(new byte[1024]));

    /** The station, its registers and the worker pool: opened once, before the window (slow on a busy machine). */
    @BeforeAll
    static void openStation() {
        Clock clock = TestClock.at(NOW);
        ctx = TestStation.open(dataDir, clock);
        clerk = TestOperators.signIn(ctx, "wangfang", "王芳", Role.WINDOW_STAFF);
        houseCode = ctx.houseRegister().register(clerk, new HouseForm("", "RENTAL", "420111002003", "珞喻路", "1037号",
                "3", "2", "501", "PERSON", "李明", LANDLORD_ID, "", "13900001111", "3", "4", "")).houseCode();
        creditCode = RegisterFixture.creditCode("91420100MA4K2X3Y0");
        ctx.employerRegister().register(clerk, new EmployerForm(creditCode, "武汉光谷制造有限公司", "420111002",
                "关山大道1号", "王经理", "027-87654321", "制造"));
        workers = BackgroundWork.newWorkerPool();
    }

    @AfterAll
    static void closeStation() {
        workers.shutdownNow();
        ctx.close();
    }

    @Start
    void start(Stage stage) {
        BackgroundWork work = BackgroundWork.toFxThread(workers);
        model = new RegistrationViewModel(ctx.registration(), ctx.certificates(), ctx.printer(), ctx.printAudit(),
                clerk, ctx.drafts(), ctx.formCodec(), ctx.clock(), work, ctx.lookupUsage())
                .decodingPhotosWith(new StandInPhotoDecoder());
        RegistrationView[] self = new RegistrationView[1];
        // the demo reader's way: the card arrives later, from another thread
        Runnable swipe = () -> Platform.runLater(() -> self[0].cardRead(card));
        view = new RegistrationView(model, ctx.masterData(), new LookupContext("420111002", ctx.lookupUsage()),
                ctx.printerSettings(), Optional.of(swipe), FileDialogs.system())
                .registers(new RegisterPickers(ctx.houseRegister(), ctx.employerRegister(), clerk, work,
                        new RegisterDialogs(ctx.houseRegister(), ctx.employerRegister(), clerk, work)));
        self[0] = view;
        scene = Theme.apply(new Scene(view.load(), 1366, 768));
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void theRealisticRegistrationTakesAtMost40KeyPressesAfterTheSwipe(FxRobot robot) throws Exception {
        play(new KeyScript().swipe(), () -> card.name().equals(model.form().value("name").get()));
        waitUntil(() -> "field-education".equals(focusedId()));
        int[] pressed = {0};
        robot.interact(() -> scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> pressed[0]++));

        List<Step> steps = new ArrayList<>();
        steps.add(new Step(new KeyScript().field("21").field("20").field("13812345678"),
                () -> "field-residenceDivision".equals(focusedId())));
        steps.add(new Step(new KeyScript().shiftTab(), () -> "field-houseCode".equals(focusedId())));
        steps.add(new Step(new KeyScript().type("lm"), () -> !view.renderer().registerSuggestions("houseCode").isEmpty()));
        steps.add(new Step(new KeyScript().enter(), () -> "field-intendedStay".equals(focusedId())));
        steps.add(new Step(new KeyScript().field("4").tab().type("6").tab(), () -> "field-workplaceName".equals(focusedId())));
        steps.add(new Step(new KeyScript().type("whgg"),
                () -> !view.renderer().registerSuggestions("workplaceName").isEmpty()));
        steps.add(new Step(new KeyScript().enter(), () -> "field-privacyConsent".equals(focusedId())));
        steps.add(new Step(new KeyScript().space().save(), () -> model.registrationId().isPresent()
                && !model.busyProperty().get()));
        int scripted = 0;
        for (Step s : steps) {
            play(s.keys(), s.then());
            scripted += s.keys().size();
        }

        assertThat(model.noticeProperty().get()).isEqualTo("登记成功，登记编号 " + model.savedNumberProperty().get());
        assertThat(pressed[0]).as("key presses that reached the window after the swipe").isEqualTo(scripted);
        assertThat(pressed[0]).as("issue 12: at most 40 after the swipe").isLessThanOrEqualTo(MOST_KEYS).isEqualTo(34);

        FormValues saved = ctx.registration().open(clerk, model.registrationId().orElseThrow()).values();
        assertThat(saved.get("idNumber")).isEqualTo(card.idNumber());
        assertThat(saved.get("name")).isEqualTo("周建华");
        assertThat(saved.get("education")).isEqualTo("21");
        assertThat(saved.get("maritalStatus")).isEqualTo("20");
        assertThat(saved.get("mobile")).isEqualTo("13812345678");
        assertThat(saved.get("houseCode")).isEqualTo(houseCode);
        assertThat(saved.get("residenceDivision")).isEqualTo("420111002003");
        assertThat(saved.get("street")).isEqualTo("珞喻路");
        assertThat(saved.get("houseNumber")).isEqualTo("1037号");
        assertThat(saved.get("building")).isEqualTo("3");
        assertThat(saved.get("unit")).isEqualTo("2");
        assertThat(saved.get("room")).isEqualTo("501");
        assertThat(saved.get("residenceType")).as("a rented house decides 34 租赁房屋").isEqualTo("34");
        assertThat(saved.get("landlordName")).isEqualTo("李明");
        assertThat(saved.get("landlordIdNumber")).isEqualTo(LANDLORD_ID);
        assertThat(saved.get("landlordPhone")).isEqualTo("13900001111");
        assertThat(saved.get("arrivalDate")).as("today, from the clock").isEqualTo("2026-11-28");
        assertThat(saved.get("intendedStay")).isEqualTo("4");
        assertThat(saved.get("residenceReason")).as("proposed from the employer").isEqualTo("01");
        assertThat(saved.get("occupation")).isEqualTo("6");
        assertThat(saved.get("workplaceName")).isEqualTo("武汉光谷制造有限公司");
        assertThat(saved.get("workplaceCreditCode")).isEqualTo(creditCode);
        assertThat(saved.get("workplacePhone")).isEqualTo("027-87654321");
        assertThat(saved.get("workplaceAddress")).contains("关山大道1号");
        assertThat(saved.get("privacyConsent")).isEqualTo("true");
        assertThat(saved.get("declarant")).isEqualTo("self");
        assertThat(saved.get("channel")).isEqualTo("counter");
        assertThat(PhotoValue.decode(saved.get("photo"))).as("the card's photo, saved")
                .hasValueSatisfying(b -> assertThat(b).isEqualTo(StandInPhotoDecoder.PNG));
        Node photoBox = robot.lookup("#field-photo").query();
        assertThat(robot.from(photoBox).lookup((java.util.function.Predicate<Node>) n -> n instanceof ImageView i && i.getImage() != null).tryQuery())
                .as("the photo box shows it").isPresent();
    }

    /** Keys of one step, then what a slow typist waits to see before the next. */
    private record Step(KeyScript keys, Callable<Boolean> then) { }

    private void play(KeyScript keys, Callable<Boolean> then) throws Exception {
        for (KeyScript.Stroke s : keys.strokes()) {
            for (Runnable event : KeyScript.events(scene, s)) {
                WaitForAsyncUtils.asyncFx(event).get(5, TimeUnit.SECONDS);
                WaitForAsyncUtils.asyncFx(() -> { }).get(5, TimeUnit.SECONDS);
            }
        }
        waitUntil(then);
    }

    private String focusedId() {
        Node n = scene.getFocusOwner();
        return n == null ? null : n.getId();
    }

    /**
     * A stand-in for the vendor library at the port (it is not installed here): it does not decode WLT, it answers
     * every non-empty blob with one fixed 102×126 PNG, so the path from the reader to the saved form is exercised.
     */
    static final class StandInPhotoDecoder implements PhotoDecoder {
        static final byte[] PNG = png();

        @Override
        public boolean isAvailable() {
            return true;
        }

        @Override
        public String availabilityMessage() {
            return "";
        }

        @Override
        public Result decode(WltPhoto photo) {
            return photo.isEmpty() ? new Unavailable("") : new Decoded(PNG.clone());
        }

        private static byte[] png() {
            BufferedImage image = new BufferedImage(102, 126, BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < 126; y++) {
                for (int x = 0; x < 102; x++) {
                    image.setRGB(x, y, (x * 2) << 16 | (y * 2) << 8 | 0x80);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                ImageIO.write(image, "png", out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        }
    }
}

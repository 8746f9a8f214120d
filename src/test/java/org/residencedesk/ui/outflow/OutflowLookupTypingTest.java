package org.residencedesk.ui.outflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.residencedesk.testing.FxWait.waitUntil;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.event.EventTarget;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.app.AppContext;
import org.residencedesk.domain.account.Role;
import org.residencedesk.domain.outflow.ReturnReason;
import org.residencedesk.service.Operator;
import org.residencedesk.service.outflow.OutflowQuery;
import org.residencedesk.service.outflow.OutflowRecord;
import org.residencedesk.testing.IdNumbers;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestOperators;
import org.residencedesk.testing.TestStation;
import org.residencedesk.ui.BackgroundWork;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * TestFX (headless), the 流出人口 form's look-ups (ADR 0318): 户籍村, 流入地, 外出事由 and 关系 are picked by
 * pinyin initials with Enter or Tab, as in the registration form, and the codes are what is saved. The same
 * keys typed slowly and as one burst of key events with no waits save the same record.
 */
@ExtendWith(ApplicationExtension.class)
class OutflowLookupTypingTest {
    @TempDir
    static Path dataDir;
    private static AppContext ctx;
    private static Operator clerk;
    private static ExecutorService workers;

    private OutflowAreaViewModel model;
    private OutflowAreaView view;
    private Parent root;
    private Scene scene;

    @BeforeAll
    static void openStation() {
        ctx = TestStation.open(dataDir, TestClock.at("2026-11-28T01:15:00Z"));
        clerk = TestOperators.signIn(ctx, "wangfang", "王芳", Role.WINDOW_STAFF);
        workers = BackgroundWork.newWorkerPool();
    }

    @AfterAll
    static void closeStation() {
        workers.shutdownNow();
        ctx.close();
    }

    @Start
    void start(Stage stage) {
        model = new OutflowAreaViewModel(ctx.outflow(), clerk, BackgroundWork.toFxThread(workers), ctx.clock());
        view = new OutflowAreaView(model);
        root = view.load();
        scene = new Scene(root, 1366, 800);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void pinyinInitialsPickEachCodeAndTheCodesAreSaved(FxRobot robot) throws Exception {
        String id = IdNumbers.citizen("420111", "19880402", 37);
        startNew(robot);
        robot.write(id).type(KeyCode.TAB).write("张小华").type(KeyCode.TAB);

        robot.write("hhsq");
        assertThat(shown(robot, "#outflowHukouDivision")).first()
                .isEqualTo("420111002003 湖北省 武汉市 洪山区 关山街道 海核社区");
        robot.type(KeyCode.TAB);
        assertThat(model.fields.get("hukouDivision").get()).isEqualTo("420111002003");
        assertThat(focused()).isSameAs(field("#outflowDestinationDivision"));

        robot.write("pdxq");
        assertThat(shown(robot, "#outflowDestinationDivision")).first().isEqualTo("310115 上海市 浦东新区");
        robot.type(KeyCode.ENTER);
        assertThat(model.fields.get("destinationDivision").get()).isEqualTo("310115");
        assertThat(field("#outflowDestinationDivision").getText()).isEqualTo("310115 上海市浦东新区");
        assertThat(focused()).as("Enter moves on").isSameAs(field("#outflowDestinationAddress"));

        robot.write("张江路88号").type(KeyCode.TAB, KeyCode.TAB); // the departure date keeps today
        robot.write("wg");
        assertThat(shown(robot, "#outflowReason")).first().isEqualTo("01 务工");
        robot.type(KeyCode.ENTER);
        assertThat(model.fields.get("reason").get()).isEqualTo("01");

        robot.interact(() -> model.reportedByRelative.set(true));
        robot.clickOn(field("#outflowReporterName")).write("张大山").type(KeyCode.TAB);
        robot.write("fq");
        assertThat(shown(robot, "#outflowReporterRelation")).first().isEqualTo("51 父亲");
        robot.type(KeyCode.ENTER);
        assertThat(model.fields.get("reporterRelation").get()).isEqualTo("51");

        robot.clickOn(robot.from(root).lookup("#outflowSaveButton").queryButton());
        waitUntil(() -> model.panel.get() == OutflowAreaViewModel.Panel.NONE);
        OutflowRecord saved = savedOf(id);
        assertThat(saved.hukouDivision()).isEqualTo("420111002003");
        assertThat(saved.destinationDivision()).isEqualTo("310115");
        assertThat(saved.reason()).isEqualTo("01");
        assertThat(saved.reporterRelation()).isEqualTo("51");
        assertThat(saved.reporterName()).isEqualTo("张大山");
    }

    /** The keys of one entry as a clerk types them from the ID number field, Enter on 保存 at the end. */
    private static List<Stroke> entryKeys(String id) {
        List<Stroke> keys = new ArrayList<>();
        type(keys, id);
        keys.add(Stroke.key(KeyCode.ENTER));
        type(keys, "李建国");
        keys.add(Stroke.key(KeyCode.ENTER));
        type(keys, "hhsq"); // 海核社区
        keys.add(Stroke.key(KeyCode.TAB));
        type(keys, "pdxq"); // 上海市浦东新区
        keys.add(Stroke.key(KeyCode.ENTER));
        type(keys, "世纪大道100号");
        keys.add(Stroke.key(KeyCode.TAB));
        keys.add(Stroke.key(KeyCode.TAB)); // 外出日期: today
        type(keys, "js"); // 经商
        keys.add(Stroke.key(KeyCode.ENTER));
        type(keys, "浦东商贸公司");
        keys.add(Stroke.key(KeyCode.TAB));
        type(keys, "13800138000");
        keys.add(Stroke.key(KeyCode.TAB));
        keys.add(new Stroke(KeyCode.SPACE, " ")); // 留守儿童
        keys.add(Stroke.key(KeyCode.TAB));
        keys.add(Stroke.key(KeyCode.TAB));
        type(keys, "1");
        keys.add(Stroke.key(KeyCode.TAB));
        type(keys, "女儿随祖父母");
        keys.add(Stroke.key(KeyCode.TAB));
        keys.add(new Stroke(KeyCode.SPACE, " ")); // 亲属代为申报
        keys.add(Stroke.key(KeyCode.TAB));
        type(keys, "王秀兰");
        keys.add(Stroke.key(KeyCode.TAB));
        type(keys, "mq"); // 52 母亲
        keys.add(Stroke.key(KeyCode.ENTER)); // on to 保存
        keys.add(Stroke.key(KeyCode.ENTER)); // presses it
        return keys;
    }

    @Test
    void aBurstOfKeysSavesWhatSlowTypingSaves(FxRobot robot) throws Exception {
        String id = IdNumbers.citizen("420111", "19900315", 51);
        OutflowRecord slow = replay(robot, entryKeys(id), false);
        // back home, so that the same keys may record the same person leaving again
        ctx.outflow().end(clerk, slow.id(), slow.version(), "2026-11-28", ReturnReason.RETURNED_HOME, "");
        OutflowRecord burst = replay(robot, entryKeys(id), true);

        assertThat(burst.id()).isNotEqualTo(slow.id());
        assertThat(slow.hukouDivision()).isEqualTo("420111002003");
        assertThat(slow.destinationDivision()).isEqualTo("310115");
        assertThat(slow.reason()).isEqualTo("03");
        assertThat(slow.reporterRelation()).isEqualTo("52");
        assertThat(slow.leftBehindChildren()).isTrue();
        assertThat(slow.leftBehindCount()).isEqualTo(1);
        assertThat(List.of(burst.idNumber(), burst.name(), burst.hukouDivision(), burst.destinationDivision(),
                burst.destinationAddress(), burst.leftOn(), burst.reason(), burst.employer(), burst.mobile(),
                burst.leftBehindChildren(), burst.leftBehindElderly(), burst.leftBehindCount(), burst.leftBehindNote(),
                burst.reporterKind(), burst.reporterName(), burst.reporterRelation()))
                .as("the burst saved every field as the slow replay did")
                .isEqualTo(List.of(slow.idNumber(), slow.name(), slow.hukouDivision(), slow.destinationDivision(),
                        slow.destinationAddress(), slow.leftOn(), slow.reason(), slow.employer(), slow.mobile(),
                        slow.leftBehindChildren(), slow.leftBehindElderly(), slow.leftBehindCount(),
                        slow.leftBehindNote(), slow.reporterKind(), slow.reporterName(), slow.reporterRelation()));
    }

    private OutflowRecord replay(FxRobot robot, List<Stroke> keys, boolean asBurst) throws Exception {
        long before = ctx.outflow().list(clerk, OutflowQuery.everything(), 0, 10).total();
        startNew(robot);
        if (asBurst) {
            for (Stroke s : keys) {
                for (Runnable event : s.events(scene)) {
                    Platform.runLater(event);
                }
            }
        } else {
            for (Stroke s : keys) {
                for (Runnable event : s.events(scene)) {
                    WaitForAsyncUtils.asyncFx(event).get(5, TimeUnit.SECONDS);
                    WaitForAsyncUtils.waitForFxEvents();
                }
            }
        }
        waitUntil(() -> ctx.outflow().list(clerk, OutflowQuery.everything(), 0, 10).total() == before + 1
                && model.panel.get() == OutflowAreaViewModel.Panel.NONE);
        assertThat(model.errors).as("saved (%s)", asBurst ? "burst" : "slow").isEmpty();
        long newest = ctx.outflow().list(clerk, OutflowQuery.everything(), 0, 1).rows().get(0).id();
        return ctx.outflow().open(clerk, newest);
    }

    private void startNew(FxRobot robot) {
        robot.interact(() -> {
            robot.from(root).lookup("#outflowNewButton").queryAs(Button.class).fire();
            field("#outflowIdNumber").requestFocus();
        });
    }

    private OutflowRecord savedOf(String id) {
        OutflowRecord row = ctx.outflow().list(clerk, new OutflowQuery(null, null, null, null, null, id), 0, 10)
                .rows().get(0);
        return ctx.outflow().open(clerk, row.id());
    }

    private List<String> shown(FxRobot robot, String query) {
        WaitForAsyncUtils.waitForFxEvents();
        return view.lookups().suggestionsShown(field(query));
    }

    private Node focused() {
        WaitForAsyncUtils.waitForFxEvents();
        return scene.getFocusOwner();
    }

    private TextField field(String query) {
        return (TextField) root.lookup(query);
    }

    private static void type(List<Stroke> keys, String text) {
        text.codePoints().forEach(cp -> keys.add(new Stroke(codeOf(cp), new String(Character.toChars(cp)))));
    }

    private static KeyCode codeOf(int cp) {
        if (cp >= '0' && cp <= '9') return KeyCode.valueOf("DIGIT" + (char) cp);
        if (cp >= 'a' && cp <= 'z') return KeyCode.valueOf(String.valueOf((char) Character.toUpperCase(cp)));
        return KeyCode.UNDEFINED;
    }

    /** One key: its pressed, typed (for a character) and released events, each delivered to the focus of its moment. */
    private record Stroke(KeyCode code, String character) {
        static Stroke key(KeyCode code) {
            return new Stroke(code, null);
        }

        List<Runnable> events(Scene scene) {
            List<Runnable> out = new ArrayList<>(3);
            if (code != KeyCode.UNDEFINED) {
                out.add(() -> fire(scene, new KeyEvent(KeyEvent.KEY_PRESSED, KeyEvent.CHAR_UNDEFINED,
                        character == null ? "" : character, code, false, false, false, false)));
            }
            if (character != null) {
                out.add(() -> fire(scene, new KeyEvent(KeyEvent.KEY_TYPED, character, "", KeyCode.UNDEFINED,
                        false, false, false, false)));
            }
            if (code != KeyCode.UNDEFINED) {
                out.add(() -> fire(scene, new KeyEvent(KeyEvent.KEY_RELEASED, KeyEvent.CHAR_UNDEFINED, "", code,
                        false, false, false, false)));
            }
            return out;
        }

        private static void fire(Scene scene, KeyEvent e) {
            EventTarget target = scene.getFocusOwner() != null ? scene.getFocusOwner() : scene;
            Event.fireEvent(target, e);
        }
    }
}

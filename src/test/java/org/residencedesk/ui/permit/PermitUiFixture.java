package org.residencedesk.ui.permit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import org.residencedesk.app.AppContext;
import org.residencedesk.domain.account.Role;
import org.residencedesk.domain.card.CardType;
import org.residencedesk.domain.card.IdCardData;
import org.residencedesk.domain.form.FormValues;
import org.residencedesk.masterdata.ClasspathMasterData;
import org.residencedesk.port.printing.DocumentType;
import org.residencedesk.service.Operator;
import org.residencedesk.service.StationSetup;
import org.residencedesk.service.registration.Registered;
import org.residencedesk.testing.IdNumbers;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testsupport.RegistrationFixture;
import org.residencedesk.ui.print.PrintPreviewViewModel;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A real station on Derby with a registered resident, and the small waits the permit screen tests share. */
final class PermitUiFixture {
    static final String LOGIN = "wangfang";
    static final String PASSWORD = "Counter2026";
    static final Operator ADMIN = new Operator(LOGIN, "王芳", EnumSet.allOf(Role.class));
    static final String NAME = "刘晓燕";
    static final String ID = IdNumbers.citizen("420106", "19900315", 124);

    final TestClock clock = TestClock.at("2026-11-28T01:15:00Z");
    final AppContext context;
    final Path dataDir;

    PermitUiFixture() throws Exception {
        dataDir = Files.createTempDirectory("desk-permit-ui");
        context = AppContext.openForTests(dataDir, new ClasspathMasterData(), clock);
        context.stationSetup().setUp(new StationSetup("420111002001", "关山街道流动人口服务站", "420111002", LOGIN,
                "王芳", PASSWORD.toCharArray(), PASSWORD.toCharArray()));
    }

    /** The resident arrived on 1 March 2026, so on 28 November 2026 six months are met. Returns the person id. */
    long registerResident() {
        FormValues values = RegistrationFixture.valid().toBuilder().set("idNumber", ID).set("name", NAME)
                .set("sex", "2").set("birthDate", "1990-03-15").set("arrivalDate", "2026-03-01")
                .set("operator", "").set("registrationDate", "").set("registrationNumber", "").build();
        Registered r = context.registration().register(ADMIN, values);
        return context.registration().open(ADMIN, r.registrationId()).summary().personId();
    }

    static IdCardData card() {
        return new IdCardData(CardType.ID_CARD, NAME, null, "2", "01", LocalDate.of(1990, 3, 15),
                "湖北省武汉市武昌区中山路1号", ID, "武汉市公安局武昌分局", LocalDate.of(2020, 1, 1),
                LocalDate.of(2040, 1, 1), false, null, null, null, null);
    }

    void today(LocalDate day) {
        clock.set(day.atTime(9, 30).atZone(TestClock.STATION_ZONE).toInstant());
    }

    static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.call();
        });
    }

    /** Waits until the last preview shows a prepared document of {@code type}. */
    static PrintPreviewViewModel awaitPreview(DocumentPreviews previews, DocumentType type) throws Exception {
        waitUntil(() -> previews.lastProperty().get() != null
                && previews.lastProperty().get().documentProperty().get() != null
                && previews.lastProperty().get().documentProperty().get().source().type() == type);
        return previews.lastProperty().get();
    }

    static <T> T controller(FxRobot robot, String rootId, Class<T> type) {
        Node root = robot.lookup("#" + rootId).query();
        return type.cast(root.getProperties().get(PermitAreaView.CONTROLLER_KEY));
    }
}

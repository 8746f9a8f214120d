package org.residencedesk.ui.shell;

import java.util.Map;
import java.util.Optional;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import org.residencedesk.domain.station.Station;
import org.residencedesk.service.Operator;
import org.residencedesk.ui.DeskServices;
import org.residencedesk.ui.Fxml;

/**
 * The window's root: the 演示模式 banner on top (on every screen of a demo station) and the current
 * screen — setup, login or the main window — in the centre.
 */
public final class Shell {
    private final BorderPane root = new BorderPane();
    private final Label demoBanner = new Label(Fxml.text("app.demoBanner"));
    private final DeskServices services;
    private Station station;

    public Shell(DeskServices services) {
        this.services = services;
        demoBanner.setId("demoBanner");
        demoBanner.getStyleClass().add("demo-banner");
        demoBanner.setMaxWidth(Double.MAX_VALUE);
        root.getStylesheets().add(Shell.class.getResource("/org/residencedesk/ui/desk.css").toExternalForm());
    }

    public Parent root() {
        return root;
    }

    /** Runs on a worker thread before the first screen: which screen comes first depends on the database. */
    public static Optional<Station> loadStation(DeskServices services) {
        return services.stationSetup().station();
    }

    public void start(Optional<Station> existing) {
        existing.ifPresentOrElse(this::showLogin, this::showSetup);
    }

    private void showSetup() {
        SetupViewModel model = new SetupViewModel(services.stationSetup(), services.masterData());
        show(new SetupView(model, this::showLogin).load());
    }

    private void showLogin(Station s) {
        this.station = s;
        root.setTop(s.isDemo() ? demoBanner : null);
        LoginViewModel model = new LoginViewModel(services.authentication(), s.isDemo());
        show(new LoginView(model, Fxml.text("main.station", s.name(), s.code().value()), this::showMain).load());
    }

    private void showMain(Operator operator) {
        MainViewModel model = new MainViewModel(operator, station, services.authentication());
        show(new MainView(model, Map.of(), () -> showLogin(station)).load());
    }

    public void show(Parent screen) {
        root.setCenter(screen);
    }
}

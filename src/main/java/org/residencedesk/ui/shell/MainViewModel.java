package org.residencedesk.ui.shell;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.residencedesk.domain.station.Station;
import org.residencedesk.service.AuthenticationService;
import org.residencedesk.service.Operator;
import org.residencedesk.ui.Fxml;

/**
 * The main window's state: who is signed in, the station, and the status bar. Device and sync states
 * say 未配置 until those parts are configured — never a made-up "connected".
 */
public final class MainViewModel {
    private final Operator operator;
    private final Station station;
    private final AuthenticationService authentication;
    private final StringProperty cardReaderStatus =
            new SimpleStringProperty(Fxml.text("status.cardReader", Fxml.text("status.notConfigured")));
    private final StringProperty printerStatus =
            new SimpleStringProperty(Fxml.text("status.printer", Fxml.text("status.notConfigured")));
    private final StringProperty syncStatus =
            new SimpleStringProperty(Fxml.text("status.sync", Fxml.text("status.notConfigured")));

    public MainViewModel(Operator operator, Station station, AuthenticationService authentication) {
        this.operator = operator;
        this.station = station;
        this.authentication = authentication;
    }

    public String operatorText() {
        return Fxml.text("main.operator", operator.displayName());
    }

    public String stationText() {
        return Fxml.text("main.station", station.name(), station.code().value());
    }

    public Operator operator() { return operator; }

    public ReadOnlyStringProperty cardReaderStatus() { return cardReaderStatus; }

    public ReadOnlyStringProperty printerStatus() { return printerStatus; }

    public ReadOnlyStringProperty syncStatus() { return syncStatus; }

    /** FX thread: what the card reader last reported (已连接 / 未连接 / 读卡失败：…). */
    public void showCardReaderStatus(String text) {
        cardReaderStatus.set(Fxml.text("status.cardReader", text));
    }

    /** Runs on a worker thread. */
    void logout() {
        authentication.logout(operator);
    }
}

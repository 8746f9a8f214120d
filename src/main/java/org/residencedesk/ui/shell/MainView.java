package org.residencedesk.ui.shell;

import java.util.EnumMap;
import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import org.residencedesk.ui.Fxml;

/** The counter's main window: one tab per work area, the operator and station, and the status bar. */
public final class MainView {
    @FXML private TabPane areas;
    @FXML private Label operatorLabel;
    @FXML private Label stationLabel;
    @FXML private Label cardReaderStatus;
    @FXML private Label printerStatus;
    @FXML private Label syncStatus;
    @FXML private Label auditStatus;
    @FXML private Label databaseStatus;
    @FXML private Label setupStatus;
    @FXML private Label shortcutsHint;

    private final MainViewModel model;
    private final Map<WorkArea, Node> areaContent;
    private final Runnable onLoggedOut;
    private final Map<WorkArea, Tab> tabs = new EnumMap<>(WorkArea.class);
    private Runnable onChangePassword = () -> { };
    private Runnable onLockScreen = () -> { };

    /** @param areaContent the screens of the areas that exist; the others say honestly they are not open yet */
    public MainView(MainViewModel model, Map<WorkArea, Node> areaContent, Runnable onLoggedOut) {
        this.model = model;
        this.areaContent = areaContent;
        this.onLoggedOut = onLoggedOut;
    }

    public Parent load() {
        return Fxml.load(this);
    }

    /** The user menu's 修改密码 and 锁定屏幕 (切换用户 signs out like 退出登录). Before {@link #load}. */
    public MainView userMenu(Runnable changePassword, Runnable lockScreen) {
        this.onChangePassword = changePassword;
        this.onLockScreen = lockScreen;
        return this;
    }

    @FXML
    private void initialize() {
        for (WorkArea area : model.areas()) {
            String title = Fxml.text(area.titleKey());
            Node content = areaContent.get(area);
            if (content == null) {
                Label notYet = new Label(Fxml.text("main.area.notYetAvailable", title));
                notYet.getStyleClass().add("hint");
                content = new StackPane(notYet);
            }
            Tab tab = new Tab(title, content);
            tab.setId(area.name().toLowerCase() + "Tab");
            tab.setClosable(false);
            tab.setTooltip(new javafx.scene.control.Tooltip(Fxml.text("main.area.tip", title,
                    area.shortcut().getDisplayText())));
            tabs.put(area, tab);
            areas.getTabs().add(tab);
        }
        operatorLabel.setText(model.operatorText());
        stationLabel.setText(model.stationText());
        cardReaderStatus.textProperty().bind(model.cardReaderStatus());
        printerStatus.textProperty().bind(model.printerStatus());
        syncStatus.textProperty().bind(model.syncStatus());
        model.syncWarning().addListener((o, was, now) -> {
            syncStatus.getStyleClass().remove("field-error");
            if (now) {
                syncStatus.getStyleClass().add("field-error");
            }
        });
        if (model.areas().contains(WorkArea.SYNC)) { // the segment is the way to the 同步 screen (ADR 0295)
            syncStatus.setCursor(javafx.scene.Cursor.HAND);
            syncStatus.setOnMouseClicked(e -> show(WorkArea.SYNC));
        }
        auditStatus.textProperty().bind(model.auditStatus());
        databaseStatus.textProperty().bind(model.databaseStatus());
        databaseStatus.visibleProperty().bind(model.databaseStatus().isNotEmpty());
        databaseStatus.managedProperty().bind(databaseStatus.visibleProperty());
        setupStatus.textProperty().bind(model.setupStatus());
        setupStatus.visibleProperty().bind(model.setupStatus().isNotEmpty());
        setupStatus.managedProperty().bind(setupStatus.visibleProperty());
        shortcutsHint.visibleProperty().bind(setupStatus.visibleProperty().not());
        shortcutsHint.managedProperty().bind(shortcutsHint.visibleProperty());
        setupStatus.setTooltip(new javafx.scene.control.Tooltip(Fxml.text("main.shortcuts")));
        // 尚未配置 is asked again at each change of area (e.g. back from 系统设置)
        areas.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.refreshSetup());
        areas.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                installShortcuts(scene);
            }
        });
    }

    private void installShortcuts(javafx.scene.Scene scene) {
        for (WorkArea area : model.areas()) {
            scene.getAccelerators().put(area.shortcut(), () -> show(area));
        }
        scene.getAccelerators().put(
                new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                this::logout);
    }

    /** The work area on screen (card swipes go to it). */
    public WorkArea selectedArea() {
        Tab selected = areas.getSelectionModel().getSelectedItem();
        return tabs.entrySet().stream().filter(e -> e.getValue() == selected).map(Map.Entry::getKey)
                .findFirst().orElse(model.areas().isEmpty() ? WorkArea.REGISTRATION : model.areas().get(0));
    }

    /** Brings the area to the front; an area this operator may not open is not there and nothing happens. */
    public void show(WorkArea area) {
        Tab tab = tabs.get(area);
        if (tab != null) {
            areas.getSelectionModel().select(tab);
        }
    }

    @FXML
    private void changePassword() {
        onChangePassword.run();
    }

    @FXML
    private void lockScreen() {
        onLockScreen.run();
    }

    @FXML
    private void logout() {
        model.logout(onLoggedOut);
    }
}

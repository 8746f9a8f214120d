package org.residencedesk.ui.sync;

import java.util.function.Function;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.residencedesk.ui.Confirmations;
import org.residencedesk.ui.Fxml;

/**
 * Thin controller of the 同步 screen: binds {@link SyncViewModel}; while the screen is in a window it polls what this
 * process's uploader is doing (in memory, every 400 ms), so a scheduled run shows its bar too (ADR 0340).
 */
public final class SyncView {
    @FXML private Label lastSuccess;
    @FXML private Label backlog;
    @FXML private Label state;
    @FXML private Label warnings;
    @FXML private VBox alertBox;
    @FXML private Label alert;
    @FXML private Button clearAlertButton;
    @FXML private Button syncNowButton;
    @FXML private ProgressBar progress;
    @FXML private Label progressText;
    @FXML private Label message;
    @FXML private TableView<SyncViewModel.HistoryRow> history;
    @FXML private TableView<SyncViewModel.RejectedRow> rejected;

    private final SyncViewModel model;
    private final Timeline poll;

    public SyncView(SyncViewModel model) {
        this.model = model;
        this.poll = new Timeline(new KeyFrame(Duration.millis(400), e -> model.pollProgress()));
        poll.setCycleCount(Timeline.INDEFINITE);
    }

    /** Builds the screen and reads the state; while it is in a window it follows this process's runs (ADR 0340). */
    public Parent load() {
        Parent root = Fxml.load(this, SyncText.BUNDLE);
        model.refresh();
        model.checkClock();
        model.pollProgress();
        // only while the screen is in a window that shows: a closed or signed-out window stops polling
        javafx.beans.value.ObservableValue<Boolean> shown = root.sceneProperty()
                .flatMap(javafx.scene.Scene::windowProperty).flatMap(javafx.stage.Window::showingProperty)
                .orElse(false);
        shown.subscribe(now -> {
            if (now) {
                poll.play();
            } else {
                poll.stop();
            }
        });
        return root;
    }

    @FXML
    private void initialize() {
        lastSuccess.textProperty().bind(model.lastSuccess);
        backlog.textProperty().bind(model.backlog);
        state.textProperty().bind(model.state);
        warnings.textProperty().bind(model.warnings);
        warnings.visibleProperty().bind(model.warnings.isNotEmpty());
        warnings.managedProperty().bind(warnings.visibleProperty());
        alert.textProperty().bind(model.alert);
        alertBox.visibleProperty().bind(model.alertOpen);
        alertBox.managedProperty().bind(model.alertOpen);
        clearAlertButton.setVisible(model.mayRun());
        clearAlertButton.setManaged(model.mayRun());
        syncNowButton.setVisible(model.mayRun());
        syncNowButton.setManaged(model.mayRun());
        syncNowButton.disableProperty().bind(model.running);
        progress.progressProperty().bind(model.progress);
        progress.visibleProperty().bind(model.running);
        progressText.textProperty().bind(model.progressText);
        message.textProperty().bind(model.message);
        history.setItems(model.history);
        history.getColumns().setAll(java.util.List.of(
                column("syncui.column.started", SyncViewModel.HistoryRow::started),
                column("syncui.column.trigger", SyncViewModel.HistoryRow::trigger),
                column("syncui.column.outcome", SyncViewModel.HistoryRow::outcome),
                column("syncui.column.uploaded", SyncViewModel.HistoryRow::uploaded),
                column("syncui.column.duplicates", SyncViewModel.HistoryRow::duplicates),
                column("syncui.column.rejected", SyncViewModel.HistoryRow::rejected),
                column("syncui.column.backlog", SyncViewModel.HistoryRow::backlog),
                column("syncui.column.message", SyncViewModel.HistoryRow::message)));
        rejected.setItems(model.rejected);
        rejected.getColumns().setAll(java.util.List.of(
                column("syncui.column.seq", SyncViewModel.RejectedRow::seq),
                column("syncui.column.type", SyncViewModel.RejectedRow::type),
                column("syncui.column.record", SyncViewModel.RejectedRow::record),
                column("syncui.column.occurred", SyncViewModel.RejectedRow::occurred),
                column("syncui.column.error", SyncViewModel.RejectedRow::error),
                column("syncui.column.correction", SyncViewModel.RejectedRow::correction),
                openColumn()));
        // Enter on a selected row opens its record for correction, like the row's button (ADR 0307)
        rejected.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && rejected.getSelectionModel().getSelectedItem() != null) {
                e.consume();
                model.openRecord(rejected.getSelectionModel().getSelectedItem());
            }
        });
    }

    /** Each row's 打开更正 button (only where its record can be opened here). */
    private TableColumn<SyncViewModel.RejectedRow, Object> openColumn() {
        TableColumn<SyncViewModel.RejectedRow, Object> column = new TableColumn<>(SyncText.text("syncui.column.action"));
        column.setSortable(false);
        column.setCellFactory(c -> new TableCell<>() {
            private final Button open = new Button(SyncText.text("syncui.screen.openRecord"));

            {
                open.getStyleClass().add("row-action");
                open.setOnAction(e -> model.openRecord(getTableRow() == null ? null : getTableRow().getItem()));
            }

            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                SyncViewModel.RejectedRow row = getTableRow() == null ? null : getTableRow().getItem();
                setGraphic(empty || row == null || !model.mayOpen(row) ? null : open);
            }
        });
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().seq()));
        return column;
    }

    private static <R> TableColumn<R, Object> column(String key, Function<R, Object> value) {
        TableColumn<R, Object> column = new TableColumn<>(SyncText.text(key));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setSortable(false);
        return column;
    }

    @FXML
    private void syncNow() {
        model.syncNow();
    }

    @FXML
    private void refresh() {
        model.refresh();
    }

    @FXML
    private void clearAlert() {
        Confirmations.ask(alert, SyncText.text("syncui.screen.clearAlert.confirm"),
                SyncText.text("syncui.screen.clearAlert"), model::clearAlert);
    }
}

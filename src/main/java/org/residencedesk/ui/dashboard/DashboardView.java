package org.residencedesk.ui.dashboard;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.residencedesk.ui.Fxml;

/**
 * Thin FXML controller of the 工作台; state and commands live in {@link DashboardViewModel}. Each number is a link
 * when a list stands behind it; 前往办理 hands the chosen work's {@link DashboardTarget} to the shell.
 */
public final class DashboardView {
    private final DashboardViewModel model;
    private final Consumer<DashboardTarget> navigator;
    private final java.util.function.Supplier<Parent> reminders;

    @FXML private Label headingLabel;
    @FXML private Button refreshButton;
    @FXML private ProgressIndicator progress;
    @FXML private Label messageLabel;
    @FXML private Label todayTitle;
    @FXML private FlowPane todayTiles;
    @FXML private FlowPane queueTiles;
    @FXML private Label queuesTitle;
    @FXML private LineChart<String, Number> trendChart;
    @FXML private Label detailTitle;
    @FXML private Button openButton;
    @FXML private TableView<DashboardRow> detailTable;
    @FXML private TableColumn<DashboardRow, String> detail1;
    @FXML private TableColumn<DashboardRow, String> detail2;
    @FXML private TableColumn<DashboardRow, String> detail3;
    @FXML private TableColumn<DashboardRow, String> detail4;
    @FXML private javafx.scene.control.TitledPane reminderPane;

    /** @param navigator brings the area of a {@link DashboardTarget} to the front */
    public DashboardView(DashboardViewModel model, Consumer<DashboardTarget> navigator) {
        this(model, navigator, null);
    }

    /** @param reminders builds the 提醒 panel (lists, letters, SMS list) when first unfolded; null for none */
    public DashboardView(DashboardViewModel model, Consumer<DashboardTarget> navigator,
                         java.util.function.Supplier<Parent> reminders) {
        this.model = model;
        this.navigator = navigator;
        this.reminders = reminders;
    }

    /** Loads the screen and reads the numbers (in the background). */
    public Parent load() {
        Parent root = Fxml.load(this, DashboardViewModel.TEXTS);
        model.refresh();
        return root;
    }

    @FXML
    private void initialize() {
        headingLabel.textProperty().bind(model.headingProperty());
        messageLabel.textProperty().bind(model.messageProperty());
        progress.visibleProperty().bind(model.busyProperty());
        refreshButton.disableProperty().bind(model.busyProperty());
        refreshButton.setText(Fxml.text(DashboardViewModel.TEXTS, "dashboard.refresh"));
        openButton.setText(Fxml.text(DashboardViewModel.TEXTS, "dashboard.open"));
        queuesTitle.setText(Fxml.text(DashboardViewModel.TEXTS, "dashboard.section.queues"));
        todayTitle.setText(Fxml.text(DashboardViewModel.TEXTS,
                model.chief() ? "dashboard.section.today" : "dashboard.section.mine"));
        trendChart.setTitle(Fxml.text(DashboardViewModel.TEXTS, "dashboard.section.trend"));
        trendChart.setVisible(model.chief());
        trendChart.setManaged(model.chief());
        trendChart.setData(model.trend());
        detailTitle.textProperty().bind(model.detailTitleProperty());
        openButton.visibleProperty().bind(model.targetProperty().isNotNull());
        detailTable.setItems(model.details());
        List<TableColumn<DashboardRow, String>> columns = List.of(detail1, detail2, detail3, detail4);
        for (int i = 0; i < 4; i++) {
            columns.get(i).textProperty().bind(javafx.beans.binding.Bindings.valueAt(model.detailHeaders(), i));
        }
        detail1.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().c1()));
        detail2.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().c2()));
        detail3.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().c3()));
        detail4.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().c4()));
        reminderPane.setText(Fxml.text(DashboardViewModel.TEXTS, "report.reminder.ui.title"));
        reminderPane.setVisible(reminders != null);
        reminderPane.setManaged(reminders != null);
        reminderPane.expandedProperty().addListener((o, was, now) -> {
            if (now && reminderPane.getContent() == null) {
                reminderPane.setContent(reminders.get());
            }
        });
        model.today().addListener((ListChangeListener<DashboardTile>) c -> tiles(todayTiles, model.today()));
        model.queues().addListener((ListChangeListener<DashboardTile>) c -> tiles(queueTiles, model.queues()));
    }

    private void tiles(FlowPane pane, List<DashboardTile> tiles) {
        pane.getChildren().clear();
        for (DashboardTile t : tiles) {
            String id = t.key().replace('.', '-');
            VBox box = new VBox(2);
            box.getStyleClass().add("dashboard-tile");
            box.setMinWidth(120);
            Label label = new Label(t.label());
            if (t.drillable()) {
                Hyperlink value = new Hyperlink(t.value());
                value.setId("drill-" + id);
                value.setStyle("-fx-font-size: 1.6em;");
                value.setOnAction(e -> model.drill(t.key()));
                box.getChildren().addAll(label, value);
            } else {
                Label value = new Label(t.value());
                value.setId("value-" + id);
                value.setStyle("-fx-font-size: 1.6em;");
                box.getChildren().addAll(label, value);
            }
            pane.getChildren().add(box);
        }
    }

    @FXML
    private void refresh() {
        model.refresh();
    }

    @FXML
    private void open() {
        DashboardTarget t = model.targetProperty().get();
        if (t != null) {
            navigator.accept(t);
        }
    }
}

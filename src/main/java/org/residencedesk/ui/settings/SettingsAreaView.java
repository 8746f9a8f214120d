package org.residencedesk.ui.settings;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.residencedesk.ui.Fxml;

/** 系统设置 as sub-tabs (打印机, 用户管理, 站点政策, 备份, 平台, 关于与诊断), each built only when the operator may use it. */
public final class SettingsAreaView {
    private SettingsAreaView() {
    }

    /** @return the area, or empty when {@link SettingsAreaViewModel#tabs()} is empty (the area is then not shown) */
    public static Optional<Node> build(SettingsAreaViewModel model,
                                       Map<SettingsAreaViewModel.Tab, Supplier<Node>> contents) {
        if (model.tabs().isEmpty()) {
            return Optional.empty();
        }
        TabPane pane = new TabPane();
        pane.setId("settingsTabs");
        pane.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        for (SettingsAreaViewModel.Tab t : model.tabs()) {
            Tab tab = new Tab(Fxml.text(t.titleKey()), contents.get(t).get());
            tab.setId("settings" + t.name().charAt(0) + t.name().substring(1).toLowerCase() + "Tab");
            pane.getTabs().add(tab);
        }
        return Optional.of(pane);
    }

    /**
     * A tab's content that is taller than a 125 % screen (1093×614 logical pixels) scrolls instead of reaching
     * below the window (ADR 0360); it keeps the tab's width.
     */
    public static Node scrolling(Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("edge-to-edge");
        return scroll;
    }
}

package org.residencedesk.ui.permit;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.residencedesk.domain.card.IdCardData;
import org.residencedesk.domain.form.FormValues;
import org.residencedesk.ui.CardSwipeTarget;

/**
 * The 居住证 area: the person finder above one tab per task, each with its own FXML, view and view model
 * (composed here in code, see ADR 0104). Swiped cards go to the area's view model, which routes them to the
 * tab on screen.
 */
public final class PermitAreaView implements CardSwipeTarget {
    @FXML private VBox permitArea;
    @FXML private TabPane permitTabs;
    @FXML private Tab applyTab;
    @FXML private Tab reviewTab;
    @FXML private Tab printTab;
    @FXML private Tab collectionTab;
    @FXML private Tab materialsTab;
    @FXML private Tab onlineTab;

    public static final String CONTROLLER_KEY = "controller";

    private final PermitAreaViewModel model;
    private final DocumentPreviews previews;
    private final Map<PermitTab, Tab> tabs = new EnumMap<>(PermitTab.class);

    /** @param openRegistration shows the registration screen pre-filled (online pre-application → 居住登记) */
    public PermitAreaView(PermitAreaViewModel model, DocumentPreviews previews, Consumer<FormValues> openRegistration) {
        this.model = model;
        this.previews = previews;
        model.openRegistrationWith(openRegistration);
        model.showDocumentsWith((title, document, onOutcome) -> previews.open(window(), title, document, onOutcome));
    }

    /** The area's root; its properties carry this controller under {@link #CONTROLLER_KEY} (tests, swipes). */
    public Parent load() {
        Parent root = PermitFxml.load(this);
        root.getProperties().put(CONTROLLER_KEY, this);
        return root;
    }

    public PermitAreaViewModel model() {
        return model;
    }

    public DocumentPreviews previews() {
        return previews;
    }

    @FXML
    private void initialize() {
        permitArea.getChildren().add(0, new PersonFinderView(model.finder()).load());
        applyTab.setContent(new ApplicationTabView(model.application(), model.details()).load());
        reviewTab.setContent(new ReviewTabView(model.review(), model.lists()).load());
        printTab.setContent(new PrintTabView(model.print(), model.lists()).load());
        collectionTab.setContent(new CollectionTabView(model.collection(), model.lists()).load());
        materialsTab.setContent(new MaterialsTabView(model.materials(), model.lists()).load());
        onlineTab.setContent(new OnlineTabView(model.online()).load());
        tabs.put(PermitTab.APPLY, applyTab);
        tabs.put(PermitTab.REVIEW, reviewTab);
        tabs.put(PermitTab.PRINT, printTab);
        tabs.put(PermitTab.COLLECTION, collectionTab);
        tabs.put(PermitTab.MATERIALS, materialsTab);
        tabs.put(PermitTab.ONLINE, onlineTab);
        tabs.forEach((key, tab) -> {
            if (!model.tabs().contains(key)) {
                permitTabs.getTabs().remove(tab);
            }
        });
        if (model.selectedTab() != null) {
            permitTabs.getSelectionModel().select(tabs.get(model.selectedTab()));
        }
        permitTabs.getSelectionModel().selectedItemProperty().addListener((o, old, tab) -> tabs.forEach((key, t) -> {
            if (t == tab) {
                model.show(key);
            }
        }));
        model.selectedTab.addListener((o, old, key) -> permitTabs.getSelectionModel().select(tabs.get(key)));
    }

    /** FX thread: the shell hands each swiped card to the area on screen. */
    @Override
    public void cardRead(IdCardData card) {
        model.cardRead(card);
    }

    private Window window() {
        return permitTabs == null || permitTabs.getScene() == null ? null : permitTabs.getScene().getWindow();
    }
}

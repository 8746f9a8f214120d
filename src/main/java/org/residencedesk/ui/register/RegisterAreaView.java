package org.residencedesk.ui.register;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Tab;
import org.residencedesk.service.Operator;
import org.residencedesk.service.register.EmployerRegisterService;
import org.residencedesk.service.register.HouseRegisterService;
import org.residencedesk.ui.BackgroundWork;
import org.residencedesk.ui.Fxml;
import org.residencedesk.ui.PersonNavigation;

/**
 * The 登记簿 work area: the house register (房屋) and the employer register (单位), each tab its own FXML, view and
 * view model. A tab lists its register the first time it comes to the front.
 */
public final class RegisterAreaView {
    @FXML private javafx.scene.layout.VBox registerArea;
    @FXML private Tab houseRegisterTab;
    @FXML private Tab employerRegisterTab;

    private final HouseRegisterViewModel houses;
    private final EmployerRegisterViewModel employers;
    private final RegisterDialogs dialogs;
    private final PersonNavigation navigation;
    /** Whether each tab (房屋, 单位) has listed its register yet. */
    private final boolean[] listed = new boolean[2];

    public RegisterAreaView(HouseRegisterViewModel houses, EmployerRegisterViewModel employers,
                            RegisterDialogs dialogs, PersonNavigation navigation) {
        this.houses = houses;
        this.employers = employers;
        this.dialogs = dialogs;
        this.navigation = navigation;
    }

    /** The area built from the two register services (the shell's one call). */
    public static Parent build(HouseRegisterService houseRegister, EmployerRegisterService employerRegister,
                               Operator operator, BackgroundWork work, PersonNavigation navigation) {
        return create(houseRegister, employerRegister, operator, work, navigation).load();
    }

    /** The area's view, not loaded yet (the shell keeps it for 打开更正, ADR 0374). */
    public static RegisterAreaView create(HouseRegisterService houseRegister,
                                          EmployerRegisterService employerRegister, Operator operator,
                                          BackgroundWork work, PersonNavigation navigation) {
        return new RegisterAreaView(new HouseRegisterViewModel(houseRegister, operator, work),
                new EmployerRegisterViewModel(employerRegister, operator, work),
                new RegisterDialogs(houseRegister, employerRegister, operator, work), navigation);
    }

    /** 打开更正 (ADR 0374): the 房屋 tab with this house selected and its 变更 form open. */
    public void correctHouse(String houseCode, Runnable notFound) {
        listed[0] = true; // the tab's first listing would race the house's own
        houseRegisterTab.getTabPane().getSelectionModel().select(houseRegisterTab);
        houses.correct(houseCode, notFound);
    }

    /** 打开更正 (ADR 0374): the 单位 tab with this employer selected and its 变更 form open. */
    public void correctEmployer(String creditCode, Runnable notFound) {
        listed[1] = true;
        employerRegisterTab.getTabPane().getSelectionModel().select(employerRegisterTab);
        employers.correct(creditCode, notFound);
    }

    public Parent load() {
        return Fxml.load(this);
    }

    @FXML
    private void initialize() {
        houseRegisterTab.setContent(new HouseRegisterView(houses, dialogs, navigation).load());
        employerRegisterTab.setContent(new EmployerRegisterView(employers, dialogs, navigation).load());
        Runnable first = () -> {
            if (!onScreen()) return;
            if (houseRegisterTab.isSelected() && !listed[0]) {
                listed[0] = true;
                houses.search();
            } else if (employerRegisterTab.isSelected() && !listed[1]) {
                listed[1] = true;
                employers.search();
            }
        };
        houseRegisterTab.selectedProperty().addListener((o, was, is) -> first.run());
        employerRegisterTab.selectedProperty().addListener((o, was, is) -> first.run());
        // the main window's tab pane shows the area by making its content region visible
        registerArea.parentProperty().addListener((o, was, parent) -> {
            if (parent != null) parent.visibleProperty().addListener((v, before, now) -> first.run());
            first.run();
        });
        registerArea.sceneProperty().addListener((o, was, scene) -> first.run());
    }

    /** The area is on screen: in a window, and its host (the main window's tab) shows it. */
    private boolean onScreen() {
        if (registerArea.getScene() == null) return false;
        for (javafx.scene.Node n = registerArea; n != null; n = n.getParent()) {
            if (!n.isVisible()) return false;
        }
        return true;
    }
}

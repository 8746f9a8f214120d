package org.residencedesk.ui.register;

import java.util.Optional;
import javafx.scene.Node;
import org.residencedesk.service.Operator;
import org.residencedesk.service.register.EmployerRecord;
import org.residencedesk.service.register.EmployerRegisterService;
import org.residencedesk.service.register.HouseRecord;
import org.residencedesk.service.register.HouseRegisterService;
import org.residencedesk.ui.BackgroundWork;

/**
 * The small "new house" / "new employer" dialogs (the registration form's create-on-the-fly and the 登记簿 area's
 * 新登记) and the change dialogs of the 登记簿 area: each a {@link RegisterFormView} over a
 * {@link RegisterFormViewModel}; 保存 runs the service in the background and the dialog stays open until it succeeds.
 */
public final class RegisterDialogs {
    private final HouseRegisterService houses;
    private final EmployerRegisterService employers;
    private final Operator operator;
    private final BackgroundWork work;

    public RegisterDialogs(HouseRegisterService houses, EmployerRegisterService employers, Operator operator,
                           BackgroundWork work) {
        this.houses = houses;
        this.employers = employers;
        this.operator = operator;
        this.work = work;
    }

    public Optional<HouseRecord> newHouse(Node owner) {
        return RegisterFormView.showDialog(RegisterFormViewModel.newHouse(houses, operator, work), owner);
    }

    public Optional<HouseRecord> changeHouse(Node owner, HouseRecord house) {
        return RegisterFormView.showDialog(RegisterFormViewModel.changeHouse(houses, operator, work, house), owner);
    }

    public Optional<EmployerRecord> newEmployer(Node owner) {
        return RegisterFormView.showDialog(RegisterFormViewModel.newEmployer(employers, operator, work), owner);
    }

    public Optional<EmployerRecord> changeEmployer(Node owner, EmployerRecord employer) {
        return RegisterFormView.showDialog(RegisterFormViewModel.changeEmployer(employers, operator, work, employer),
                owner);
    }
}

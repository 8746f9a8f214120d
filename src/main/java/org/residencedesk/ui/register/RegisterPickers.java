package org.residencedesk.ui.register;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.Node;
import org.residencedesk.domain.account.Permission;
import org.residencedesk.domain.form.RegisterPick;
import org.residencedesk.service.Operator;
import org.residencedesk.service.register.EmployerForm;
import org.residencedesk.service.register.EmployerRecord;
import org.residencedesk.service.register.EmployerRegisterService;
import org.residencedesk.service.register.HouseForm;
import org.residencedesk.service.register.HouseRecord;
import org.residencedesk.service.register.HouseRegisterService;
import org.residencedesk.service.register.RegisterSuggestion;
import org.residencedesk.ui.BackgroundWork;
import org.residencedesk.ui.form.RegisterLookup;

/**
 * The registration form's register pickers backed by the two register services (ADR 0214): suggestions and fills
 * run on the shell's worker and come back on the FX thread. A picked house fills the address parts, 居住处所 when the
 * kind decides it, and the landlord (a person's name, ID number and phone); a picked employer fills the workplace.
 */
public final class RegisterPickers implements RegisterLookup {
    private static final int LIMIT = 12;

    private final HouseRegisterService houses;
    private final EmployerRegisterService employers;
    private final Operator operator;
    private final BackgroundWork work;
    private final RegisterDialogs dialogs;

    public RegisterPickers(HouseRegisterService houses, EmployerRegisterService employers, Operator operator,
                           BackgroundWork work, RegisterDialogs dialogs) {
        this.houses = houses;
        this.employers = employers;
        this.operator = operator;
        this.work = work;
        this.dialogs = dialogs;
    }

    @Override
    public void suggest(RegisterPick register, String text, Consumer<List<Suggestion>> onResult) {
        if (!operator.may(Permission.REGISTER_VIEW)) {
            onResult.accept(List.of());
            return;
        }
        work.run(() -> (register == RegisterPick.HOUSE ? houses.suggest(operator, text, LIMIT)
                        : employers.suggest(operator, text, LIMIT)).stream().map(RegisterPickers::line).toList(),
                onResult, invalid -> onResult.accept(List.of()), message -> onResult.accept(List.of()));
    }

    @Override
    public void fillsFor(RegisterPick register, String key, Consumer<Map<String, String>> onResult) {
        if (!operator.may(Permission.REGISTER_VIEW)) return;
        if (register == RegisterPick.HOUSE) {
            work.run(() -> houses.findByCode(operator, key).map(RegisterPickers::houseFills).orElse(Map.of()),
                    onResult, invalid -> { }, message -> { });
        } else {
            work.run(() -> employers.findByCreditCode(operator, key).map(RegisterPickers::employerFills)
                    .orElse(Map.of()), onResult, invalid -> { }, message -> { });
        }
    }

    @Override
    public void createNew(RegisterPick register, Node owner, Consumer<String> onCreated) {
        if (register == RegisterPick.HOUSE) {
            dialogs.newHouse(owner).ifPresent(r -> onCreated.accept(r.houseCode()));
        } else {
            dialogs.newEmployer(owner).ifPresent(r -> onCreated.accept(r.creditCode()));
        }
    }

    private static Suggestion line(RegisterSuggestion s) {
        return new Suggestion(s.key(), s.name(), s.key() + "  " + s.name() + "  " + s.addressText());
    }

    /** The registration form's fields a house fills. */
    static Map<String, String> houseFills(HouseRecord h) {
        HouseForm f = h.form();
        Map<String, String> v = new LinkedHashMap<>();
        v.put("houseCode", f.houseCode());
        v.put("residenceDivision", f.divisionCode());
        v.put("street", f.street());
        v.put("houseNumber", f.houseNumber());
        v.put("building", f.building());
        v.put("unit", f.unit());
        v.put("room", f.room());
        Optional<String> type = h.residenceType();
        type.ifPresent(t -> v.put("residenceType", t));
        if ("PERSON".equals(f.managerKind())) {
            v.put("landlordName", f.managerName());
            v.put("landlordIdNumber", f.managerIdNumber());
            v.put("landlordPhone", f.managerPhone().startsWith("1") ? f.managerPhone() : "");
        }
        return v;
    }

    /** The registration form's fields an employer fills. */
    static Map<String, String> employerFills(EmployerRecord e) {
        EmployerForm f = e.form();
        Map<String, String> v = new LinkedHashMap<>();
        v.put("workplaceName", f.name());
        v.put("workplaceCreditCode", f.creditCode());
        v.put("workplaceAddress", e.addressText().length() > 100 ? f.addressDetail() : e.addressText());
        v.put("workplacePhone", f.contactPhone());
        return v;
    }
}

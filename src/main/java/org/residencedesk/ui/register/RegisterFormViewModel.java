package org.residencedesk.ui.register;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.residencedesk.domain.register.HouseKind;
import org.residencedesk.domain.register.ManagerKind;
import org.residencedesk.service.Operator;
import org.residencedesk.service.register.EmployerForm;
import org.residencedesk.service.register.EmployerRecord;
import org.residencedesk.service.register.EmployerRegisterService;
import org.residencedesk.service.register.HouseForm;
import org.residencedesk.service.register.HouseRecord;
import org.residencedesk.service.register.HouseRegisterService;
import org.residencedesk.ui.BackgroundWork;
import org.residencedesk.ui.FieldErrors;
import org.residencedesk.ui.Fxml;

/**
 * The create and edit form of a house or an employer (新登记房屋, 变更房屋, 新登记单位, 变更单位): one text per field of
 * the service's string form, the service's Chinese message beside each field it names (others under the form).
 * 保存 runs the service on a worker; nothing is stored when it refuses. Testable without a window.
 *
 * @param <T> the stored record the save hands back
 */
public final class RegisterFormViewModel<T> {
    /** The field under the form for messages that name no field of it. */
    static final String FORM = "form";

    private final String titleKey;
    private final String labelPrefix;
    private final List<String> fields;
    private final Map<String, StringProperty> values = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> choices = new LinkedHashMap<>();
    private final FieldErrors errors;
    private final Function<Map<String, String>, T> save;
    private final BackgroundWork work;
    private final java.util.Set<String> fixed;
    final BooleanProperty saving = new SimpleBooleanProperty(false);

    private RegisterFormViewModel(String titleKey, String labelPrefix, List<String> fields, Map<String, String> initial,
                                  java.util.Set<String> fixed, Function<Map<String, String>, T> save,
                                  BackgroundWork work) {
        this.titleKey = titleKey;
        this.labelPrefix = labelPrefix;
        this.fields = fields;
        this.fixed = fixed;
        this.save = save;
        this.work = work;
        String[] all = new String[fields.size() + 1];
        for (int i = 0; i < fields.size(); i++) {
            all[i] = fields.get(i);
            values.put(fields.get(i), new SimpleStringProperty(initial.getOrDefault(fields.get(i), "")));
        }
        all[fields.size()] = FORM;
        errors = new FieldErrors(all);
    }

    /** 新登记房屋: kind 出租房屋 and a person landlord preset; a blank code gets the station's own. */
    public static RegisterFormViewModel<HouseRecord> newHouse(HouseRegisterService houses, Operator operator,
                                                              BackgroundWork work) {
        return house("register.house.new", Map.of("kind", HouseKind.RENTAL.name(), "managerKind",
                ManagerKind.PERSON.name()), java.util.Set.of(), v -> houses.register(operator, houseForm(v)), work);
    }

    /** 变更房屋: the stored values; the code cannot change. */
    public static RegisterFormViewModel<HouseRecord> changeHouse(HouseRegisterService houses, Operator operator,
                                                                 BackgroundWork work, HouseRecord house) {
        return house("register.house.change", valuesOf(house.form()), java.util.Set.of("houseCode"),
                v -> houses.change(operator, house.id(), house.version(), houseForm(v)), work);
    }

    /** 新登记单位. */
    public static RegisterFormViewModel<EmployerRecord> newEmployer(EmployerRegisterService employers,
                                                                    Operator operator, BackgroundWork work) {
        return new RegisterFormViewModel<>("register.employer.new", "register.employer.field.", EmployerForm.FIELDS,
                Map.of(), java.util.Set.of(), v -> employers.register(operator, employerForm(v)), work);
    }

    /** 变更单位: the credit code cannot change. */
    public static RegisterFormViewModel<EmployerRecord> changeEmployer(EmployerRegisterService employers,
                                                                       Operator operator, BackgroundWork work,
                                                                       EmployerRecord employer) {
        EmployerForm f = employer.form();
        Map<String, String> v = new LinkedHashMap<>();
        v.put("creditCode", f.creditCode());
        v.put("name", f.name());
        v.put("divisionCode", f.divisionCode());
        v.put("addressDetail", f.addressDetail());
        v.put("contactName", f.contactName());
        v.put("contactPhone", f.contactPhone());
        v.put("industry", f.industry());
        return new RegisterFormViewModel<>("register.employer.change", "register.employer.field.",
                EmployerForm.FIELDS, v, java.util.Set.of("creditCode"),
                values -> employers.change(operator, employer.id(), employer.version(), employerForm(values)), work);
    }

    private static RegisterFormViewModel<HouseRecord> house(String titleKey, Map<String, String> initial,
                                                            java.util.Set<String> fixed,
                                                            Function<Map<String, String>, HouseRecord> save,
                                                            BackgroundWork work) {
        RegisterFormViewModel<HouseRecord> m = new RegisterFormViewModel<>(titleKey, "register.house.field.",
                HouseForm.FIELDS, initial, fixed, save, work);
        Map<String, String> kinds = new LinkedHashMap<>();
        for (HouseKind k : HouseKind.values()) kinds.put(k.name(), Fxml.text(k.labelKey()));
        Map<String, String> managers = new LinkedHashMap<>();
        for (ManagerKind k : ManagerKind.values()) managers.put(k.name(), Fxml.text(k.labelKey()));
        m.choices.put("kind", kinds);
        m.choices.put("managerKind", managers);
        return m;
    }

    static HouseForm houseForm(Map<String, String> v) {
        return new HouseForm(v.get("houseCode"), v.get("kind"), v.get("divisionCode"), v.get("street"),
                v.get("houseNumber"), v.get("building"), v.get("unit"), v.get("room"), v.get("managerKind"),
                v.get("managerName"), v.get("managerIdNumber"), v.get("managerCreditCode"), v.get("managerPhone"),
                v.get("rooms"), v.get("capacity"), v.get("note"));
    }

    static EmployerForm employerForm(Map<String, String> v) {
        return new EmployerForm(v.get("creditCode"), v.get("name"), v.get("divisionCode"), v.get("addressDetail"),
                v.get("contactName"), v.get("contactPhone"), v.get("industry"));
    }

    private static Map<String, String> valuesOf(HouseForm f) {
        Object[] parts = {f.houseCode(), f.kind(), f.divisionCode(), f.street(), f.houseNumber(), f.building(),
                f.unit(), f.room(), f.managerKind(), f.managerName(), f.managerIdNumber(), f.managerCreditCode(),
                f.managerPhone(), f.rooms(), f.capacity(), f.note()};
        Map<String, String> v = new LinkedHashMap<>();
        for (int i = 0; i < parts.length; i++) {
            v.put(HouseForm.FIELDS.get(i), parts[i] == null ? "" : parts[i].toString());
        }
        return v;
    }

    public String title() {
        return Fxml.text(titleKey);
    }

    /** The field ids in form order. */
    public List<String> fields() {
        return fields;
    }

    public String label(String field) {
        return labelPrefix.startsWith("register.house.") ? Fxml.text("register.house.field." + field)
                : Fxml.text("register.employer.field." + field);
    }

    /** The field's value (a code for a choice). */
    public StringProperty value(String field) {
        return values.get(field);
    }

    /** The Chinese message beside a field (or {@link #FORM}), empty when fine. */
    public ReadOnlyStringProperty error(String field) {
        return errors.of(field);
    }

    /** A field chosen from codes shows their labels: code → label, empty for a text field. */
    public Map<String, String> choices(String field) {
        return choices.getOrDefault(field, Map.of());
    }

    /** A key that cannot change after registration (house code, credit code) is shown but not editable. */
    public boolean editable(String field) {
        return !fixed.contains(field);
    }

    /** 保存: {@code onSaved} gets the stored record; refused input shows its messages and stores nothing. */
    public void save(Consumer<T> onSaved) {
        if (saving.get()) return;
        Map<String, String> typed = new LinkedHashMap<>();
        values.forEach((field, value) -> typed.put(field, value.get() == null ? "" : value.get()));
        errors.clear();
        saving.set(true);
        work.run(() -> save.apply(typed), saved -> {
            saving.set(false);
            onSaved.accept(saved);
        }, invalid -> {
            saving.set(false);
            errors.show(invalid.fieldMessages(), FORM);
        }, message -> {
            saving.set(false);
            errors.show(Map.of(FORM, message), FORM);
        });
    }
}

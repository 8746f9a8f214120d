package org.residencedesk.service.collection;

import java.util.List;
import java.util.function.Supplier;
import org.residencedesk.domain.account.Permission;
import org.residencedesk.domain.collection.RecordKind;
import org.residencedesk.domain.form.FieldError;
import org.residencedesk.domain.form.FormDefinition;
import org.residencedesk.domain.form.FormValues;
import org.residencedesk.domain.masterdata.DivisionLevel;
import org.residencedesk.domain.register.HouseKind;
import org.residencedesk.domain.register.ManagerKind;
import org.residencedesk.service.NoOperator;
import org.residencedesk.service.Operator;
import org.residencedesk.service.Requires;
import org.residencedesk.service.register.HouseForm;
import org.residencedesk.service.register.HouseRegisterService;

/**
 * Collected 出租房屋 rows (以房管人): one column per {@link HouseForm} field, checked by
 * {@link HouseRegisterService#checkValues} and stored by {@link HouseRegisterService#register} (ADR 0290). The
 * identity is the house code, or — for a house the station numbers itself — its division and address (ADR 0291).
 */
public final class HouseImporter implements RowImporter {
    private final HouseRegisterService houses;
    private final RegisterFields.Lazy form;

    /** @param stationDivision the station's own division: the code sheet lists its communities and villages */
    public HouseImporter(HouseRegisterService houses, Supplier<String> stationDivision) {
        this.houses = houses;
        this.form = new RegisterFields.Lazy(() -> new RegisterFields()
                .text("houseCode", "register.house.field.houseCode", false)
                .choice("kind", "register.house.field.kind", true,
                        RegisterFields.options(HouseKind.values(), "house.kind."))
                .division("divisionCode", "register.house.field.divisionCode", true, DivisionLevel.VILLAGE,
                        stationDivision.get(), "collection.codes.houseDivision")
                .text("street", "register.house.field.street", true)
                .text("houseNumber", "register.house.field.houseNumber", true)
                .text("building", "register.house.field.building", false)
                .text("unit", "register.house.field.unit", false)
                .text("room", "register.house.field.room", false)
                .choice("managerKind", "register.house.field.managerKind", true,
                        RegisterFields.options(ManagerKind.values(), "house.managerKind."))
                .text("managerName", "register.house.field.managerName", true)
                .text("managerIdNumber", "register.house.field.managerIdNumber", false)
                .text("managerCreditCode", "register.house.field.managerCreditCode", false)
                .text("managerPhone", "register.house.field.managerPhone", true)
                .text("rooms", "register.house.field.rooms", false)
                .text("capacity", "register.house.field.capacity", true)
                .text("note", "register.house.field.note", false)
                .form("house", "collection.kind.HOUSE"));
    }

    @Override
    @NoOperator("the kind of record: metadata")
    public RecordKind kind() {
        return RecordKind.HOUSE;
    }

    @Override
    @NoOperator("the columns of the house register: metadata, no personal data")
    public FormDefinition form() {
        return form.get();
    }

    @Override
    @NoOperator("checks values the caller holds; reads nothing stored")
    public List<FieldError> problems(FormValues values) {
        return RegisterFields.problems(() -> houses.checkValues(house(values)));
    }

    @Override
    @NoOperator("an invented example house of the template")
    public FormValues example() {
        return FormValues.builder().set("houseCode", "").set("kind", "RENTAL").set("divisionCode", "420111002003")
                .set("street", "珞喻路").set("houseNumber", "1037号").set("building", "3栋").set("unit", "2单元")
                .set("room", "1502").set("managerKind", "PERSON").set("managerName", "李四")
                .set("managerIdNumber", "34052419800101001X").set("managerPhone", "13900001111").set("rooms", "3")
                .set("capacity", "4").build();
    }

    @Override
    @NoOperator("derived from the caller's own values")
    public String identity(FormValues values) {
        HouseForm h = houses.checkValues(house(values));
        if (!h.houseCode().isBlank()) {
            return "code:" + h.houseCode();
        }
        return RegisterFields.fit("at:" + h.divisionCode() + "|" + h.street() + "|" + h.houseNumber() + "|"
                + h.building() + "|" + h.unit() + "|" + h.room());
    }

    @Override
    @NoOperator("derived from the caller's own values")
    public RowLabel label(FormValues values) {
        HouseForm h = houses.checkValues(house(values));
        String where = h.street() + h.houseNumber() + h.building() + h.unit() + h.room();
        return new RowLabel(where + "（" + h.managerName() + "）",
                h.managerIdNumber().isBlank() ? null : h.managerIdNumber());
    }

    @Override
    @Requires(Permission.COLLECT)
    public boolean alreadyRecorded(Operator op, FormValues values) {
        op.require(Permission.COLLECT);
        return houses.isRegistered(op, houses.checkValues(house(values)));
    }

    @Override
    @Requires(Permission.REGISTER_WRITE)
    public String record(Operator op, FormValues values) {
        op.require(Permission.REGISTER_WRITE);
        return houses.register(op, house(values)).houseCode();
    }

    @Override
    @NoOperator("metadata: how a queued row is confirmed")
    public ConfirmCheck confirmCheck() {
        return ConfirmCheck.REGISTER_RULES;
    }

    /** The row as the service's form (every value as typed; the service trims and judges). */
    static HouseForm house(FormValues v) {
        return new HouseForm(v.get("houseCode"), v.get("kind"), v.get("divisionCode"), v.get("street"),
                v.get("houseNumber"), v.get("building"), v.get("unit"), v.get("room"), v.get("managerKind"),
                v.get("managerName"), v.get("managerIdNumber"), v.get("managerCreditCode"), v.get("managerPhone"),
                v.get("rooms"), v.get("capacity"), v.get("note"));
    }

    /** A house form as the row's values (the export and round trip use the same columns). */
    static FormValues values(HouseForm h) {
        FormValues.Builder b = FormValues.builder();
        Object[] parts = {h.houseCode(), h.kind(), h.divisionCode(), h.street(), h.houseNumber(), h.building(),
                h.unit(), h.room(), h.managerKind(), h.managerName(), h.managerIdNumber(), h.managerCreditCode(),
                h.managerPhone(), h.rooms(), h.capacity(), h.note()};
        for (int i = 0; i < parts.length; i++) {
            b.set(HouseForm.FIELDS.get(i), parts[i] == null ? "" : parts[i].toString());
        }
        return b.build();
    }
}

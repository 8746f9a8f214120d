package org.residencedesk.service.collection;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.residencedesk.domain.account.Permission;
import org.residencedesk.domain.collection.RecordKind;
import org.residencedesk.domain.form.FieldError;
import org.residencedesk.domain.form.FormDefinition;
import org.residencedesk.domain.form.FormValues;
import org.residencedesk.service.NoOperator;
import org.residencedesk.service.Operator;
import org.residencedesk.service.Problems;
import org.residencedesk.service.Requires;
import org.residencedesk.service.ValidationFailure;
import org.residencedesk.service.registration.ActiveRegistrationExists;
import org.residencedesk.service.registration.RegistrationService;

/**
 * Collected 居住登记 rows: checked by {@link RegistrationService#problems} (the window's rules and messages),
 * identified by the person's ID number and arrival date, stored by {@link RegistrationService#register}.
 */
public final class RegistrationImporter implements RowImporter {
    private final RegistrationService registrations;

    public RegistrationImporter(RegistrationService registrations) {
        this.registrations = registrations;
    }

    @Override
    @NoOperator("the kind of record: metadata")
    public RecordKind kind() {
        return RecordKind.REGISTRATION;
    }

    @Override
    @NoOperator("the registration form's definition: metadata, no personal data")
    public FormDefinition form() {
        return registrations.form();
    }

    @Override
    @NoOperator("checks values the caller holds; reads nothing stored")
    public List<FieldError> problems(FormValues values) {
        return registrations.problems(values);
    }

    @Override
    @NoOperator("a made-up example person of the template (the ID number of GB 11643's own example)")
    public FormValues example() {
        return FormValues.builder()
                .set("documentType", "id-card").set("idNumber", "11010519491231002X").set("name", "张秀英")
                .set("sex", "2").set("ethnicGroup", "01").set("birthDate", "1949-12-31")
                .set("hukouDivision", "110105").set("hukouAddress", "北京市朝阳区建国门外大街1号")
                .set("education", "21").set("maritalStatus", "20").set("mobile", "13812345678")
                .set("residenceDivision", "420111002003").set("street", "珞喻路").set("houseNumber", "1037号")
                .set("residenceType", "34").set("landlordName", "李四").set("landlordIdNumber", "34052419800101001X")
                .set("landlordPhone", "13900001111").set("arrivalDate", "2026-01-05").set("intendedStay", "4")
                .set("residenceReason", "01").set("occupation", "4").set("workplaceName", "武汉某物流有限公司")
                .set("declarant", "landlord").set("channel", "grid").set("privacyConsent", "true")
                .group("companions")
                .build();
    }

    @Override
    @NoOperator("derived from the caller's own values")
    public String identity(FormValues values) {
        return registrations.normalizedIdNumber(values.get("idNumber")) + "|" + values.get("arrivalDate");
    }

    @Override
    @NoOperator("derived from the caller's own values")
    public RowLabel label(FormValues values) {
        return new RowLabel(values.get("name").strip(), registrations.normalizedIdNumber(values.get("idNumber")));
    }

    @Override
    @Requires(Permission.COLLECT)
    public boolean alreadyRecorded(Operator op, FormValues values) {
        op.require(Permission.COLLECT);
        return registrations.isRegistered(op, values.get("idNumber"), LocalDate.parse(values.get("arrivalDate")));
    }

    @Override
    @Requires(Permission.REGISTRATION_WRITE)
    public String record(Operator op, FormValues values) {
        op.require(Permission.REGISTRATION_WRITE);
        try {
            return registrations.register(op, values).registrationNumber();
        } catch (ActiveRegistrationExists e) {
            throw new ValidationFailure(Map.of("idNumber",
                    Problems.message("collection.activeRegistration", e.registrationNumber())));
        }
    }
}

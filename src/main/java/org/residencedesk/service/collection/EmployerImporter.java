package org.residencedesk.service.collection;

import java.util.List;
import org.residencedesk.domain.account.Permission;
import org.residencedesk.domain.collection.RecordKind;
import org.residencedesk.domain.form.FieldError;
import org.residencedesk.domain.form.FormDefinition;
import org.residencedesk.domain.form.FormValues;
import org.residencedesk.service.NoOperator;
import org.residencedesk.service.Operator;
import org.residencedesk.service.Requires;
import org.residencedesk.service.register.EmployerForm;
import org.residencedesk.service.register.EmployerRegisterService;

/**
 * Collected 用人单位 rows (以业管人): one column per {@link EmployerForm} field, checked by
 * {@link EmployerRegisterService#checkValues}, stored by {@link EmployerRegisterService#register}, identified by
 * the 统一社会信用代码 (ADR 0290, 0291).
 */
public final class EmployerImporter implements RowImporter {
    private final EmployerRegisterService employers;
    private final RegisterFields.Lazy form;

    public EmployerImporter(EmployerRegisterService employers) {
        this.employers = employers;
        this.form = new RegisterFields.Lazy(() -> new RegisterFields()
                .text("creditCode", "register.employer.field.creditCode", true)
                .text("name", "register.employer.field.name", true)
                .division("divisionCode", "register.employer.field.divisionCode", true, null, null,
                        "collection.codes.employerDivision")
                .text("addressDetail", "register.employer.field.addressDetail", true)
                .text("contactName", "register.employer.field.contactName", true)
                .text("contactPhone", "register.employer.field.contactPhone", true)
                .text("industry", "register.employer.field.industry", false)
                .form("employer", "collection.kind.EMPLOYER"));
    }

    @Override
    @NoOperator("the kind of record: metadata")
    public RecordKind kind() {
        return RecordKind.EMPLOYER;
    }

    @Override
    @NoOperator("the columns of the employer register: metadata, no personal data")
    public FormDefinition form() {
        return form.get();
    }

    @Override
    @NoOperator("checks values the caller holds; reads nothing stored")
    public List<FieldError> problems(FormValues values) {
        return RegisterFields.problems(() -> employers.checkValues(employer(values)));
    }

    @Override
    @NoOperator("an invented example employer of the template (a credit code with a valid check character)")
    public FormValues example() {
        return FormValues.builder().set("creditCode", "91420111MA4K00000N").set("name", "武汉某物流有限公司")
                .set("divisionCode", "420111002003").set("addressDetail", "珞喻路1037号")
                .set("contactName", "王五").set("contactPhone", "027-87654321").set("industry", "物流").build();
    }

    @Override
    @NoOperator("derived from the caller's own values")
    public String identity(FormValues values) {
        return "code:" + employers.checkValues(employer(values)).creditCode();
    }

    @Override
    @NoOperator("derived from the caller's own values")
    public RowLabel label(FormValues values) {
        return new RowLabel(employers.checkValues(employer(values)).name(), null);
    }

    @Override
    @Requires(Permission.COLLECT)
    public boolean alreadyRecorded(Operator op, FormValues values) {
        op.require(Permission.COLLECT);
        return employers.isRegistered(op, employers.checkValues(employer(values)).creditCode());
    }

    @Override
    @Requires(Permission.REGISTER_WRITE)
    public String record(Operator op, FormValues values) {
        op.require(Permission.REGISTER_WRITE);
        return employers.register(op, employer(values)).creditCode();
    }

    @Override
    @NoOperator("metadata: how a queued row is confirmed")
    public ConfirmCheck confirmCheck() {
        return ConfirmCheck.REGISTER_RULES;
    }

    static EmployerForm employer(FormValues v) {
        return new EmployerForm(v.get("creditCode"), v.get("name"), v.get("divisionCode"), v.get("addressDetail"),
                v.get("contactName"), v.get("contactPhone"), v.get("industry"));
    }
}

package org.residencedesk.service.collection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.residencedesk.domain.account.Permission;
import org.residencedesk.domain.collection.RecordKind;
import org.residencedesk.domain.form.FieldError;
import org.residencedesk.domain.form.FormDefinition;
import org.residencedesk.domain.form.FormValues;
import org.residencedesk.domain.masterdata.DivisionLevel;
import org.residencedesk.domain.outflow.ReporterKind;
import org.residencedesk.service.NoOperator;
import org.residencedesk.service.Operator;
import org.residencedesk.service.Problems;
import org.residencedesk.service.Requires;
import org.residencedesk.service.ValidationFailure;
import org.residencedesk.service.outflow.OutflowEntry;
import org.residencedesk.service.outflow.OutflowService;

/**
 * Collected 流出人口 rows (a relative or a grid worker reporting people of the station's hukou living elsewhere):
 * one column per {@link OutflowEntry} field, checked by {@link OutflowService#checkRow}, stored by
 * {@link OutflowService#register}, identified by the ID number and the leaving date (ADR 0290, 0291).
 */
public final class OutflowImporter implements RowImporter {
    static final String CHILDREN = "leftBehindChildren";
    static final String ELDERLY = "leftBehindElderly";

    private final OutflowService outflow;
    private final RegisterFields.Lazy form;

    /** @param stationDivision the station's own division: the code sheet lists its villages (户籍村) */
    public OutflowImporter(OutflowService outflow, Supplier<String> stationDivision) {
        this.outflow = outflow;
        this.form = new RegisterFields.Lazy(() -> new RegisterFields()
                .text(OutflowEntry.ID_NUMBER, "outflow.field.idNumber", true)
                .text(OutflowEntry.NAME, "outflow.field.name", true)
                .division(OutflowEntry.HUKOU_DIVISION, "outflow.field.hukouDivision", true, DivisionLevel.VILLAGE,
                        stationDivision.get(), "collection.codes.hukouVillage")
                .division(OutflowEntry.DESTINATION_DIVISION, "outflow.field.destinationDivision", true, null, null,
                        "collection.codes.destination")
                .text(OutflowEntry.DESTINATION_ADDRESS, "outflow.field.destinationAddress", true)
                .date(OutflowEntry.LEFT_ON, "outflow.field.leftOn", true)
                .code(OutflowEntry.REASON, "outflow.field.reason", true, "residence-reasons")
                .text(OutflowEntry.EMPLOYER, "outflow.field.employer", false)
                .text(OutflowEntry.MOBILE, "outflow.field.mobile", false)
                .bool(CHILDREN, "outflow.leftBehindChildren")
                .bool(ELDERLY, "outflow.leftBehindElderly")
                .text(OutflowEntry.LEFT_BEHIND_COUNT, "outflow.field.leftBehindCount", false)
                .text(OutflowEntry.LEFT_BEHIND_NOTE, "outflow.field.leftBehindNote", false)
                .choice(OutflowEntry.REPORTER_KIND, "collection.field.reporterKind", true,
                        RegisterFields.options(new ReporterKind[] {ReporterKind.SELF, ReporterKind.RELATIVE},
                                "outflow.reporter."))
                .text(OutflowEntry.REPORTER_NAME, "outflow.field.reporterName", false)
                .code(OutflowEntry.REPORTER_RELATION, "collection.field.reporterRelation", false,
                        "family-relationship")
                .form("outflow", "collection.kind.OUTFLOW"));
    }

    @Override
    @NoOperator("the kind of record: metadata")
    public RecordKind kind() {
        return RecordKind.OUTFLOW;
    }

    @Override
    @NoOperator("the columns of the outflow register: metadata, no personal data")
    public FormDefinition form() {
        return form.get();
    }

    @Override
    @NoOperator("checks values the caller holds; reads nothing stored but the station's division")
    public List<FieldError> problems(FormValues values) {
        List<FieldError> out = new ArrayList<>(booleanProblems(values));
        try {
            outflow.checkRow(entry(values));
        } catch (ValidationFailure f) {
            for (FieldError e : RegisterFields.errors(f)) {
                if (out.stream().noneMatch(o -> o.fieldPath().equals(e.fieldPath()))) {
                    out.add(e);
                }
            }
        }
        return out;
    }

    /** A 留守 column holding neither 是 nor 否 is reported, never read as 否. */
    private static List<FieldError> booleanProblems(FormValues values) {
        List<FieldError> out = new ArrayList<>();
        for (String field : List.of(CHILDREN, ELDERLY)) {
            String v = values.get(field).strip();
            if (!v.isEmpty() && !v.equals("true") && !v.equals("false")) {
                out.add(new FieldError(field, Problems.message("collection.badBoolean")));
            }
        }
        return out;
    }

    @Override
    @NoOperator("an invented example person of the template")
    public FormValues example() {
        return FormValues.builder().set(OutflowEntry.ID_NUMBER, "420111199003150018")
                .set(OutflowEntry.NAME, "李建国").set(OutflowEntry.HUKOU_DIVISION, "420111002003")
                .set(OutflowEntry.DESTINATION_DIVISION, "440305").set(OutflowEntry.DESTINATION_ADDRESS, "科技园南区8栋")
                .set(OutflowEntry.LEFT_ON, "2026-03-01").set(OutflowEntry.REASON, "01")
                .set(OutflowEntry.EMPLOYER, "深圳某电子有限公司").set(OutflowEntry.MOBILE, "13800138000")
                .set(CHILDREN, "true").set(ELDERLY, "false").set(OutflowEntry.LEFT_BEHIND_COUNT, "2")
                .set(OutflowEntry.LEFT_BEHIND_NOTE, "两个孩子由祖母照看").set(OutflowEntry.REPORTER_KIND, "RELATIVE")
                .set(OutflowEntry.REPORTER_NAME, "李秀兰").set(OutflowEntry.REPORTER_RELATION, "10").build();
    }

    @Override
    @NoOperator("derived from the caller's own values")
    public String identity(FormValues values) {
        return normalizedId(values) + "|" + values.get(OutflowEntry.LEFT_ON).strip();
    }

    @Override
    @NoOperator("derived from the caller's own values")
    public RowLabel label(FormValues values) {
        return new RowLabel(values.get(OutflowEntry.NAME).strip(), normalizedId(values));
    }

    @Override
    @Requires(Permission.COLLECT)
    public boolean alreadyRecorded(Operator op, FormValues values) {
        op.require(Permission.COLLECT);
        return outflow.isRecorded(op, values.get(OutflowEntry.ID_NUMBER),
                LocalDate.parse(values.get(OutflowEntry.LEFT_ON).strip()));
    }

    @Override
    @Requires(Permission.OUTFLOW_WRITE)
    public String record(Operator op, FormValues values) {
        op.require(Permission.OUTFLOW_WRITE);
        List<FieldError> bad = booleanProblems(values);
        if (!bad.isEmpty()) {
            throw new ValidationFailure(Map.of(bad.get(0).fieldPath(), bad.get(0).message()));
        }
        return Long.toString(outflow.register(op, entry(values)).id());
    }

    @Override
    @NoOperator("metadata: how a queued row is confirmed")
    public ConfirmCheck confirmCheck() {
        return ConfirmCheck.CARD_OR_NOTE;
    }

    private static String normalizedId(FormValues values) {
        return values.get(OutflowEntry.ID_NUMBER).strip().toUpperCase(java.util.Locale.ROOT);
    }

    static OutflowEntry entry(FormValues v) {
        return new OutflowEntry(v.get(OutflowEntry.ID_NUMBER), v.get(OutflowEntry.NAME),
                v.get(OutflowEntry.HUKOU_DIVISION), v.get(OutflowEntry.DESTINATION_DIVISION),
                v.get(OutflowEntry.DESTINATION_ADDRESS), v.get(OutflowEntry.LEFT_ON), v.get(OutflowEntry.REASON),
                v.get(OutflowEntry.EMPLOYER), v.get(OutflowEntry.MOBILE), "true".equals(v.get(CHILDREN).strip()),
                "true".equals(v.get(ELDERLY).strip()), v.get(OutflowEntry.LEFT_BEHIND_COUNT),
                v.get(OutflowEntry.LEFT_BEHIND_NOTE), v.get(OutflowEntry.REPORTER_KIND),
                v.get(OutflowEntry.REPORTER_NAME), v.get(OutflowEntry.REPORTER_RELATION));
    }
}

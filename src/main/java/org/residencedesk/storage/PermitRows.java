package org.residencedesk.storage;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.residencedesk.domain.permit.FeeRecord;
import org.residencedesk.domain.permit.PermitAction;
import org.residencedesk.domain.permit.PermitApplication;
import org.residencedesk.domain.permit.PermitPolicy;
import org.residencedesk.domain.permit.PermitTransition;
import org.residencedesk.port.PermitSummary;

/**
 * The rows one permit aggregate is stored as: the queried columns and the JSON of PERMIT_APPLICATION (ADR 0070)
 * and its PERMIT_STEP rows (ADR 0241). The repository writes them one permit at a time; the bulk demo permits
 * (ADR 0390) write the same rows by plain JDBC, so both agree by construction.
 */
public final class PermitRows {
    /** One PERMIT_STEP row: the {@code stepNo}-th transition, its day in the station's zone and its fee. */
    public record Step(int stepNo, String action, String fromStatus, String toStatus, Instant at, LocalDate day,
                       String operator, long feeFen) { }

    private final PermitStateJson json = new PermitStateJson();
    private final PermitPolicy policy;
    private final ZoneId zone;

    public PermitRows(PermitPolicy policy, ZoneId zone) {
        this.policy = policy;
        this.zone = zone;
    }

    public PermitSummary columns(PermitApplication permit, long personId) {
        return PermitColumns.of(permit, personId, policy, zone);
    }

    public String json(PermitApplication permit) {
        return json.write(permit);
    }

    public List<Step> steps(PermitApplication permit) {
        return steps(permit, zone);
    }

    /** Every transition as a step row; the k-th 换领/补领 step carries the k-th fee of the aggregate. */
    static List<Step> steps(PermitApplication permit, ZoneId zone) {
        List<PermitTransition> history = permit.history();
        List<FeeRecord> fees = permit.fees();
        List<Step> steps = new ArrayList<>(history.size());
        int feeIndex = 0;
        for (int i = 0; i < history.size(); i++) {
            PermitTransition t = history.get(i);
            boolean charged = t.action() == PermitAction.REPLACE || t.action() == PermitAction.REISSUE;
            long fee = charged && feeIndex < fees.size() ? fees.get(feeIndex).amountFen() : 0;
            if (charged) {
                feeIndex++;
            }
            steps.add(new Step(i, t.action().name(), t.from() == null ? null : t.from().name(), t.to().name(), t.at(),
                    t.at().atZone(zone).toLocalDate(), t.actorLogin(), fee));
        }
        return steps;
    }
}

package org.residencedesk.service.outflow;

import java.util.LinkedHashMap;
import java.util.Map;
import org.residencedesk.domain.outflow.OutflowPeriod;

/** The full state of an outflow period for its OUTFLOW_* event (PLATFORM-API §1): codes, ISO dates, ID in full. */
final class OutflowPayload {
    private OutflowPayload() {
    }

    static Map<String, Object> of(OutflowPeriod p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("outflowId", p.id());
        m.put("status", p.isOpen() ? "OPEN" : "ENDED");
        m.put("idNumber", p.idNumber());
        m.put("name", p.name());
        m.put("hukouDivision", p.hukouDivision());
        m.put("destinationDivision", p.destinationDivision());
        m.put("destinationAddress", p.destinationAddress());
        m.put("leftOn", p.leftOn().toString());
        m.put("reason", p.reason());
        put(m, "employer", p.employer());
        put(m, "mobile", p.mobile());
        m.put("leftBehindChildren", p.leftBehindChildren());
        m.put("leftBehindElderly", p.leftBehindElderly());
        m.put("leftBehindCount", p.leftBehindCount());
        put(m, "leftBehindNote", p.leftBehindNote());
        m.put("reporterKind", p.reporterKind().name());
        put(m, "reporterName", p.reporterName());
        put(m, "reporterRelation", p.reporterRelation());
        put(m, "reportingStation", p.reportingStation());
        if (!p.isOpen()) {
            m.put("returnedOn", p.returnedOn().toString());
            m.put("returnReason", p.returnReason().name());
            put(m, "returnNote", p.returnNote());
        }
        return m;
    }

    private static void put(Map<String, Object> m, String key, Object value) {
        if (value != null) {
            m.put(key, value);
        }
    }
}

package org.residencedesk.service.outflow;

import org.residencedesk.testing.IdNumbers;

/** A valid outflow entry of 关山街道's hukou (海核社区) living in 深圳市南山区, reported by the person. */
final class OutflowFixture {
    static final String VILLAGE = "420111002003";
    static final String OTHER_VILLAGE = "420111002005";
    static final String NANSHAN = "440305";
    static final String WUCHANG = "420106";

    private OutflowFixture() {
    }

    static String id(int sequence) {
        return IdNumbers.citizen("420111", "19900315", sequence);
    }

    static OutflowEntry entry(String idNumber) {
        return new OutflowEntry(idNumber, "李建国", VILLAGE, NANSHAN, "科技园南区8栋", "2026-03-01", "01",
                "深圳某电子有限公司", "13800138000", true, false, "2", "两个孩子由祖母照看", "SELF", "", "");
    }

    static OutflowEntry with(OutflowEntry e, String field, String value) {
        return new OutflowEntry(
                field.equals("idNumber") ? value : e.idNumber(),
                field.equals("name") ? value : e.name(),
                field.equals("hukouDivision") ? value : e.hukouDivision(),
                field.equals("destinationDivision") ? value : e.destinationDivision(),
                field.equals("destinationAddress") ? value : e.destinationAddress(),
                field.equals("leftOn") ? value : e.leftOn(),
                field.equals("reason") ? value : e.reason(),
                field.equals("employer") ? value : e.employer(),
                field.equals("mobile") ? value : e.mobile(),
                field.equals("leftBehindChildren") ? Boolean.parseBoolean(value) : e.leftBehindChildren(),
                field.equals("leftBehindElderly") ? Boolean.parseBoolean(value) : e.leftBehindElderly(),
                field.equals("leftBehindCount") ? value : e.leftBehindCount(),
                field.equals("leftBehindNote") ? value : e.leftBehindNote(),
                field.equals("reporterKind") ? value : e.reporterKind(),
                field.equals("reporterName") ? value : e.reporterName(),
                field.equals("reporterRelation") ? value : e.reporterRelation());
    }
}

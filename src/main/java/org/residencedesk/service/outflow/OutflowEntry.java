package org.residencedesk.service.outflow;

/**
 * What the window (or a collected spreadsheet row) says about one outflow period, as typed: every value a String
 * so the service can judge each one and name the field at fault. Booleans are the two 留守 check boxes. Field ids
 * (the keys of {@link org.residencedesk.service.ValidationFailure#fieldMessages()}) are the constants below.
 *
 * @param leftOn           yyyy-MM-dd
 * @param reason           code of the {@code residence-reasons} table
 * @param leftBehindCount  a whole number, blank = 0
 * @param reporterKind     {@code SELF} or {@code RELATIVE}
 * @param reporterRelation code of the {@code family-relationship} table (a relative only)
 */
public record OutflowEntry(String idNumber, String name, String hukouDivision, String destinationDivision,
                           String destinationAddress, String leftOn, String reason, String employer, String mobile,
                           boolean leftBehindChildren, boolean leftBehindElderly, String leftBehindCount,
                           String leftBehindNote, String reporterKind, String reporterName, String reporterRelation) {
    public static final String ID_NUMBER = "idNumber";
    public static final String NAME = "name";
    public static final String HUKOU_DIVISION = "hukouDivision";
    public static final String DESTINATION_DIVISION = "destinationDivision";
    public static final String DESTINATION_ADDRESS = "destinationAddress";
    public static final String LEFT_ON = "leftOn";
    public static final String REASON = "reason";
    public static final String EMPLOYER = "employer";
    public static final String MOBILE = "mobile";
    public static final String LEFT_BEHIND_COUNT = "leftBehindCount";
    public static final String LEFT_BEHIND_NOTE = "leftBehindNote";
    public static final String REPORTER_KIND = "reporterKind";
    public static final String REPORTER_NAME = "reporterName";
    public static final String REPORTER_RELATION = "reporterRelation";
    /** Fields of {@link OutflowService#end}. */
    public static final String RETURNED_ON = "returnedOn";
    public static final String RETURN_REASON = "returnReason";
    public static final String RETURN_NOTE = "returnNote";
    /** The whole record (changed meanwhile, not found, already open …). */
    public static final String FORM = "form";
}

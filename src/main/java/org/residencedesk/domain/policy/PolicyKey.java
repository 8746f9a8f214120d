package org.residencedesk.domain.policy;

import java.util.Arrays;
import java.util.Optional;

/**
 * The keys of the station policy file (docs/station-policy.md), in the order the file and the 站点政策
 * screen list them. Each key names its value kind and limits; {@link StationPolicy#hubeiDefaults()} holds
 * the value used when the key is left out.
 */
public enum PolicyKey {
    /** Months of residence before an application (regulation art. 2: 6). */
    RESIDENCE_MONTHS("residence", "months", Kind.INTEGER, 0, 60, "policy.key.residenceMonths"),
    /** School enrolment time counts as residence time (the six months may start there). */
    SCHOOL_ENROLMENT_COUNTS("residence", "schoolEnrolmentCounts", Kind.BOOLEAN, 0, 0, "policy.key.schoolEnrolmentCounts"),
    /** Social-insurance payment time counts as residence time. */
    SOCIAL_INSURANCE_COUNTS("residence", "socialInsuranceCounts", Kind.BOOLEAN, 0, 0, "policy.key.socialInsuranceCounts"),
    /** Days from acceptance to the promised issuing date (regulation art. 9: 15, at most 30). */
    ISSUING_DAYS("issuing", "days", Kind.INTEGER, 1, 30, "policy.key.issuingDays"),
    /** Whether {@link #ISSUING_DAYS} are calendar days or working days of the holiday table. */
    ISSUING_DAY_KIND("issuing", "dayKind", Kind.DAY_KIND, 0, 0, "policy.key.issuingDayKind"),
    /** Years a permit is valid from the date printed on its first card. */
    VALIDITY_YEARS("validity", "years", Kind.INTEGER, 1, 10, "policy.key.validityYears"),
    /** 换领 card fee in yuan (regulation art. 21: set locally). */
    REPLACEMENT_FEE("fee", "replacement", Kind.MONEY, 0, 1000, "policy.key.replacementFee"),
    /** 补领 card fee in yuan. */
    REISSUE_FEE("fee", "reissue", Kind.MONEY, 0, 1000, "policy.key.reissueFee"),
    /** Days after printing after which an uncollected card is listed as 逾期未领. */
    OVERDUE_COLLECTION_DAYS("collection", "overdueDays", Kind.INTEGER, 1, 366, "policy.key.overdueCollectionDays"),
    /** 到期签注提醒 lists permits whose last day to endorse lies within this many days. */
    ENDORSEMENT_REMINDER_DAYS("endorsement", "reminderDays", Kind.INTEGER, 1, 366, "policy.key.endorsementReminderDays"),
    /** Days after arrival within which a residence registration is due; a later one is flagged 逾期登记 (ADR 0172). */
    REGISTRATION_DEADLINE_DAYS("registration", "deadlineDays", Kind.INTEGER, 1, 30, "policy.key.registrationDeadlineDays"),
    /** Digits of the yearly serial in registration numbers (station code + year + serial). */
    REGISTRATION_SERIAL_DIGITS("registrationNumber", "serialDigits", Kind.INTEGER, 4, 10,
            "policy.key.registrationSerialDigits"),
    /** Digits of the yearly serial in permit numbers (station code + year + serial). */
    PERMIT_SERIAL_DIGITS("permitNumber", "serialDigits", Kind.INTEGER, 4, 10, "policy.key.permitSerialDigits"),
    /** Digits of the yearly serial in acceptance numbers (受理编号: station code + year + serial). */
    ACCEPTANCE_SERIAL_DIGITS("acceptanceNumber", "serialDigits", Kind.INTEGER, 4, 10,
            "policy.key.acceptanceSerialDigits"),
    /** The station's own address as printed on reminder letters (ADR 0325); may be left empty. */
    STATION_ADDRESS("station", "address", Kind.TEXT, 0, 100, "policy.key.stationAddress"),
    /** The station's office hours as printed on reminder letters (ADR 0325). */
    OFFICE_HOURS("station", "officeHours", Kind.TEXT, 1, 100, "policy.key.officeHours"),
    /**
     * The 拟居住期限 code the registration form proposes in a new form (ADR 0336): one of the intended-stay codes
     * 1–6 (forms/codes/intended-stay.csv), or empty for no proposal.
     */
    INTENDED_STAY_DEFAULT("registration", "intendedStayDefault", Kind.INTENDED_STAY, 1, 6,
            "policy.key.intendedStayDefault"),
    /**
     * Days without a successful platform sync after which every screen warns (ADR 0341, formerly the constant of ADR
     * 0270); the counter keeps working.
     */
    SYNC_LONG_OFFLINE_DAYS("sync", "longOfflineDays", Kind.INTEGER, 1, 30, "policy.key.syncLongOfflineDays");

    /** How a value is written in the file. */
    public enum Kind {
        /** Decimal digits within {@link #min()}..{@link #max()}. */
        INTEGER,
        /** {@code true} or {@code false}. */
        BOOLEAN,
        /** {@code calendar} (自然日) or {@code working} (工作日). */
        DAY_KIND,
        /** Yuan with at most two decimals, within {@link #min()}..{@link #max()} yuan. */
        MONEY,
        /** One line of text of {@link #min()}..{@link #max()} characters (0 = may be empty). */
        TEXT,
        /** Empty, or one intended-stay code (拟居住期限) {@link #min()}..{@link #max()}. */
        INTENDED_STAY
    }

    private final String fileKey;
    private final Kind kind;
    private final int min;
    private final int max;
    private final String labelKey;

    /** The file key is {@code section.name}; given in two parts so it is not mistaken for a bundle key. */
    PolicyKey(String section, String name, Kind kind, int min, int max, String labelKey) {
        this.fileKey = section + '.' + name;
        this.kind = kind;
        this.min = min;
        this.max = max;
        this.labelKey = labelKey;
    }

    /** The key as written in the policy file, e.g. {@code residence.months}. */
    public String fileKey() { return fileKey; }

    public Kind kind() { return kind; }

    public int min() { return min; }

    public int max() { return max; }

    /** The Chinese name of the setting in {@code i18n/policy.properties}. */
    public String labelKey() { return labelKey; }

    public static Optional<PolicyKey> byFileKey(String key) {
        return Arrays.stream(values()).filter(k -> k.fileKey.equals(key)).findFirst();
    }
}

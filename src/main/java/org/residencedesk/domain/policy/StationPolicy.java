package org.residencedesk.domain.policy;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.residencedesk.domain.permit.PermitNumberFormat;
import org.residencedesk.domain.permit.PermitPolicy;
import org.residencedesk.domain.permit.WorkingDayCalendar;
import org.residencedesk.domain.registration.RegistrationDeadline;
import org.residencedesk.domain.registration.RegistrationNumberFormat;

/**
 * The station's own rule values (站点政策, docs/station-policy.md): what the policy file in the data folder
 * holds, with the Hubei defaults for every key it leaves out. The services never see this record; the
 * composition root turns it into a {@link PermitPolicy} and a {@link RegistrationNumberFormat} at start
 * (ADR 0165).
 */
public record StationPolicy(
        int residenceMonths,
        boolean schoolEnrolmentCounts,
        boolean socialInsuranceCounts,
        int issuingDays,
        boolean issuingWorkingDays,
        int validityYears,
        long replacementFeeFen,
        long reissueFeeFen,
        int overdueCollectionDays,
        int endorsementReminderDays,
        int registrationDeadlineDays,
        int registrationSerialDigits,
        int permitSerialDigits,
        int acceptanceSerialDigits,
        String stationAddress,
        String officeHours,
        String intendedStayDefault,
        int syncLongOfflineDays) {

    /** Office hours printed on reminder letters until a station sets its own (ADR 0325). */
    public static final String DEFAULT_OFFICE_HOURS = "周一至周五 上午8:30—12:00，下午14:30—17:30（法定节假日除外）";

    /** Days without a successful sync before the long-offline warning, until a station sets its own (ADR 0341). */
    public static final int DEFAULT_SYNC_LONG_OFFLINE_DAYS = 3;

    /** The only file format version this build reads and writes. */
    public static final int VERSION = 1;

    private static final Pattern INTEGER = Pattern.compile("[0-9]{1,9}");
    private static final Pattern MONEY = Pattern.compile("[0-9]{1,7}(\\.[0-9]{1,2})?");

    public StationPolicy {
        Map<PolicyKey, PolicyProblem> problems = check(numbersOf(residenceMonths, issuingDays, validityYears,
                replacementFeeFen, reissueFeeFen, overdueCollectionDays, endorsementReminderDays,
                registrationDeadlineDays, registrationSerialDigits, permitSerialDigits, acceptanceSerialDigits,
                syncLongOfflineDays));
        textProblem(PolicyKey.STATION_ADDRESS, stationAddress).ifPresent(x -> problems.put(PolicyKey.STATION_ADDRESS, x));
        textProblem(PolicyKey.OFFICE_HOURS, officeHours).ifPresent(x -> problems.put(PolicyKey.OFFICE_HOURS, x));
        if (!isIntendedStay(intendedStayDefault)) {
            problems.put(PolicyKey.INTENDED_STAY_DEFAULT, PolicyProblem.NOT_AN_INTENDED_STAY);
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("station policy values out of range: " + problems.keySet());
        }
    }

    /**
     * The values before the intended-stay default and the long-offline limit existed: no 拟居住期限 is proposed
     * (ADR 0336), the sync warning comes after 3 days (ADR 0341).
     */
    public StationPolicy(int residenceMonths, boolean schoolEnrolmentCounts, boolean socialInsuranceCounts,
                         int issuingDays, boolean issuingWorkingDays, int validityYears, long replacementFeeFen,
                         long reissueFeeFen, int overdueCollectionDays, int endorsementReminderDays,
                         int registrationDeadlineDays, int registrationSerialDigits, int permitSerialDigits,
                         int acceptanceSerialDigits, String stationAddress, String officeHours) {
        this(residenceMonths, schoolEnrolmentCounts, socialInsuranceCounts, issuingDays, issuingWorkingDays,
                validityYears, replacementFeeFen, reissueFeeFen, overdueCollectionDays, endorsementReminderDays,
                registrationDeadlineDays, registrationSerialDigits, permitSerialDigits, acceptanceSerialDigits,
                stationAddress, officeHours, "", DEFAULT_SYNC_LONG_OFFLINE_DAYS);
    }

    /** The rule values with the default station address (none) and office hours. */
    public StationPolicy(int residenceMonths, boolean schoolEnrolmentCounts, boolean socialInsuranceCounts,
                         int issuingDays, boolean issuingWorkingDays, int validityYears, long replacementFeeFen,
                         long reissueFeeFen, int overdueCollectionDays, int endorsementReminderDays,
                         int registrationDeadlineDays, int registrationSerialDigits, int permitSerialDigits,
                         int acceptanceSerialDigits) {
        this(residenceMonths, schoolEnrolmentCounts, socialInsuranceCounts, issuingDays, issuingWorkingDays,
                validityYears, replacementFeeFen, reissueFeeFen, overdueCollectionDays, endorsementReminderDays,
                registrationDeadlineDays, registrationSerialDigits, permitSerialDigits, acceptanceSerialDigits, "",
                DEFAULT_OFFICE_HOURS);
    }

    /** A copy with the station's address and office hours (the reminder letters' contact lines). */
    public StationPolicy withContact(String address, String hours) {
        return new StationPolicy(residenceMonths, schoolEnrolmentCounts, socialInsuranceCounts, issuingDays,
                issuingWorkingDays, validityYears, replacementFeeFen, reissueFeeFen, overdueCollectionDays,
                endorsementReminderDays, registrationDeadlineDays, registrationSerialDigits, permitSerialDigits,
                acceptanceSerialDigits, address, hours, intendedStayDefault, syncLongOfflineDays);
    }

    /** A copy proposing this 拟居住期限 code in new registration forms ({@code ""}: none, ADR 0336). */
    public StationPolicy withIntendedStayDefault(String code) {
        return new StationPolicy(residenceMonths, schoolEnrolmentCounts, socialInsuranceCounts, issuingDays,
                issuingWorkingDays, validityYears, replacementFeeFen, reissueFeeFen, overdueCollectionDays,
                endorsementReminderDays, registrationDeadlineDays, registrationSerialDigits, permitSerialDigits,
                acceptanceSerialDigits, stationAddress, officeHours, code, syncLongOfflineDays);
    }

    /** How long without a successful platform sync before every screen warns (ADR 0341). */
    public java.time.Duration syncLongOffline() {
        return java.time.Duration.ofDays(syncLongOfflineDays);
    }

    /** The registration form with the station's intended-stay default proposed in 拟居住期限 (ADR 0336). */
    public org.residencedesk.domain.form.FormDefinition proposedIn(org.residencedesk.domain.form.FormDefinition form) {
        return intendedStay().map(code -> form.withDefault("intendedStay", code)).orElse(form);
    }

    /** The intended-stay code new registration forms propose, if the station set one (ADR 0336). */
    public Optional<String> intendedStay() {
        return intendedStayDefault.isEmpty() ? Optional.empty() : Optional.of(intendedStayDefault);
    }

    /** What the product ships for Hubei stations (ADR 0050 says which values are confirmed). */
    public static StationPolicy hubeiDefaults() {
        return new StationPolicy(6, true, true, 15, false, 1, 2000, 2000, 30, 30, 3, 6, 6, 6);
    }

    /** The permit rules the permit services work with, counting working days on {@code calendar}. */
    public PermitPolicy permitPolicy(WorkingDayCalendar calendar) {
        return new PermitPolicy(residenceMonths, schoolEnrolmentCounts, socialInsuranceCounts, issuingDays,
                issuingWorkingDays, calendar, validityYears, replacementFeeFen, reissueFeeFen, overdueCollectionDays,
                endorsementReminderDays, PermitNumberFormat.stationYearSerial(permitSerialDigits),
                PermitNumberFormat.stationYearSerial(acceptanceSerialDigits));
    }

    /** When a residence registration is 逾期登记 ({@code registration.deadlineDays}, ADR 0172). */
    public RegistrationDeadline registrationDeadline() {
        return new RegistrationDeadline(registrationDeadlineDays);
    }

    public RegistrationNumberFormat registrationNumberFormat() {
        return new RegistrationNumberFormat(registrationSerialDigits);
    }

    /** Every value as the file and the screen write it, in {@link PolicyKey} order. */
    public Map<PolicyKey, String> texts() {
        Map<PolicyKey, String> m = new EnumMap<>(PolicyKey.class);
        for (PolicyKey k : PolicyKey.values()) {
            m.put(k, text(k));
        }
        return Collections.unmodifiableMap(m);
    }

    public String text(PolicyKey key) {
        return switch (key) {
            case RESIDENCE_MONTHS -> Integer.toString(residenceMonths);
            case SCHOOL_ENROLMENT_COUNTS -> Boolean.toString(schoolEnrolmentCounts);
            case SOCIAL_INSURANCE_COUNTS -> Boolean.toString(socialInsuranceCounts);
            case ISSUING_DAYS -> Integer.toString(issuingDays);
            case ISSUING_DAY_KIND -> issuingWorkingDays ? "working" : "calendar";
            case VALIDITY_YEARS -> Integer.toString(validityYears);
            case REPLACEMENT_FEE -> yuan(replacementFeeFen);
            case REISSUE_FEE -> yuan(reissueFeeFen);
            case OVERDUE_COLLECTION_DAYS -> Integer.toString(overdueCollectionDays);
            case ENDORSEMENT_REMINDER_DAYS -> Integer.toString(endorsementReminderDays);
            case REGISTRATION_DEADLINE_DAYS -> Integer.toString(registrationDeadlineDays);
            case REGISTRATION_SERIAL_DIGITS -> Integer.toString(registrationSerialDigits);
            case PERMIT_SERIAL_DIGITS -> Integer.toString(permitSerialDigits);
            case ACCEPTANCE_SERIAL_DIGITS -> Integer.toString(acceptanceSerialDigits);
            case STATION_ADDRESS -> stationAddress;
            case OFFICE_HOURS -> officeHours;
            case INTENDED_STAY_DEFAULT -> intendedStayDefault;
            case SYNC_LONG_OFFLINE_DAYS -> Integer.toString(syncLongOfflineDays);
        };
    }

    /** The keys whose values differ from {@code other}'s, in {@link PolicyKey} order. */
    public Map<PolicyKey, String> changedFrom(StationPolicy other) {
        Map<PolicyKey, String> changed = new LinkedHashMap<>();
        for (PolicyKey k : PolicyKey.values()) {
            if (!text(k).equals(other.text(k))) {
                changed.put(k, other.text(k) + " → " + text(k));
            }
        }
        return changed;
    }

    /**
     * Reads the values given as text over {@code base} (keys not given keep base's value). Either every
     * given value is valid and a policy comes back, or none is applied and every bad key has its problem.
     */
    public static Reading read(StationPolicy base, Map<PolicyKey, String> given) {
        Map<PolicyKey, PolicyProblem> problems = new EnumMap<>(PolicyKey.class);
        Map<PolicyKey, Long> numbers = new EnumMap<>(PolicyKey.class);
        Map<PolicyKey, Boolean> flags = new EnumMap<>(PolicyKey.class);
        Map<PolicyKey, String> words = new EnumMap<>(PolicyKey.class);
        for (PolicyKey k : PolicyKey.values()) {
            String raw = given.containsKey(k) ? given.get(k) : base.text(k);
            String v = raw == null ? "" : raw.strip();
            boolean mayBeEmpty = k.kind() == PolicyKey.Kind.INTENDED_STAY
                    || (k.kind() == PolicyKey.Kind.TEXT && k.min() == 0);
            if (v.isEmpty() && !mayBeEmpty) {
                problems.put(k, PolicyProblem.MISSING_VALUE);
                continue;
            }
            switch (k.kind()) {
                case INTEGER -> {
                    if (!INTEGER.matcher(v).matches()) {
                        problems.put(k, PolicyProblem.NOT_AN_INTEGER);
                    } else if (Long.parseLong(v) < k.min() || Long.parseLong(v) > k.max()) {
                        problems.put(k, PolicyProblem.OUT_OF_RANGE);
                    } else {
                        numbers.put(k, Long.parseLong(v));
                    }
                }
                case BOOLEAN -> {
                    if (v.equals("true") || v.equals("false")) {
                        flags.put(k, v.equals("true"));
                    } else {
                        problems.put(k, PolicyProblem.NOT_A_BOOLEAN);
                    }
                }
                case DAY_KIND -> {
                    if (v.equals("working") || v.equals("calendar")) {
                        flags.put(k, v.equals("working"));
                    } else {
                        problems.put(k, PolicyProblem.NOT_A_DAY_KIND);
                    }
                }
                case MONEY -> {
                    Optional<Long> fen = fen(v).filter(f -> f >= k.min() * 100L && f <= k.max() * 100L);
                    if (fen.isPresent()) {
                        numbers.put(k, fen.get());
                    } else {
                        problems.put(k, PolicyProblem.NOT_MONEY);
                    }
                }
                case TEXT -> textProblem(k, v).ifPresentOrElse(x -> problems.put(k, x), () -> words.put(k, v));
                case INTENDED_STAY -> {
                    if (isIntendedStay(v)) {
                        words.put(k, v);
                    } else {
                        problems.put(k, PolicyProblem.NOT_AN_INTENDED_STAY);
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            return new Reading(null, problems);
        }
        return new Reading(new StationPolicy(
                (int) (long) numbers.get(PolicyKey.RESIDENCE_MONTHS),
                flags.get(PolicyKey.SCHOOL_ENROLMENT_COUNTS),
                flags.get(PolicyKey.SOCIAL_INSURANCE_COUNTS),
                (int) (long) numbers.get(PolicyKey.ISSUING_DAYS),
                flags.get(PolicyKey.ISSUING_DAY_KIND),
                (int) (long) numbers.get(PolicyKey.VALIDITY_YEARS),
                numbers.get(PolicyKey.REPLACEMENT_FEE),
                numbers.get(PolicyKey.REISSUE_FEE),
                (int) (long) numbers.get(PolicyKey.OVERDUE_COLLECTION_DAYS),
                (int) (long) numbers.get(PolicyKey.ENDORSEMENT_REMINDER_DAYS),
                (int) (long) numbers.get(PolicyKey.REGISTRATION_DEADLINE_DAYS),
                (int) (long) numbers.get(PolicyKey.REGISTRATION_SERIAL_DIGITS),
                (int) (long) numbers.get(PolicyKey.PERMIT_SERIAL_DIGITS),
                (int) (long) numbers.get(PolicyKey.ACCEPTANCE_SERIAL_DIGITS),
                words.get(PolicyKey.STATION_ADDRESS), words.get(PolicyKey.OFFICE_HOURS),
                words.get(PolicyKey.INTENDED_STAY_DEFAULT),
                (int) (long) numbers.get(PolicyKey.SYNC_LONG_OFFLINE_DAYS)), Map.of());
    }

    /** The outcome of {@link #read}: a policy, or the problem of every refused key (never both). */
    public record Reading(StationPolicy policy, Map<PolicyKey, PolicyProblem> problems) {
        public Reading {
            Map<PolicyKey, PolicyProblem> copy = new EnumMap<>(PolicyKey.class);
            copy.putAll(problems);
            problems = Collections.unmodifiableMap(copy);
        }

        public Optional<StationPolicy> accepted() {
            return Optional.ofNullable(policy);
        }
    }

    /** A text value must be one line (no control characters) of the key's length. */
    private static Optional<PolicyProblem> textProblem(PolicyKey k, String v) {
        if (v == null) {
            return Optional.of(PolicyProblem.MISSING_VALUE);
        }
        String s = v.strip();
        if (s.isEmpty() && k.min() > 0) {
            return Optional.of(PolicyProblem.MISSING_VALUE);
        }
        boolean oneLine = s.chars().noneMatch(Character::isISOControl);
        return oneLine && s.codePointCount(0, s.length()) <= k.max() && s.equals(v)
                ? Optional.empty() : Optional.of(PolicyProblem.NOT_ONE_LINE);
    }

    /** Empty, or one digit within the intended-stay codes (1 一个月 … 6 三年及以上). */
    private static boolean isIntendedStay(String v) {
        if (v == null) return false;
        if (v.isEmpty()) return true;
        PolicyKey k = PolicyKey.INTENDED_STAY_DEFAULT;
        return v.length() == 1 && v.charAt(0) >= '0' + k.min() && v.charAt(0) <= '0' + k.max();
    }

    /** "20" or "20.5" or "20.50" yuan in fen. */
    static Optional<Long> fen(String yuan) {
        if (!MONEY.matcher(yuan).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(yuan).movePointRight(2).longValueExact());
    }

    static String yuan(long fen) {
        return BigDecimal.valueOf(fen).movePointLeft(2).setScale(2).toPlainString();
    }

    private static Map<PolicyKey, Long> numbersOf(int residenceMonths, int issuingDays, int validityYears,
            long replacementFeeFen, long reissueFeeFen, int overdueCollectionDays, int endorsementReminderDays,
            int registrationDeadlineDays, int registrationSerialDigits, int permitSerialDigits,
            int acceptanceSerialDigits, int syncLongOfflineDays) {
        Map<PolicyKey, Long> m = new EnumMap<>(PolicyKey.class);
        m.put(PolicyKey.RESIDENCE_MONTHS, (long) residenceMonths);
        m.put(PolicyKey.ISSUING_DAYS, (long) issuingDays);
        m.put(PolicyKey.VALIDITY_YEARS, (long) validityYears);
        m.put(PolicyKey.REPLACEMENT_FEE, replacementFeeFen);
        m.put(PolicyKey.REISSUE_FEE, reissueFeeFen);
        m.put(PolicyKey.OVERDUE_COLLECTION_DAYS, (long) overdueCollectionDays);
        m.put(PolicyKey.ENDORSEMENT_REMINDER_DAYS, (long) endorsementReminderDays);
        m.put(PolicyKey.REGISTRATION_DEADLINE_DAYS, (long) registrationDeadlineDays);
        m.put(PolicyKey.REGISTRATION_SERIAL_DIGITS, (long) registrationSerialDigits);
        m.put(PolicyKey.PERMIT_SERIAL_DIGITS, (long) permitSerialDigits);
        m.put(PolicyKey.ACCEPTANCE_SERIAL_DIGITS, (long) acceptanceSerialDigits);
        m.put(PolicyKey.SYNC_LONG_OFFLINE_DAYS, (long) syncLongOfflineDays);
        return m;
    }

    private static Map<PolicyKey, PolicyProblem> check(Map<PolicyKey, Long> numbers) {
        Map<PolicyKey, PolicyProblem> problems = new EnumMap<>(PolicyKey.class);
        numbers.forEach((k, v) -> {
            long scale = k.kind() == PolicyKey.Kind.MONEY ? 100 : 1;
            if (v < k.min() * scale || v > k.max() * scale) {
                problems.put(k, PolicyProblem.OUT_OF_RANGE);
            }
        });
        return problems;
    }
}

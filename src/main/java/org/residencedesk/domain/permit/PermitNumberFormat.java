package org.residencedesk.domain.permit;

import java.util.List;
import java.util.Objects;

/**
 * Layout of permit (or print) numbers: fixed-width digit segments. One real system used a 12-digit
 * organisation (station) code + 4-digit year + 6-digit serial for permit numbers and 2-digit
 * sub-bureau + 2-digit station + 8-digit serial for print numbers; Hubei's official layout is
 * unconfirmed, so the layout is configurable (ADR 0053).
 */
public record PermitNumberFormat(List<Segment> segments) {
    public enum Part {
        STATION_CODE, SUB_BUREAU_CODE, STATION_SHORT_CODE, YEAR, SERIAL
    }

    public record Segment(Part part, int digits) {
        public Segment {
            Objects.requireNonNull(part, "part");
            if (digits < 1 || digits > 18) {
                throw new IllegalArgumentException("segment width must be 1..18");
            }
        }
    }

    /** The values a number is built from; codes as digit strings, unused parts may be null. */
    public record Parts(String stationCode, String subBureauCode, String stationShortCode, int year, long serial) {
    }

    public static final PermitNumberFormat STATION_YEAR_SERIAL = new PermitNumberFormat(List.of(
            new Segment(Part.STATION_CODE, 12), new Segment(Part.YEAR, 4), new Segment(Part.SERIAL, 6)));

    /** Station code (12) + year (4) + a yearly serial of {@code serialDigits} digits, zero-padded. */
    public static PermitNumberFormat stationYearSerial(int serialDigits) {
        return new PermitNumberFormat(List.of(new Segment(Part.STATION_CODE, 12), new Segment(Part.YEAR, 4),
                new Segment(Part.SERIAL, serialDigits)));
    }

    public static final PermitNumberFormat SUB_BUREAU_STATION_SERIAL = new PermitNumberFormat(List.of(
            new Segment(Part.SUB_BUREAU_CODE, 2), new Segment(Part.STATION_SHORT_CODE, 2),
            new Segment(Part.SERIAL, 8)));

    public PermitNumberFormat {
        segments = List.copyOf(segments);
        if (segments.isEmpty()) {
            throw new IllegalArgumentException("a number format needs at least one segment");
        }
        if (segments.stream().map(Segment::part).distinct().count() != segments.size()) {
            throw new IllegalArgumentException("each part may appear once");
        }
    }

    public int length() {
        return segments.stream().mapToInt(Segment::digits).sum();
    }

    /** Whether {@code number} has this layout: exactly {@link #length()} ASCII digits. */
    public boolean accepts(String number) {
        if (number == null || number.length() != length()) {
            return false;
        }
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Builds a number; throws if a part is missing, not digits, or does not fit its width. */
    public String format(Parts parts) {
        StringBuilder sb = new StringBuilder(length());
        for (Segment s : segments) {
            String value = switch (s.part()) {
                case STATION_CODE -> parts.stationCode();
                case SUB_BUREAU_CODE -> parts.subBureauCode();
                case STATION_SHORT_CODE -> parts.stationShortCode();
                case YEAR -> parts.year() < 0 ? null : Integer.toString(parts.year());
                case SERIAL -> parts.serial() < 0 ? null : Long.toString(parts.serial());
            };
            if (value == null || !value.chars().allMatch(c -> c >= '0' && c <= '9') || value.length() > s.digits()) {
                throw new IllegalArgumentException(s.part() + " does not fit " + s.digits() + " digits");
            }
            boolean padded = s.part() == Part.SERIAL;
            if (!padded && value.length() != s.digits()) {
                throw new IllegalArgumentException(s.part() + " must have exactly " + s.digits() + " digits");
            }
            sb.append("0".repeat(s.digits() - value.length())).append(value);
        }
        return sb.toString();
    }
}

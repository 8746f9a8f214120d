package org.residencedesk.domain;

import java.time.format.DateTimeFormatter;

/**
 * The product's date and time formats, in one place for screens, printed documents and messages. Data
 * exchange (exports, JSON, the platform) uses ISO-8601 ({@code LocalDate.toString()}), never these.
 */
public final class DateFormats {
    /** 2026年7月21日: dates in Chinese sentences, notices and printed certificates. */
    public static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    /** 2026-07-21 09:30: a moment to the minute, in lists and as "printed at" on documents. */
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    /** 2026-07-21 09:30:05: a moment to the second, in audit listings. */
    public static final DateTimeFormatter DATE_TIME_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    /** 2026.07.21: the validity period printed on a permit card. */
    public static final DateTimeFormatter CARD_DATE = DateTimeFormatter.ofPattern("yyyy.MM.dd");

    private DateFormats() {
    }
}

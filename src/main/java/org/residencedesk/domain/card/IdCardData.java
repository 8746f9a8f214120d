package org.residencedesk.domain.card;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the reader returned from one card, independent of the card kind.
 *
 * <p>Fields a kind does not carry are {@code null}: citizens have no English name or nationality,
 * foreigners no ethnic group or address, only HK/Macao/Taiwan permits a pass number. For foreigner
 * cards {@code idNumber} is the permanent-residence number and {@code name} the Chinese name (or the
 * English name when the card has no Chinese one). {@code validUntil} is {@code null} exactly when the
 * card is valid long-term (长期).
 *
 * @param sex GB/T 2261.1 code as printed on the chip: "1" male, "2" female
 * @param ethnicCode GB 3304 two-digit code, e.g. "01"; {@code null} for cards without one
 * @param issuingAuthority authority name (citizens, permits) or acceptance-office code (2017 foreigner card)
 * @param issueCount 签发次数 (permits) or 换证次数 (2023 foreigner card)
 * @param nationality ISO 3166-1 alpha-3 code on foreigner cards
 */
public record IdCardData(
        CardType cardType,
        String name,
        String englishName,
        String sex,
        String ethnicCode,
        LocalDate birthDate,
        String address,
        String idNumber,
        String issuingAuthority,
        LocalDate validFrom,
        LocalDate validUntil,
        boolean longTerm,
        String passNumber,
        String issueCount,
        String nationality,
        WltPhoto photo) {

    public IdCardData {
        Objects.requireNonNull(cardType, "cardType");
        Objects.requireNonNull(idNumber, "idNumber");
        if (longTerm && validUntil != null) {
            throw new IllegalArgumentException("a long-term card has no end date");
        }
        photo = photo == null ? WltPhoto.empty() : photo;
    }

    /** Expired on {@code day} when its last valid day lies before it; long-term cards never expire. */
    public boolean isExpiredOn(LocalDate day) {
        return !longTerm && validUntil != null && validUntil.isBefore(day);
    }

    /** Identity used to recognise the same card lying on the reader: kind + number + issue date. */
    public String cardKey() {
        return cardType + "|" + idNumber + "|" + validFrom;
    }

    /** Never prints personal data, so a record that ends up in a log line leaks nothing. */
    @Override
    public String toString() {
        return "IdCardData[" + cardType + ", photo=" + photo.length() + " bytes]";
    }
}

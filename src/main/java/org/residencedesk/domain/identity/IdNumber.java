package org.residencedesk.domain.identity;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A checked identity number in its normalized form (18 characters, or 15 for the 2017
 * foreigner card). Only {@link IdNumberParser} creates these from user input.
 *
 * @param countyCode address code of the hukou at issue time; null for foreigners
 * @param sex        null where the layout does not encode it reliably (2017 foreigner card)
 */
public record IdNumber(String value, IdNumberType type, LocalDate birthDate, Sex sex, String countyCode) {
    public IdNumber {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(type, "type");
    }

    /** For lists and logs-free displays: keeps the first 6 and last 4 characters. */
    public String masked() {
        return mask(value);
    }

    /** First 6 and last 4 characters kept: enough to tell people apart at the counter, not to misuse. */
    public static String mask(String number) {
        if (number == null || number.length() < 11) {
            return number == null ? null : "*".repeat(number.length());
        }
        return number.substring(0, 6) + "*".repeat(number.length() - 10) + number.substring(number.length() - 4);
    }

    @Override
    public String toString() {
        return "IdNumber[" + type + " " + masked() + "]";
    }
}

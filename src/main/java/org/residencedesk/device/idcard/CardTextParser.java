package org.residencedesk.device.idcard;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Map;
import org.residencedesk.device.idcard.CardTextLayout.Slot;
import org.residencedesk.domain.card.CardType;
import org.residencedesk.domain.card.IdCardData;
import org.residencedesk.domain.card.WltPhoto;

/** Turns the 256-byte UCS-2LE text block (plus the photo) into an {@link IdCardData}. */
public final class CardTextParser {
    /** 长期: the end date of a long-term card. */
    static final String LONG_TERM = "\u957F\u671F";
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

    public sealed interface Result permits Parsed, Malformed {}

    public record Parsed(IdCardData card) implements Result {}

    /** @param reason technical reason, safe for logs (never contains the card's text) */
    public record Malformed(String reason) implements Result {}

    public Result parse(byte[] text, byte[] photo) {
        if (text == null || text.length < CardTextLayout.TEXT_LENGTH) {
            return new Malformed("text block shorter than 256 bytes");
        }
        CardType type = CardTextLayout.typeOf(charAt(text, CardTextLayout.TYPE_FLAG_OFFSET));
        Map<TextField, Slot> layout = CardTextLayout.of(type);
        try {
            String validUntilText = field(text, layout, TextField.VALID_UNTIL);
            boolean longTerm = validUntilText != null && validUntilText.startsWith(LONG_TERM);
            String idNumber = field(text, layout, TextField.ID_NUMBER);
            if (idNumber == null) {
                return new Malformed("empty ID number");
            }
            String englishName = englishName(type, text, layout);
            String chineseName = field(text, layout, TextField.NAME);
            String name = chineseName != null ? chineseName : englishName;
            if (name == null) {
                return new Malformed("empty name");
            }
            return new Parsed(new IdCardData(
                    type,
                    name,
                    englishName,
                    field(text, layout, TextField.SEX),
                    field(text, layout, TextField.ETHNIC_CODE),
                    date(field(text, layout, TextField.BIRTH_DATE), "birth date"),
                    field(text, layout, TextField.ADDRESS),
                    idNumber,
                    field(text, layout, TextField.ISSUING_AUTHORITY),
                    date(field(text, layout, TextField.VALID_FROM), "valid-from date"),
                    longTerm ? null : date(validUntilText, "valid-until date"),
                    longTerm,
                    field(text, layout, TextField.PASS_NUMBER),
                    field(text, layout, TextField.ISSUE_COUNT),
                    field(text, layout, TextField.NATIONALITY),
                    new WltPhoto(photo)));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return new Malformed(e.getMessage());
        }
    }

    /** The 2023 card splits a 46-character English name into 35 + 11 characters. */
    private static String englishName(CardType type, byte[] text, Map<TextField, Slot> layout) {
        if (type != CardType.FOREIGN_PR_2023) {
            return field(text, layout, TextField.ENGLISH_NAME);
        }
        String joined = raw(text, layout.get(TextField.ENGLISH_NAME)) + raw(text, layout.get(TextField.ENGLISH_NAME_CONTINUED));
        return blankToNull(trimPadding(joined));
    }

    private static String field(byte[] text, Map<TextField, Slot> layout, TextField f) {
        Slot slot = layout.get(f);
        return slot == null ? null : blankToNull(trimPadding(raw(text, slot)));
    }

    private static String raw(byte[] text, Slot slot) {
        return new String(text, slot.offset(), slot.length(), StandardCharsets.UTF_16LE);
    }

    /** Cards pad with spaces; some readers leave NULs or full-width spaces instead. */
    static String trimPadding(String s) {
        int end = s.length();
        while (end > 0 && isPadding(s.charAt(end - 1))) {
            end--;
        }
        int start = 0;
        while (start < end && isPadding(s.charAt(start))) {
            start++;
        }
        return s.substring(start, end);
    }

    private static boolean isPadding(char c) {
        return c == ' ' || c == '\u0000' || c == '\u3000';
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static char charAt(byte[] text, int offset) {
        return (char) ((text[offset] & 0xFF) | (text[offset + 1] & 0xFF) << 8);
    }

    private static LocalDate date(String value, String what) {
        if (value == null) {
            throw new IllegalArgumentException("missing " + what);
        }
        try {
            return LocalDate.parse(value, DATE);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("unreadable " + what);
        }
    }
}

package org.residencedesk.device.idcard.sim;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.residencedesk.device.idcard.CardTextLayout;
import org.residencedesk.device.idcard.CardTextLayout.Slot;
import org.residencedesk.device.idcard.TextField;
import org.residencedesk.domain.card.CardType;
import org.residencedesk.domain.card.IdCardData;

/** Writes a card into the 256-byte UCS-2LE text block as a chip would hold it (space padded). */
public final class CardTextEncoder {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuuMMdd");
    private static final int ENGLISH_FIRST_PART = 35;

    public byte[] encode(IdCardData card) {
        byte[] text = new byte[CardTextLayout.TEXT_LENGTH];
        for (int i = 0; i < text.length; i += 2) {
            text[i] = ' ';
        }
        Map<TextField, Slot> layout = CardTextLayout.of(card.cardType());
        boolean foreign2017 = card.cardType() == CardType.FOREIGN_PR_2017;
        put(text, layout, TextField.NAME, foreign2017 && card.name().equals(card.englishName()) ? null : card.name());
        put(text, layout, TextField.SEX, card.sex());
        put(text, layout, TextField.ETHNIC_CODE, card.ethnicCode());
        put(text, layout, TextField.BIRTH_DATE, date(card.birthDate()));
        put(text, layout, TextField.ADDRESS, card.address());
        put(text, layout, TextField.ID_NUMBER, card.idNumber());
        put(text, layout, TextField.ISSUING_AUTHORITY, card.issuingAuthority());
        put(text, layout, TextField.VALID_FROM, date(card.validFrom()));
        put(text, layout, TextField.VALID_UNTIL, card.longTerm() ? "\u957F\u671F" : date(card.validUntil()));
        put(text, layout, TextField.PASS_NUMBER, card.passNumber());
        put(text, layout, TextField.ISSUE_COUNT, card.issueCount());
        put(text, layout, TextField.NATIONALITY, card.nationality());
        putEnglishName(text, layout, card);
        char flag = CardTextLayout.typeFlag(card.cardType());
        text[CardTextLayout.TYPE_FLAG_OFFSET] = (byte) flag;
        text[CardTextLayout.TYPE_FLAG_OFFSET + 1] = (byte) (flag >>> 8);
        return text;
    }

    private static void putEnglishName(byte[] text, Map<TextField, Slot> layout, IdCardData card) {
        String english = card.englishName();
        if (english == null || card.cardType() != CardType.FOREIGN_PR_2023) {
            put(text, layout, TextField.ENGLISH_NAME, english);
            return;
        }
        put(text, layout, TextField.ENGLISH_NAME, english.substring(0, Math.min(ENGLISH_FIRST_PART, english.length())));
        if (english.length() > ENGLISH_FIRST_PART) {
            put(text, layout, TextField.ENGLISH_NAME_CONTINUED, english.substring(ENGLISH_FIRST_PART));
        }
    }

    private static void put(byte[] text, Map<TextField, Slot> layout, TextField field, String value) {
        Slot slot = layout.get(field);
        if (slot == null || value == null) {
            return;
        }
        byte[] encoded = value.getBytes(StandardCharsets.UTF_16LE);
        if (encoded.length > slot.length()) {
            throw new IllegalArgumentException(field + " longer than " + slot.length() / 2 + " characters");
        }
        System.arraycopy(encoded, 0, text, slot.offset(), encoded.length);
    }

    private static String date(LocalDate date) {
        return date == null ? null : DATE.format(date);
    }
}

package org.residencedesk.device.idcard;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.residencedesk.domain.card.CardType;

/**
 * Byte offsets of the fields in the 256-byte UCS-2LE text block, per card kind. Sources and what is
 * confirmed versus inferred: docs/decisions/0020-card-text-layouts.md.
 */
public final class CardTextLayout {
    public static final int TEXT_LENGTH = 256;
    /** The card-type flag (one UCS-2 character) sits at the same place in every layout. */
    public static final int TYPE_FLAG_OFFSET = 248;

    public record Slot(int offset, int length) {}

    private static final Map<CardType, Map<TextField, Slot>> LAYOUTS = new EnumMap<>(CardType.class);

    static {
        Map<TextField, Slot> citizen = new EnumMap<>(TextField.class);
        citizen.put(TextField.NAME, new Slot(0, 30));
        citizen.put(TextField.SEX, new Slot(30, 2));
        citizen.put(TextField.ETHNIC_CODE, new Slot(32, 4));
        citizen.put(TextField.BIRTH_DATE, new Slot(36, 16));
        citizen.put(TextField.ADDRESS, new Slot(52, 70));
        citizen.put(TextField.ID_NUMBER, new Slot(122, 36));
        citizen.put(TextField.ISSUING_AUTHORITY, new Slot(158, 30));
        citizen.put(TextField.VALID_FROM, new Slot(188, 16));
        citizen.put(TextField.VALID_UNTIL, new Slot(204, 16));
        LAYOUTS.put(CardType.ID_CARD, Collections.unmodifiableMap(citizen));

        Map<TextField, Slot> permit = new EnumMap<>(citizen);
        permit.put(TextField.PASS_NUMBER, new Slot(220, 18));
        permit.put(TextField.ISSUE_COUNT, new Slot(238, 4));
        LAYOUTS.put(CardType.HK_MO_TW_PERMIT, Collections.unmodifiableMap(permit));

        Map<TextField, Slot> foreign2017 = new EnumMap<>(TextField.class);
        foreign2017.put(TextField.ENGLISH_NAME, new Slot(0, 120));
        foreign2017.put(TextField.SEX, new Slot(120, 2));
        foreign2017.put(TextField.ID_NUMBER, new Slot(122, 30));
        foreign2017.put(TextField.NATIONALITY, new Slot(152, 6));
        foreign2017.put(TextField.NAME, new Slot(158, 30));
        foreign2017.put(TextField.VALID_FROM, new Slot(188, 16));
        foreign2017.put(TextField.VALID_UNTIL, new Slot(204, 16));
        foreign2017.put(TextField.BIRTH_DATE, new Slot(220, 16));
        foreign2017.put(TextField.CARD_VERSION, new Slot(236, 4));
        foreign2017.put(TextField.ISSUING_AUTHORITY, new Slot(240, 8));
        LAYOUTS.put(CardType.FOREIGN_PR_2017, Collections.unmodifiableMap(foreign2017));

        Map<TextField, Slot> foreign2023 = new EnumMap<>(TextField.class);
        foreign2023.put(TextField.NAME, new Slot(0, 30));
        foreign2023.put(TextField.SEX, new Slot(30, 2));
        foreign2023.put(TextField.ISSUE_COUNT, new Slot(32, 4));
        foreign2023.put(TextField.BIRTH_DATE, new Slot(36, 16));
        foreign2023.put(TextField.ENGLISH_NAME, new Slot(52, 70));
        foreign2023.put(TextField.ID_NUMBER, new Slot(122, 36));
        foreign2023.put(TextField.VALID_FROM, new Slot(188, 16));
        foreign2023.put(TextField.VALID_UNTIL, new Slot(204, 16));
        foreign2023.put(TextField.ENGLISH_NAME_CONTINUED, new Slot(220, 22));
        foreign2023.put(TextField.NATIONALITY, new Slot(242, 6));
        LAYOUTS.put(CardType.FOREIGN_PR_2023, Collections.unmodifiableMap(foreign2023));
    }

    private CardTextLayout() {
    }

    public static Map<TextField, Slot> of(CardType type) {
        return LAYOUTS.get(type);
    }

    public static char typeFlag(CardType type) {
        return switch (type) {
            case ID_CARD -> ' ';
            case HK_MO_TW_PERMIT -> 'J';
            case FOREIGN_PR_2017 -> 'I';
            case FOREIGN_PR_2023 -> 'Y';
        };
    }

    public static CardType typeOf(char flag) {
        return switch (flag) {
            case 'J' -> CardType.HK_MO_TW_PERMIT;
            case 'I' -> CardType.FOREIGN_PR_2017;
            case 'Y' -> CardType.FOREIGN_PR_2023;
            default -> CardType.ID_CARD;
        };
    }
}

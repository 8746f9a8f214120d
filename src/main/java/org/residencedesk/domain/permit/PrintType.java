package org.residencedesk.domain.permit;

/** Why a card is printed (打印类型). Reprints need a reason and a chief's or admin's authorisation. */
public enum PrintType implements Labelled {
    /** 首次打印: the first card of a print cycle (new permit or 换领). */
    FIRST,
    /** 遗失补打: the card is lost — by the holder (补领) or before handover. */
    LOST_REPRINT,
    /** 错正重打: the printed card is wrong (misprint, data error) and is printed again before handover. */
    CORRECTION_REPRINT;

    public boolean isReprint() {
        return this != FIRST;
    }

    @Override
    public String labelKey() {
        return "permit.printType." + name();
    }
}

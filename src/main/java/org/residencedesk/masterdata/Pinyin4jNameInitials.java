package org.residencedesk.masterdata;

import org.residencedesk.port.NameInitials;

/** Initials of persons' names: surname readings first (单 -> s, 解 -> x), then the usual readings. */
public final class Pinyin4jNameInitials implements NameInitials {
    private final PinyinReadings readings;

    public Pinyin4jNameInitials() {
        this(PinyinReadings.shared());
    }

    Pinyin4jNameInitials(PinyinReadings readings) {
        this.readings = readings;
    }

    @Override
    public String initialsOf(String text) {
        return readings.initials(text, PinyinReadings.Kind.PERSON);
    }
}

package org.residencedesk.domain.masterdata;

/** Administrative division levels; the code length tells the level (GB/T 2260 + NBS 统计用区划代码). */
public enum DivisionLevel {
    PROVINCE(2), CITY(4), COUNTY(6), TOWNSHIP(9), VILLAGE(12);

    private final int codeLength;

    DivisionLevel(int codeLength) { this.codeLength = codeLength; }

    public int codeLength() { return codeLength; }

    public static DivisionLevel ofCode(String code) {
        for (DivisionLevel l : values()) {
            if (l.codeLength == code.length()) return l;
        }
        throw new IllegalArgumentException("not a division code length: " + code.length());
    }
}

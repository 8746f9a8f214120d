package org.residencedesk.masterdata;

import static org.assertj.core.api.Assertions.assertThat;

import org.residencedesk.port.NameInitials;

class Pinyin4jNameInitialsTest {
    private final NameInitials initials = new Pinyin4jNameInitials();

    @org.junit.jupiter.api.Test
    void hanCharacters() {
        assertThat(initials.initialsOf("张三")).isEqualTo("zs");
        assertThat(initials.initialsOf("长孙无忌")).isEqualTo("zswj");
        assertThat(initials.initialsOf("李长青")).isEqualTo("lcq");
    }

    @org.junit.jupiter.api.Test
    void surnameReadings() {
        assertThat(initials.initialsOf("单田芳")).isEqualTo("stf");
        assertThat(initials.initialsOf("解缙")).isEqualTo("xj");
        assertThat(initials.initialsOf("尉迟恭")).isEqualTo("ycg");
        assertThat(initials.initialsOf("曾国藩")).isEqualTo("zgf");
        // only the surname position reads 单 as shan
        assertThat(initials.initialsOf("王单")).isEqualTo("wd");
    }

    @org.junit.jupiter.api.Test
    void lettersKeptDigitsAndMiddleDotDropped() {
        assertThat(initials.initialsOf("阿依古丽·买买提")).isEqualTo("ayglmmt");
        assertThat(initials.initialsOf("Anna 李")).isEqualTo("annal");
        assertThat(initials.initialsOf("王2")).isEqualTo("w");
        assertThat(initials.initialsOf("")).isEmpty();
        assertThat(initials.initialsOf(null)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void rareNameCharactersHaveTheirReadingsEvenOutsideTheBmp() {
        // pinyin4j has no entry for 𠮷 (extension B) nor 䶮 (extension A): the readings file's rare section has
        assertThat(initials.initialsOf("𠮷田")).isEqualTo("jt");
        assertThat(initials.initialsOf("𠮷䶮")).isEqualTo("jy");
        assertThat(initials.initialsOf("刘䶮")).isEqualTo("ly");
        assertThat(PinyinReadings.shared().syllables("𠮷䶮", PinyinReadings.Kind.PERSON)).containsExactly("ji", "yan");
    }

    @org.junit.jupiter.api.Test
    void hanCharactersWithoutAnyReadingAreSkipped() {
        assertThat(initials.initialsOf("王\uD840\uDC00")).isEqualTo("w"); // 𠀀, in no table
    }
}

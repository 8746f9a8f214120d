package org.residencedesk.storage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Lines Derby writes to its error stream, as they reach the application log. */
class DerbyLogTest {
    @Test
    void statementsWithParametersAndPageDumpsAreDropped() {
        assertThat(DerbyLog.filter("Failed Statement is: INSERT INTO PERSON (NAME, ID_NUMBER) VALUES (?, ?) with 2 "
                + "parameters begin parameter #1: 司马秋菊 :end parameter begin parameter #2: 420102198512012244")).isNull();
        assertThat(DerbyLog.filter("begin parameter #1: 司马秋菊 :end parameter")).isNull();
        assertThat(DerbyLog.filter("Page(7,Container(0, 1569)) is corrupt")).isNull();
        assertThat(DerbyLog.filter("0000: e58fb8e9 a9ac e7a78b e88f8a 34 32 30 31 30 32 31 39 38 35 31 32 30 31 32 32 34 34"))
                .isNull();
    }

    @Test
    void numbersThatCouldBeIdNumbersOrPhonesAreMasked() {
        assertThat(DerbyLog.filter("ERROR 23505: duplicate key 420102198512012244 / 13712345602"))
                .isEqualTo("ERROR 23505: duplicate key ###### / ######");
    }

    @Test
    void bootMessagesPass() {
        assertThat(DerbyLog.filter("Booting Derby version The Apache Software Foundation - Apache Derby - 10.16.1.1"))
                .isEqualTo("Booting Derby version The Apache Software Foundation - Apache Derby - 10.16.1.1");
    }
}

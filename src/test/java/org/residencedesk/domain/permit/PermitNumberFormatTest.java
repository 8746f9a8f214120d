package org.residencedesk.domain.permit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.residencedesk.domain.permit.PermitNumberFormat.Part;
import org.residencedesk.domain.permit.PermitNumberFormat.Parts;
import org.residencedesk.domain.permit.PermitNumberFormat.Segment;

class PermitNumberFormatTest {
    @Test
    void defaultLayoutIsStationYearSerial() {
        PermitNumberFormat f = PermitNumberFormat.STATION_YEAR_SERIAL;
        assertThat(f.length()).isEqualTo(22);
        assertThat(f.format(new Parts("420111001000", null, null, 2026, 42))).isEqualTo("4201110010002026000042");
        assertThat(f.accepts("4201110010002026000042")).isTrue();
        assertThat(f.accepts("420111001000202600004")).isFalse();
        assertThat(f.accepts("42011100100020260000４2")).isFalse(); // full-width digit
        assertThat(f.accepts("420111001000202600004X")).isFalse();
        assertThat(f.accepts(null)).isFalse();
    }

    @Test
    void printNumberLayoutIsAvailable() {
        PermitNumberFormat f = PermitNumberFormat.SUB_BUREAU_STATION_SERIAL;
        assertThat(f.length()).isEqualTo(12);
        assertThat(f.format(new Parts(null, "01", "03", -1, 12345678))).isEqualTo("010312345678");
    }

    @Test
    void partsMustFit() {
        PermitNumberFormat f = PermitNumberFormat.STATION_YEAR_SERIAL;
        assertThatThrownBy(() -> f.format(new Parts("42011100100", null, null, 2026, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("STATION_CODE");
        assertThatThrownBy(() -> f.format(new Parts("420111001000", null, null, 2026, 1_000_000)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SERIAL");
        assertThatThrownBy(() -> f.format(new Parts(null, null, null, 2026, 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PermitNumberFormat(List.of(new Segment(Part.SERIAL, 4), new Segment(Part.SERIAL, 4))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

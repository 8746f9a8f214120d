package org.residencedesk.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.residencedesk.reliability.SoakVerdict.Sample;

class SoakVerdictTest {
    private static final long MB = 1024 * 1024;

    @Test
    void growthUpToTwentyPercentAfterTheWarmUpPasses() {
        List<Sample> samples = List.of(new Sample(50, 300 * MB, 40, 200), new Sample(100, 100 * MB, 30, 120),
                new Sample(150, 110 * MB, 30, 120), new Sample(200, 120 * MB, 29, 118));
        assertThat(SoakVerdict.breaches(samples, 100)).isEmpty();
    }

    @Test
    void heapBeyondTwentyPercentIsABreach() {
        List<Sample> samples = List.of(new Sample(100, 100 * MB, 30, 120), new Sample(150, 120 * MB + 1, 30, 120));
        assertThat(SoakVerdict.breaches(samples, 100)).containsExactly("heap " + (120 * MB + 1)
                + " bytes after 150 transactions, more than " + 120 * MB + " (" + 100 * MB + " + 20 %)");
    }

    @Test
    void oneMoreFileAtOneMomentIsNoLeak() {
        // the CI run of 30 November: 259, 259, 260, 259, 259 open files
        List<Sample> samples = List.of(new Sample(100, 100 * MB, 15, 259), new Sample(150, 100 * MB, 16, 259),
                new Sample(200, 100 * MB, 15, 260), new Sample(250, 100 * MB, 15, 259),
                new Sample(300, 100 * MB, 15, 259));
        assertThat(SoakVerdict.breaches(samples, 100)).isEmpty();
    }

    @Test
    void threadsOrFilesThatStayAboveTheWarmUpAreALeak() {
        List<Sample> samples = List.of(new Sample(100, 100 * MB, 30, 120), new Sample(150, 100 * MB, 30, 120),
                new Sample(200, 100 * MB, 31, 121), new Sample(250, 100 * MB, 31, 122));
        assertThat(SoakVerdict.breaches(samples, 100)).containsExactly(
                "threads 31 and 31 after 200 and 250 transactions, 30 after the warm-up: they stay above it",
                "open files 121 and 122 after 200 and 250 transactions, 120 after the warm-up: they stay above it");
    }

    @Test
    void aBurstBeyondTheSlackIsALeakEvenWhenItFallsBack() {
        List<Sample> samples = List.of(new Sample(100, 100 * MB, 30, 120), new Sample(150, 100 * MB, 33, 125),
                new Sample(200, 100 * MB, 30, 120), new Sample(250, 100 * MB, 30, 120));
        assertThat(SoakVerdict.breaches(samples, 100)).containsExactly(
                "threads 33 after 150 transactions, 30 after the warm-up (at most 2 more at any moment)",
                "open files 125 after 150 transactions, 120 after the warm-up (at most 4 more at any moment)");
    }

    @Test
    void theBaseIsTheFirstSampleAtOrAfterTheWarmUp() {
        List<Sample> samples = List.of(new Sample(50, 10 * MB, 30, 120), new Sample(100, 200 * MB, 30, 120),
                new Sample(150, 230 * MB, 30, 120));
        assertThat(SoakVerdict.breaches(samples, 100)).isEmpty();
        assertThatThrownBy(() -> SoakVerdict.breaches(samples, 151)).isInstanceOf(IllegalArgumentException.class);
    }
}

package org.residencedesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which command lines open the window without picocli's command tree (ADR 0377), and which still go through it. */
class WindowArgumentsTest {
    @Test
    void onlyTheDataFolderAndTheSmokeFlagOpenTheWindowDirectly() {
        assertThat(WindowArguments.windowOnly(new String[0])).isEqualTo(Optional.of(false));
        assertThat(WindowArguments.windowOnly(new String[] {"--data-dir", "/srv/desk"})).isEqualTo(Optional.of(false));
        assertThat(WindowArguments.windowOnly(new String[] {"--data-dir=/srv/desk"})).isEqualTo(Optional.of(false));
        assertThat(WindowArguments.windowOnly(new String[] {"--smoke-exit"})).isEqualTo(Optional.of(true));
        assertThat(WindowArguments.windowOnly(new String[] {"--data-dir", "d", "--smoke-exit"}))
                .isEqualTo(Optional.of(true));
        assertThat(WindowArguments.windowOnly(new String[] {"--smoke-exit", "--data-dir=d"})).isEqualTo(Optional.of(true));
    }

    @Test
    void commandsHelpUnknownRepeatedOrIncompleteOptionsAreLeftToPicocli() {
        for (String[] args : new String[][] {{"id-check", "11010519491231002X"}, {"--help"}, {"-h"}, {"--version"},
                {"-V"}, {"--data-dir"}, {"--data-dir", "--smoke-exit"}, {"--data-dir", "a", "--data-dir", "b"},
                {"--smoke-exit", "--smoke-exit"}, {"--data-dir", "d", "audit", "verify"}, {"--"}, {"--verbose"},
                {"--data-dir=a", "--data-dir=b"}}) {
            assertThat(WindowArguments.windowOnly(args)).as(String.join(" ", args)).isEmpty();
        }
    }
}

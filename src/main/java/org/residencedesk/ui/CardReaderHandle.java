package org.residencedesk.ui;

import java.util.Optional;
import org.residencedesk.port.CardReader;

/**
 * The counter's card reader as the screens see it. In demo mode {@code simulateSwipe} places the next
 * virtual card on the simulated reader, so a newcomer can "swipe" without hardware.
 */
public record CardReaderHandle(CardReader reader, Optional<Runnable> simulateSwipe) {
}

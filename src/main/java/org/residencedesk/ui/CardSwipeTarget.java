package org.residencedesk.ui;

import org.residencedesk.domain.card.IdCardData;

/**
 * A screen that takes swiped cards. The shell hands each card to the work area on screen, on the FX
 * thread; the screen fills its identity fields and moves the cursor to the first field to type.
 */
@FunctionalInterface
public interface CardSwipeTarget {
    void cardRead(IdCardData card);
}

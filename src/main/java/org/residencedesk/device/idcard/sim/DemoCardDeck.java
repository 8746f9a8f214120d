package org.residencedesk.device.idcard.sim;

import java.util.List;
import org.residencedesk.domain.card.IdCardData;

/**
 * Demo mode's "hand": places the demo cards on the simulated reader one after another, so a
 * demonstration can show a swipe without hardware.
 */
public final class DemoCardDeck {
    private final ReaderSimulator simulator;
    private final List<IdCardData> cards;
    private int next;

    public DemoCardDeck(ReaderSimulator simulator, List<IdCardData> cards) {
        if (cards.isEmpty()) {
            throw new IllegalArgumentException("no demo cards");
        }
        this.simulator = simulator;
        this.cards = List.copyOf(cards);
    }

    public List<IdCardData> cards() {
        return cards;
    }

    /** Puts the next card of the deck on the reader (replacing the one lying there) and returns it. */
    public synchronized IdCardData placeNext() {
        IdCardData card = cards.get(next);
        next = (next + 1) % cards.size();
        simulator.placeCard(card);
        return card;
    }

    public void takeAway() {
        simulator.removeCard();
    }
}

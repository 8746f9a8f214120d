package org.residencedesk.port;

import java.util.function.Supplier;

/**
 * The unit of work. Services run every business change inside {@link #inTransaction}, so the record,
 * its audit entry and its outbox event commit together or not at all. Repositories called inside the
 * block share its transaction; called outside one they fail fast.
 */
public interface Transactions {
    <T> T inTransaction(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }

    /** For look-ups: no locks kept after it returns, never writes. */
    <T> T readOnly(Supplier<T> work);
}

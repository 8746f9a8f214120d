package org.residencedesk.storage;

import java.util.function.Supplier;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import jakarta.persistence.OptimisticLockException;
import org.hibernate.StaleStateException;
import org.hibernate.Transaction;
import org.residencedesk.port.ConcurrentChangeException;
import org.residencedesk.port.Transactions;

/**
 * Binds one Hibernate session and transaction to the calling thread for the length of a unit of work.
 * A nested call joins the outer unit, so a service may call another service's method safely.
 */
public final class HibernateTransactions implements Transactions, CurrentSession {
    private final SessionFactory sessionFactory;
    private final ThreadLocal<Session> current = new ThreadLocal<>();
    private final ThreadLocal<Boolean> currentIsReadOnly = new ThreadLocal<>();

    public HibernateTransactions(SessionFactory sessionFactory) {
        this.sessionFactory = sessionFactory;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return execute(work, false);
    }

    @Override
    public <T> T readOnly(Supplier<T> work) {
        return execute(work, true);
    }

    private <T> T execute(Supplier<T> work, boolean readOnly) {
        if (current.get() != null) {
            if (!readOnly && Boolean.TRUE.equals(currentIsReadOnly.get())) {
                // joining would silently roll the write back with the read-only unit
                throw new IllegalStateException("a change cannot run inside a read-only unit of work");
            }
            return work.get();
        }
        try (Session session = sessionFactory.openSession()) {
            session.setDefaultReadOnly(readOnly);
            current.set(session);
            currentIsReadOnly.set(readOnly);
            Transaction tx = session.beginTransaction();
            try {
                T result = work.get();
                if (readOnly) {
                    tx.rollback();
                } else {
                    session.flush();
                    tx.commit();
                }
                return result;
            } catch (OptimisticLockException | StaleStateException e) {
                rollbackQuietly(tx);
                throw new ConcurrentChangeException(e);
            } catch (RuntimeException | Error e) {
                rollbackQuietly(tx);
                throw e;
            } finally {
                current.remove();
                currentIsReadOnly.remove();
            }
        }
    }

    private static void rollbackQuietly(Transaction tx) {
        if (tx.isActive()) {
            tx.rollback();
        }
    }

    @Override
    public Session session() {
        Session session = current.get();
        if (session == null) {
            throw new IllegalStateException("repository used outside a transaction");
        }
        return session;
    }
}

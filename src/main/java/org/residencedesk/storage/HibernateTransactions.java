package org.residencedesk.storage;

import java.util.function.Supplier;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.Transaction;
import org.residencedesk.port.Transactions;

/**
 * Binds one Hibernate session and transaction to the calling thread for the length of a unit of work.
 * A nested call joins the outer unit, so a service may call another service's method safely.
 */
public final class HibernateTransactions implements Transactions, CurrentSession {
    private final SessionFactory sessionFactory;
    private final ThreadLocal<Session> current = new ThreadLocal<>();

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
            return work.get();
        }
        try (Session session = sessionFactory.openSession()) {
            session.setDefaultReadOnly(readOnly);
            current.set(session);
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
            } catch (RuntimeException | Error e) {
                if (tx.isActive()) {
                    tx.rollback();
                }
                throw e;
            } finally {
                current.remove();
            }
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

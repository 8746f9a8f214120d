package org.residencedesk.storage;

import java.util.function.Supplier;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import jakarta.persistence.OptimisticLockException;
import org.hibernate.StaleStateException;
import org.hibernate.Transaction;
import org.residencedesk.port.CommitWitness;
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
    /** The newest audit entry appended in the running unit, for the commit witness (docs/decisions/0363). */
    private final ThreadLocal<CommitWitness.Witnessed> appended = new ThreadLocal<>();
    private final CommitWitness witness;

    /** The database folder, named in the message of a storage problem (docs/decisions/0275). */
    private final String location;

    public HibernateTransactions(SessionFactory sessionFactory) {
        this(sessionFactory, "db");
    }

    /** @param location the database folder, for the message of a damaged database, a full disk, … */
    public HibernateTransactions(SessionFactory sessionFactory, String location) {
        this(sessionFactory, location, CommitWitness.NONE);
    }

    /** @param witness told the newest audit entry after every commit that appended one (ADR 0363) */
    public HibernateTransactions(SessionFactory sessionFactory, String location, CommitWitness witness) {
        this.sessionFactory = sessionFactory;
        this.location = location;
        this.witness = witness;
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
            Transaction tx;
            try {
                tx = session.beginTransaction(); // takes the connection: a counter's server may be unreachable
            } catch (RuntimeException e) {
                current.remove();
                currentIsReadOnly.remove();
                throw DerbyProblems.translate(e, location);
            }
            try {
                T result = work.get();
                if (readOnly) {
                    tx.rollback();
                } else {
                    session.flush();
                    tx.commit();
                    witnessCommit(); // after Derby's commit returned: the witness is never ahead of the log
                }
                return result;
            } catch (OptimisticLockException | StaleStateException e) {
                rollbackQuietly(tx);
                throw new ConcurrentChangeException(e);
            } catch (RuntimeException e) {
                rollbackQuietly(tx);
                // a damaged page, a full disk, a read-only folder: one message, never an incident (ADR 0275)
                throw DerbyProblems.translate(e, location);
            } catch (Error e) {
                rollbackQuietly(tx);
                throw e;
            } finally {
                current.remove();
                currentIsReadOnly.remove();
                appended.remove();
            }
        }
    }

    private void witnessCommit() {
        CommitWitness.Witnessed head = appended.get();
        if (head != null) {
            appended.remove();
            witness.committed(head.seq(), head.hash());
        }
    }

    @Override
    public void auditAppended(long seq, String hash) {
        if (witness != CommitWitness.NONE && current.get() != null) {
            appended.set(new CommitWitness.Witnessed(seq, hash));
        }
    }

    private static void rollbackQuietly(Transaction tx) {
        try {
            if (tx.isActive()) {
                tx.rollback();
            }
        } catch (RuntimeException e) {
            // a failed rollback (a full disk, a database Derby shut down) must not hide why the work failed
            org.slf4j.LoggerFactory.getLogger(HibernateTransactions.class).warn("rollback failed", e);
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

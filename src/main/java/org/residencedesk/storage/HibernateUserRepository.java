package org.residencedesk.storage;

import java.util.List;
import java.util.Optional;
import org.residencedesk.domain.account.UserAccount;
import org.residencedesk.port.UserRepository;

public final class HibernateUserRepository implements UserRepository {
    private final CurrentSession sessions;

    public HibernateUserRepository(CurrentSession sessions) {
        this.sessions = sessions;
    }

    @Override
    public Optional<UserAccount> findByLogin(String login) {
        return sessions.session()
                .createSelectionQuery("from UserAccount where login = :login", UserAccount.class)
                .setParameter("login", login)
                .uniqueResultOptional();
    }

    @Override
    public List<UserAccount> findAll() {
        return sessions.session()
                .createSelectionQuery("from UserAccount order by login", UserAccount.class)
                .getResultList();
    }

    @Override
    public void save(UserAccount account) {
        if (account.id() == null) {
            sessions.session().persist(account);
        }
    }

    @Override
    public long count() {
        return sessions.session()
                .createSelectionQuery("select count(*) from UserAccount", Long.class)
                .getSingleResult();
    }
}

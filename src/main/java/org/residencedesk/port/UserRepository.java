package org.residencedesk.port;

import java.util.List;
import java.util.Optional;
import org.residencedesk.domain.account.UserAccount;

public interface UserRepository {
    Optional<UserAccount> findByLogin(String login);

    List<UserAccount> findAll();

    void save(UserAccount account);

    long count();
}

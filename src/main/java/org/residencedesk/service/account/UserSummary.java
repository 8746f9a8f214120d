package org.residencedesk.service.account;

import java.time.Instant;
import java.util.Set;
import org.residencedesk.domain.account.Role;

/**
 * One account as the administrator's list shows it: never the password or its hash.
 *
 * @param locked locked now after too many wrong passwords
 * @param mustChangePassword an administrator set the password; the holder must change it at the next sign-in
 * @param lastLoginAt the last time the right password was given; null when never
 */
public record UserSummary(String login, String displayName, Set<Role> roles, boolean active, boolean locked,
                          boolean mustChangePassword, Instant createdAt, Instant lastLoginAt) {
    public UserSummary {
        roles = Set.copyOf(roles);
    }
}

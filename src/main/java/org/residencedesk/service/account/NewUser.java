package org.residencedesk.service.account;

import java.util.Set;
import org.residencedesk.domain.account.Role;

/** What an administrator gives for a new account; the initial password must be changed at the first sign-in. */
public record NewUser(String login, String displayName, Set<Role> roles, char[] password, char[] passwordConfirm) {
}

package org.residencedesk.testing;

import java.util.EnumSet;
import java.util.Set;
import org.residencedesk.app.AppContext;
import org.residencedesk.domain.account.Role;
import org.residencedesk.domain.account.UserAccount;
import org.residencedesk.service.Operator;

/**
 * Signed-in staff for service calls in tests. An operator is proven, never constructed: {@link #signIn}
 * creates the account on the test station (if missing) and signs in through the real authentication
 * service, so the operator a test uses is one the station itself issued.
 */
public final class TestOperators {
    /** The password every account made here gets. */
    public static final String PASSWORD = "Counter#2026";

    private TestOperators() {
    }

    /** Signs in {@code login} (created with these roles when the station does not know it yet). */
    public static Operator signIn(AppContext ctx, String login, String displayName, Role first, Role... more) {
        Set<Role> roles = EnumSet.of(first, more);
        ctx.transactions().run(() -> {
            if (ctx.users().findByLogin(login).isEmpty()) {
                ctx.users().save(new UserAccount(login, displayName,
                        ctx.passwordHasher().hash(PASSWORD.toCharArray()), roles, ctx.clock().instant()));
            }
        });
        return ctx.authentication().login(login, PASSWORD.toCharArray());
    }

    /** 王芳, 窗口工作人员. */
    public static Operator windowStaff(AppContext ctx) {
        return signIn(ctx, "wangfang", "王芳", Role.WINDOW_STAFF);
    }
}

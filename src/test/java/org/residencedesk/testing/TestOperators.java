package org.residencedesk.testing;

import java.util.EnumSet;
import org.residencedesk.domain.account.Role;
import org.residencedesk.service.Operator;

/** Signed-in staff for service calls in tests. */
public final class TestOperators {
    public static final Operator CLERK = new Operator("wangfang", "王芳", EnumSet.of(Role.WINDOW_STAFF));

    private TestOperators() {
    }
}

package org.residencedesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.app.AppContext;
import org.residencedesk.domain.account.Permission;
import org.residencedesk.domain.account.Role;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestOperators;
import org.residencedesk.testing.TestStation;

/**
 * Every public service method × every role, reads included, on a real station: each {@code @Requires} method
 * is called through reflection on the instance the composition root wires, once per role with an operator
 * signed in holding only that role, all other arguments null, zero or false. A role the matrix does not grant
 * the permission must get {@link PermissionDenied}; a role it grants must get past the check (a result, or any
 * other failure the empty arguments cause — ValidationFailure, NullPointerException…). Valid because the
 * check is the first statement ({@link ServiceAnnotationsTest}).
 */
class PermissionMatrixTest {
    @TempDir
    static Path dataDir;
    static AppContext ctx;
    static final Map<Role, Operator> ONLY = new EnumMap<>(Role.class);

    @BeforeAll
    static void open() {
        ctx = TestStation.open(dataDir, TestClock.at("2026-11-28T01:15:00Z"));
        for (Role role : Role.values()) {
            ONLY.put(role, TestOperators.signIn(ctx, "matrix" + role.ordinal(), "矩阵" + role.ordinal(), role));
        }
    }

    @AfterAll
    static void close() {
        ctx.close();
    }

    @Test
    void everyRoleIsRefusedExactlyWhereTheMatrixSaysSo() throws Exception {
        List<String> wrong = new ArrayList<>();
        int calls = 0;
        for (Class<?> service : ServiceClasses.checked()) {
            Optional<Object> instance = wired(service);
            List<Method> guarded = ServiceClasses.publicMethods(service).stream()
                    .filter(m -> m.isAnnotationPresent(Requires.class)).toList();
            if (guarded.isEmpty()) {
                continue;
            }
            assertThat(instance).as("%s is wired by the composition root", service.getSimpleName()).isPresent();
            for (Method m : guarded) {
                Permission needed = m.getAnnotation(Requires.class).value();
                for (Role role : Role.values()) {
                    Throwable outcome = call(instance.get(), m, ONLY.get(role));
                    calls++;
                    boolean denied = outcome instanceof PermissionDenied;
                    boolean granted = needed.roles().contains(role);
                    if (denied == granted) {
                        wrong.add(service.getSimpleName() + "." + m.getName() + " as " + role + " (" + needed + "): "
                                + (denied ? "refused" : "let through" + (outcome == null ? "" : " with " + outcome)));
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(calls).as("calls made").isGreaterThanOrEqualTo(40 * Role.values().length);
    }

    @Test
    void theMatrixKeepsTheAdministratorAwayFromPersonalData() {
        for (Permission p : List.of(Permission.REGISTRATION_SEARCH, Permission.REGISTRATION_VIEW,
                Permission.PERMIT_VIEW, Permission.EXPORT, Permission.CERTIFICATE_PRINT, Permission.DOCUMENT_OUTPUT)) {
            assertThat(p.roles()).as(p.name()).doesNotContain(Role.ADMIN);
        }
        assertThat(Arrays.stream(Permission.values()).filter(p -> p.roles().contains(Role.ADMIN)))
                .containsExactlyInAnyOrder(Permission.AUDIT_VIEW, Permission.AUDIT_ACKNOWLEDGE,
                        Permission.USERS_MANAGE, Permission.SETTINGS_MANAGE, Permission.BACKUP, Permission.DEMO_DATA,
                        Permission.SYNC_VIEW, Permission.SYNC_RUN, Permission.SETUP_STATUS_VIEW);
    }

    @Test
    void aGridWorkerCollectsButNeverConfirmsOrRegisters() {
        assertThat(Arrays.stream(Permission.values()).filter(p -> p.roles().contains(Role.GRID_WORKER)))
                .containsExactly(Permission.COLLECT, Permission.SETUP_STATUS_VIEW);
        Operator grid = ONLY.get(Role.GRID_WORKER);
        assertThat(grid.may(Permission.COLLECTION_CONFIRM)).isFalse();
        assertThat(grid.may(Permission.REGISTRATION_WRITE)).isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ctx.collectionQueue().confirm(grid, 1L,
                null, "核验过", null)).isInstanceOf(PermissionDenied.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ctx.collectionQueue().discard(grid, 1L, "重复"))
                .isInstanceOf(PermissionDenied.class);
    }

    /** The instance of {@code service} the composition root hands out, if any. */
    static Optional<Object> wired(Class<?> service) throws Exception {
        for (Method accessor : AppContext.class.getMethods()) {
            if (accessor.getParameterCount() == 0 && accessor.getReturnType().equals(service)
                    && !Modifier.isStatic(accessor.getModifiers())) {
                return Optional.of(accessor.invoke(ctx));
            }
        }
        return Optional.empty();
    }

    /** Calls {@code m} as {@code op} with empty arguments; what it threw, or null. */
    static Throwable call(Object target, Method m, Operator op) {
        Object[] args = new Object[m.getParameterCount()];
        Class<?>[] types = m.getParameterTypes();
        for (int i = 0; i < args.length; i++) {
            args[i] = types[i] == Operator.class ? op : empty(types[i]);
        }
        try {
            m.invoke(target, args);
            return null;
        } catch (InvocationTargetException e) {
            return e.getCause();
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }

    private static Object empty(Class<?> type) {
        if (type == boolean.class) {
            return false;
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == int.class) {
            return 0;
        }
        if (type == double.class) {
            return 0.0;
        }
        if (type.isPrimitive()) {
            throw new AssertionError("no empty value for " + type);
        }
        return null;
    }
}

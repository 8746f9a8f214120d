package org.residencedesk.service;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import org.residencedesk.domain.account.Permission;
import org.residencedesk.domain.account.Role;
import org.residencedesk.domain.permit.PermitAction;
import org.residencedesk.ui.permit.PermitTab;
import org.residencedesk.ui.shell.WorkArea;

/**
 * Renders docs/permissions.md from the code: the matrix ({@link Permission} with its Chinese name from the app
 * bundle and its roles), the service methods that need each permission ({@link Requires}), the permit steps and
 * the window's areas and tabs that name it, and the methods that honestly need none ({@link NoOperator}).
 */
final class PermissionsDocument {
    private static final ResourceBundle APP = ResourceBundle.getBundle("i18n.app");

    private PermissionsDocument() {
    }

    static String render() {
        Map<Permission, Set<String>> methods = new LinkedHashMap<>();
        Map<String, String> unguarded = new LinkedHashMap<>();
        for (Class<?> service : ServiceClasses.checked()) {
            for (Method m : ServiceClasses.publicMethods(service)) {
                String name = "`" + service.getSimpleName() + "." + m.getName() + "`";
                if (m.isAnnotationPresent(Requires.class)) {
                    methods.computeIfAbsent(m.getAnnotation(Requires.class).value(), p -> new LinkedHashSet<>()).add(name);
                } else if (m.isAnnotationPresent(NoOperator.class)) {
                    unguarded.merge(name, m.getAnnotation(NoOperator.class).value(), (a, b) -> a.equals(b) ? a : a + "; " + b);
                }
            }
        }
        StringBuilder md = new StringBuilder();
        md.append("# 权限矩阵 (permission matrix)\n\n");
        md.append("Generated from the code by `PermissionsDocument` (src/test/java/org/residencedesk/service): do not edit.\n");
        md.append("`PermissionsDocumentTest` fails when this file differs from the code; regenerate it with\n");
        md.append("`mvn -o test -Dtest=PermissionsDocumentTest -Dpermissions.write=true`.\n\n");
        md.append("Every public service method takes the signed-in operator and checks its permission as its first\n");
        md.append("statement (`@Requires`); `PermissionMatrixTest` calls each one for every role. The window hides the\n");
        md.append("areas, tabs and buttons a role lacks the permission for. An account may hold several roles; the\n");
        md.append("first administrator of a station gets only 管理员, which sees no personal data (docs/decisions/0150–0154).\n\n");
        md.append("## Roles × permissions\n\n");
        md.append("| Permission | 说明 |");
        for (Role r : Role.values()) {
            md.append(' ').append(APP.getString(r.labelKey())).append(" |");
        }
        md.append(" Service methods | Permit steps | Window |\n|---|---|");
        md.append("---|".repeat(Role.values().length)).append("---|---|---|\n");
        for (Permission p : Permission.values()) {
            md.append("| `").append(p.name()).append("` | ").append(APP.getString(p.labelKey())).append(" |");
            for (Role r : Role.values()) {
                md.append(p.roles().contains(r) ? " × |" : "  |");
            }
            md.append(' ').append(String.join(", ", methods.getOrDefault(p, Set.of()))).append(" |");
            md.append(' ').append(Arrays.stream(PermitAction.values())
                    .filter(a -> a.permission().filter(p::equals).isPresent())
                    .map(a -> "`" + a.name() + "`").collect(Collectors.joining(", "))).append(" |");
            List<String> window = new ArrayList<>();
            Arrays.stream(WorkArea.values()).filter(a -> a.permission() == p).forEach(a -> window.add("area `" + a + "`"));
            Arrays.stream(PermitTab.values()).filter(t -> t.permission() == p).forEach(t -> window.add("permit tab `" + t + "`"));
            md.append(' ').append(String.join(", ", window)).append(" |\n");
        }
        md.append("\n## Methods that need no permission\n\n");
        md.append("| Method | Why |\n|---|---|\n");
        unguarded.forEach((name, why) -> md.append("| ").append(name).append(" | ").append(why).append(" |\n"));
        return md.toString();
    }
}

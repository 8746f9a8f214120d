package org.residencedesk.ui.settings;

import java.time.Clock;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.residencedesk.domain.DateFormats;
import org.residencedesk.domain.account.Role;
import org.residencedesk.service.Operator;
import org.residencedesk.service.account.IdleLockSettings;
import org.residencedesk.service.account.NewUser;
import org.residencedesk.service.account.UserAdministration;
import org.residencedesk.service.account.UserSummary;
import org.residencedesk.ui.BackgroundWork;
import org.residencedesk.ui.FieldErrors;
import org.residencedesk.ui.Fxml;

/**
 * 用户管理: the list of accounts, a new account, and for the selected one 停用/启用, 重置密码 and its roles; plus
 * the idle time after which windows lock. Every call goes through the services off the FX thread (they check the
 * permission and audit). Testable without a window.
 */
public final class UserManagementViewModel {
    /** One row of the list, in Chinese. */
    public record Row(UserSummary user, String roles, String status, String mustChange, String lastLogin) {
        public String login() {
            return user.login();
        }

        public String displayName() {
            return user.displayName();
        }
    }

    final ObservableList<Row> rows = FXCollections.observableArrayList();
    final ObjectProperty<Row> selected = new SimpleObjectProperty<>();

    final StringProperty newLogin = new SimpleStringProperty("");
    final StringProperty newDisplayName = new SimpleStringProperty("");
    final Map<Role, BooleanProperty> newRoles = roleChoices();
    final StringProperty newPassword = new SimpleStringProperty("");
    final StringProperty newPasswordConfirm = new SimpleStringProperty("");
    final FieldErrors addErrors = new FieldErrors("login", "displayName", "roles", "password", "passwordConfirm",
            "form");

    final Map<Role, BooleanProperty> selectedRoles = roleChoices();
    final StringProperty resetPassword = new SimpleStringProperty("");
    final StringProperty resetPasswordConfirm = new SimpleStringProperty("");
    final FieldErrors selectedErrors = new FieldErrors("user", "roles", "password", "passwordConfirm", "form");

    final StringProperty idleMinutes = new SimpleStringProperty("");
    final FieldErrors idleErrors = new FieldErrors("idleMinutes");

    final StringProperty notice = new SimpleStringProperty("");
    final BooleanProperty busy = new SimpleBooleanProperty(false);

    private final UserAdministration users;
    private final IdleLockSettings idleLock;
    private final Operator operator;
    private final Clock clock;
    private final BackgroundWork work;

    public UserManagementViewModel(UserAdministration users, IdleLockSettings idleLock, Operator operator,
                                   Clock clock, BackgroundWork work) {
        this.users = users;
        this.idleLock = idleLock;
        this.operator = operator;
        this.clock = clock;
        this.work = work;
        selected.addListener((obs, old, row) -> showSelected(row));
    }

    private static Map<Role, BooleanProperty> roleChoices() {
        Map<Role, BooleanProperty> choices = new EnumMap<>(Role.class);
        for (Role r : Role.values()) {
            choices.put(r, new SimpleBooleanProperty(false));
        }
        return choices;
    }

    static String roleLabel(Role role) {
        return Fxml.text("users.role." + role.name());
    }

    /** Loads the list and the idle time (both audited reads of an administrator). */
    void refresh() {
        String keep = selected.get() == null ? null : selected.get().login();
        run(() -> new Loaded(users.list(operator), idleLock.minutes(operator)), loaded -> {
            show(loaded.users(), keep);
            idleMinutes.set(Integer.toString(loaded.idleMinutes()));
        }, selectedErrors);
    }

    void add() {
        char[] password = newPassword.get().toCharArray();
        char[] confirm = newPasswordConfirm.get().toCharArray();
        NewUser user = new NewUser(newLogin.get(), newDisplayName.get(), chosen(newRoles), password, confirm);
        run(() -> {
            UserSummary added = users.add(operator, user);
            return new Changed(added, users.list(operator));
        }, changed -> {
            newLogin.set("");
            newDisplayName.set("");
            newRoles.values().forEach(p -> p.set(false));
            notice.set(Fxml.text("users.notice.added", changed.user().login()));
            show(changed.all(), changed.user().login());
        }, addErrors);
        newPassword.set("");
        newPasswordConfirm.set("");
    }

    void disableSelected() {
        actOnSelected(login -> users.disable(operator, login), "users.notice.disabled");
    }

    void enableSelected() {
        actOnSelected(login -> users.enable(operator, login), "users.notice.enabled");
    }

    void saveSelectedRoles() {
        Set<Role> roles = chosen(selectedRoles);
        actOnSelected(login -> users.setRoles(operator, login, roles), "users.notice.rolesSaved");
    }

    void resetSelectedPassword() {
        char[] password = resetPassword.get().toCharArray();
        char[] confirm = resetPasswordConfirm.get().toCharArray();
        actOnSelected(login -> users.resetPassword(operator, login, password, confirm), "users.notice.passwordReset");
        resetPassword.set("");
        resetPasswordConfirm.set("");
    }

    void saveIdleMinutes() {
        String typed = idleMinutes.get() == null ? "" : idleMinutes.get().strip();
        int minutes;
        try {
            minutes = Integer.parseInt(typed);
        } catch (NumberFormatException e) {
            idleErrors.show(Map.of("idleMinutes", Fxml.text("users.idleLock.range.ui",
                    IdleLockSettings.MIN_MINUTES, IdleLockSettings.MAX_MINUTES)), "idleMinutes");
            return;
        }
        idleErrors.clear();
        busy.set(true);
        work.run(() -> {
            idleLock.change(operator, minutes);
            return minutes;
        }, saved -> {
            busy.set(false);
            notice.set(Fxml.text("users.notice.idleSaved", saved));
        }, invalid -> {
            busy.set(false);
            idleErrors.show(invalid.fieldMessages(), "idleMinutes");
        }, message -> {
            busy.set(false);
            idleErrors.show(Map.of("idleMinutes", message), "idleMinutes");
        });
    }

    private void actOnSelected(java.util.function.Function<String, UserSummary> action, String noticeKey) {
        Row row = selected.get();
        if (row == null) {
            selectedErrors.show(Map.of("user", Fxml.text("users.noSelection")), "user");
            return;
        }
        String login = row.login();
        run(() -> new Changed(action.apply(login), users.list(operator)), changed -> {
            notice.set(Fxml.text(noticeKey, login));
            show(changed.all(), login);
        }, selectedErrors);
    }

    private <T> void run(Supplier<T> call, java.util.function.Consumer<T> onDone, FieldErrors errors) {
        busy.set(true);
        notice.set("");
        addErrors.clear();
        selectedErrors.clear();
        work.run(call, result -> {
            busy.set(false);
            onDone.accept(result);
        }, invalid -> {
            busy.set(false);
            errors.show(invalid.fieldMessages(), "form");
        }, message -> {
            busy.set(false);
            errors.show(Map.of("form", message), "form");
        });
    }

    private void show(List<UserSummary> all, String select) {
        rows.setAll(all.stream().map(this::row).toList());
        selected.set(rows.stream().filter(r -> r.login().equals(select)).findFirst().orElse(null));
    }

    private void showSelected(Row row) {
        selectedRoles.forEach((role, p) -> p.set(row != null && row.user().roles().contains(role)));
        resetPassword.set("");
        resetPasswordConfirm.set("");
    }

    private Row row(UserSummary u) {
        String roles = EnumSet.copyOf(u.roles().isEmpty() ? EnumSet.noneOf(Role.class) : u.roles()).stream()
                .map(UserManagementViewModel::roleLabel).collect(Collectors.joining("、"));
        String status = Fxml.text(!u.active() ? "users.status.disabled"
                : u.locked() ? "users.status.locked" : "users.status.active");
        String mustChange = u.mustChangePassword() ? Fxml.text("users.mustChange") : "";
        String lastLogin = u.lastLoginAt() == null ? Fxml.text("users.neverSignedIn")
                : DateFormats.DATE_TIME_SECONDS.format(u.lastLoginAt().atZone(clock.getZone()));
        return new Row(u, roles, status, mustChange, lastLogin);
    }

    private static Set<Role> chosen(Map<Role, BooleanProperty> choices) {
        return choices.entrySet().stream().filter(e -> e.getValue().get()).map(Map.Entry::getKey)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    private record Loaded(List<UserSummary> users, int idleMinutes) {
    }

    private record Changed(UserSummary user, List<UserSummary> all) {
    }
}

package org.residencedesk.ui.settings;

import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import org.residencedesk.domain.account.Role;
import javafx.beans.property.BooleanProperty;
import org.residencedesk.ui.Fxml;

/** Thin FXML controller of 用户管理; state and rules live in {@link UserManagementViewModel}. */
public final class UserManagementView {
    @FXML private TableView<UserManagementViewModel.Row> userTable;
    @FXML private TableColumn<UserManagementViewModel.Row, String> loginColumn;
    @FXML private TableColumn<UserManagementViewModel.Row, String> nameColumn;
    @FXML private TableColumn<UserManagementViewModel.Row, String> rolesColumn;
    @FXML private TableColumn<UserManagementViewModel.Row, String> statusColumn;
    @FXML private TableColumn<UserManagementViewModel.Row, String> mustChangeColumn;
    @FXML private TableColumn<UserManagementViewModel.Row, String> lastLoginColumn;
    @FXML private TextField newLogin;
    @FXML private TextField newDisplayName;
    @FXML private FlowPane newRoles;
    @FXML private PasswordField newUserPassword;
    @FXML private PasswordField newUserPasswordConfirm;
    @FXML private Label newLoginError;
    @FXML private Label newDisplayNameError;
    @FXML private Label newRolesError;
    @FXML private Label newUserPasswordError;
    @FXML private Label newUserPasswordConfirmError;
    @FXML private Label addFormError;
    @FXML private FlowPane selectedRoles;
    @FXML private PasswordField resetPassword;
    @FXML private PasswordField resetPasswordConfirm;
    @FXML private Label selectedUserError;
    @FXML private Label selectedRolesError;
    @FXML private Label resetPasswordError;
    @FXML private Label resetPasswordConfirmError;
    @FXML private Label selectedFormError;
    @FXML private TextField idleMinutes;
    @FXML private Label idleMinutesError;
    @FXML private Label usersNotice;
    @FXML private Button addUserButton;

    private final UserManagementViewModel model;

    public UserManagementView(UserManagementViewModel model) {
        this.model = model;
    }

    public Parent load() {
        return Fxml.load(this);
    }

    @FXML
    private void initialize() {
        column(loginColumn, UserManagementViewModel.Row::login);
        column(nameColumn, UserManagementViewModel.Row::displayName);
        column(rolesColumn, UserManagementViewModel.Row::roles);
        column(statusColumn, UserManagementViewModel.Row::status);
        column(mustChangeColumn, UserManagementViewModel.Row::mustChange);
        column(lastLoginColumn, UserManagementViewModel.Row::lastLogin);
        userTable.setItems(model.rows);
        userTable.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> model.selected.set(row));
        model.selected.addListener((obs, old, row) -> {
            if (userTable.getSelectionModel().getSelectedItem() != row) {
                userTable.getSelectionModel().select(row);
            }
        });
        roleBoxes(newRoles, model.newRoles, "newRole");
        roleBoxes(selectedRoles, model.selectedRoles, "selectedRole");
        newLogin.textProperty().bindBidirectional(model.newLogin);
        newDisplayName.textProperty().bindBidirectional(model.newDisplayName);
        newUserPassword.textProperty().bindBidirectional(model.newPassword);
        newUserPasswordConfirm.textProperty().bindBidirectional(model.newPasswordConfirm);
        newLoginError.textProperty().bind(model.addErrors.of("login"));
        newDisplayNameError.textProperty().bind(model.addErrors.of("displayName"));
        newRolesError.textProperty().bind(model.addErrors.of("roles"));
        newUserPasswordError.textProperty().bind(model.addErrors.of("password"));
        newUserPasswordConfirmError.textProperty().bind(model.addErrors.of("passwordConfirm"));
        addFormError.textProperty().bind(model.addErrors.of("form"));
        resetPassword.textProperty().bindBidirectional(model.resetPassword);
        resetPasswordConfirm.textProperty().bindBidirectional(model.resetPasswordConfirm);
        selectedUserError.textProperty().bind(model.selectedErrors.of("user"));
        selectedRolesError.textProperty().bind(model.selectedErrors.of("roles"));
        resetPasswordError.textProperty().bind(model.selectedErrors.of("password"));
        resetPasswordConfirmError.textProperty().bind(model.selectedErrors.of("passwordConfirm"));
        selectedFormError.textProperty().bind(model.selectedErrors.of("form"));
        idleMinutes.textProperty().bindBidirectional(model.idleMinutes);
        idleMinutesError.textProperty().bind(model.idleErrors.of("idleMinutes"));
        usersNotice.textProperty().bind(model.notice);
        addUserButton.disableProperty().bind(model.busy);
        model.refresh();
    }

    private static void column(TableColumn<UserManagementViewModel.Row, String> column,
                               Function<UserManagementViewModel.Row, String> value) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    }

    private static void roleBoxes(FlowPane pane, Map<Role, BooleanProperty> choices, String idPrefix) {
        choices.forEach((role, chosen) -> {
            CheckBox box = new CheckBox(UserManagementViewModel.roleLabel(role));
            box.setId(idPrefix + "-" + role.name());
            box.selectedProperty().bindBidirectional(chosen);
            pane.getChildren().add(box);
        });
    }

    @FXML
    private void add() {
        model.add();
    }

    @FXML
    private void disable() {
        model.disableSelected();
    }

    @FXML
    private void enable() {
        model.enableSelected();
    }

    @FXML
    private void saveRoles() {
        model.saveSelectedRoles();
    }

    @FXML
    private void reset() {
        model.resetSelectedPassword();
    }

    @FXML
    private void saveIdleMinutes() {
        model.saveIdleMinutes();
    }

    @FXML
    private void refresh() {
        model.refresh();
    }
}

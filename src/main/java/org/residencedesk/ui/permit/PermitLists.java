package org.residencedesk.ui.permit;

import java.time.Clock;
import java.time.LocalDate;
import javafx.scene.control.TableView;
import org.residencedesk.domain.permit.PermitPolicy;
import org.residencedesk.service.permit.PermitListItem;
import org.residencedesk.ui.IdReveal;
import org.residencedesk.ui.PersonActions;
import org.residencedesk.ui.PersonNavigation;
import org.residencedesk.ui.Tables;

/**
 * What every permit list of an area shares: revealed ID numbers (audited), the person keys and menus, and the
 * overdue marks as of today (ADR 0180).
 */
public final class PermitLists {
    private final IdReveal reveal;
    private final Clock clock;
    private final PermitPolicy policy;
    private PersonNavigation navigation = PersonNavigation.NONE;

    public PermitLists(IdReveal reveal, Clock clock, PermitPolicy policy) {
        this.reveal = reveal;
        this.clock = clock;
        this.policy = policy;
    }

    /** Where the person keys lead (the shell); before the area is loaded. */
    public void navigateWith(PersonNavigation target) {
        this.navigation = target;
    }

    IdReveal reveal() {
        return reveal;
    }

    /** The status cell: the status, and the overdue marker in words when the row is overdue. */
    String statusText(PermitListItem item) {
        String status = org.residencedesk.domain.permit.PermitMessages.label(item.permit().status());
        return OverdueRows.marker(item.permit(), LocalDate.now(clock), policy)
                .map(key -> status + " · " + PermitFxml.text(key)).orElse(status);
    }

    boolean overdue(PermitListItem item) {
        return OverdueRows.marker(item.permit(), LocalDate.now(clock), policy).isPresent();
    }

    /** Overdue rows marked, the person keys and 显示证件号码 on {@code table}; problems go to {@code onFailure}. */
    void decorate(TableView<PermitListItem> table, java.util.function.Consumer<String> onFailure) {
        Tables.highlight(table, this::overdue);
        PersonActions.install(table, PersonActions.of(() -> table.getSelectionModel().getSelectedItem(),
                PermitLists::person), navigation, () -> {
                    PermitListItem item = table.getSelectionModel().getSelectedItem();
                    if (item == null) {
                        onFailure.accept(PermitFxml.text("permitui.selectFirst"));
                    } else {
                        reveal.reveal(item.permit().registrationId(), onFailure);
                    }
                });
    }

    static PersonNavigation.Person person(PermitListItem item) {
        return new PersonNavigation.Person(item.permit().personId(), item.permit().registrationId(), item.name());
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}

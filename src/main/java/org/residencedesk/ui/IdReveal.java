package org.residencedesk.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.residencedesk.service.Operator;
import org.residencedesk.service.registration.RegistrationService;

/**
 * Masked ID numbers in a list, shown in full for a row on an explicit, audited request (显示证件号码,
 * Ctrl+Shift+X; ADR 0180). The full numbers live only in this object, for the rows revealed, until
 * {@link #forget}.
 */
public final class IdReveal {
    private final RegistrationService registrations;
    private final Operator operator;
    private final BackgroundWork work;
    private final ObservableMap<Long, String> revealed = FXCollections.observableHashMap();

    public IdReveal(RegistrationService registrations, Operator operator, BackgroundWork work) {
        this.registrations = registrations;
        this.operator = operator;
        this.work = work;
    }

    /** Asks the service for the full number of {@code registrationId}'s person (audited); problems to {@code onFailure}. */
    public void reveal(long registrationId, java.util.function.Consumer<String> onFailure) {
        work.run(() -> registrations.revealIdNumber(operator, registrationId), full -> revealed.put(registrationId, full),
                invalid -> onFailure.accept(String.join("；", invalid.fieldMessages().values())), onFailure);
    }

    /** The text of a row's ID cell: the full number once revealed, else the masked one. */
    public StringBinding text(Long registrationId, String masked) {
        return Bindings.createStringBinding(() -> registrationId == null ? masked
                : revealed.getOrDefault(registrationId, masked), revealed);
    }

    public boolean isRevealed(long registrationId) {
        return revealed.containsKey(registrationId);
    }

    /** A new list: what was revealed is no longer shown. */
    public void forget() {
        revealed.clear();
    }
}

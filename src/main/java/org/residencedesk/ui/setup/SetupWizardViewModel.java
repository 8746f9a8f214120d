package org.residencedesk.ui.setup;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import org.residencedesk.domain.station.Station;
import org.residencedesk.service.AuthenticationService;
import org.residencedesk.service.Operator;

/**
 * The first-run wizard's order (ADR 0315): 站点 → 管理员 → 读卡器 → 打印机 → 平台 → 备份. Steps 1–2 are required and
 * the station exists once step 2 is done (so 上一步 never reopens them after that); steps 3–6 run as the new
 * administrator, signed in through the real sign-in, and each may be skipped. After the last step the administrator
 * is signed out and the login screen follows. Testable without a window.
 */
public final class SetupWizardViewModel {
    private static final SetupStep[] ORDER = SetupStep.values();

    private final ObjectProperty<SetupStep> current = new SimpleObjectProperty<>(SetupStep.STATION);
    private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canSkip = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper last = new ReadOnlyBooleanWrapper(false);
    /** True while the current step (or the demo station) works: the buttons wait. */
    final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanProperty demoBusy = new SimpleBooleanProperty(false);
    /** A failure that belongs to no field (the demo station, signing out). */
    final StringProperty formError = new SimpleStringProperty("");

    private final Map<SetupStep, WizardStep> steps = new EnumMap<>(SetupStep.class);
    private final List<SetupStep> skipped = new ArrayList<>();
    private final StationStepViewModel station;
    private final AdminStepViewModel admin;
    private final Function<Operator, Map<SetupStep, WizardStep>> laterSteps;
    private final AuthenticationService authentication;
    private final Supplier<Station> demoStation;
    private final org.residencedesk.ui.BackgroundWork work;
    private final Consumer<Station> onDone;

    /**
     * @param laterSteps builds steps 3–6 for the administrator created in step 2
     * @param onDone     receives the station once the wizard is finished (or the demo station is made)
     */
    public SetupWizardViewModel(StationStepViewModel station, AdminStepViewModel admin,
                                Function<Operator, Map<SetupStep, WizardStep>> laterSteps,
                                AuthenticationService authentication, Supplier<Station> demoStation,
                                org.residencedesk.ui.BackgroundWork work, Consumer<Station> onDone) {
        this.station = station;
        this.admin = admin;
        this.laterSteps = laterSteps;
        this.authentication = authentication;
        this.demoStation = demoStation;
        this.work = work;
        this.onDone = onDone;
        steps.put(SetupStep.STATION, station);
        steps.put(SetupStep.ADMIN, admin);
        current.addListener((obs, old, now) -> follow(now));
        follow(SetupStep.STATION);
    }

    private void follow(SetupStep step) {
        canGoBack.set(step.ordinal() > 0 && step != SetupStep.CARD_READER);
        canSkip.set(step.skippable());
        last.set(step.ordinal() == ORDER.length - 1);
        busy.unbind();
        ObservableBooleanValue stepBusy = steps.get(step).busy();
        busy.bind(Bindings.or(stepBusy, demoBusy));
    }

    public ReadOnlyObjectProperty<SetupStep> current() {
        return current;
    }

    public ReadOnlyBooleanProperty canGoBack() {
        return canGoBack.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canSkip() {
        return canSkip.getReadOnlyProperty();
    }

    /** The current step is the last: 下一步 reads 完成. */
    public ReadOnlyBooleanProperty last() {
        return last.getReadOnlyProperty();
    }

    /** The step's view model; steps 3–6 exist once step 2 created the station. */
    public WizardStep step(SetupStep step) {
        WizardStep s = steps.get(step);
        if (s == null) {
            throw new IllegalStateException("step " + step + " comes after the station is created");
        }
        return s;
    }

    StationStepViewModel station() {
        return station;
    }

    AdminStepViewModel admin() {
        return admin;
    }

    /** The skippable steps passed over with 跳过, in order. */
    public List<SetupStep> skipped() {
        return List.copyOf(skipped);
    }

    /** 下一步 (Enter): the step checks and applies its input, then the next step shows. */
    public void next() {
        if (busy.get()) {
            return;
        }
        SetupStep step = current.get();
        steps.get(step).next(() -> advance(step, false));
    }

    /** 跳过: steps 3–6 only; nothing of the step is saved (done later in 系统设置). */
    public void skip() {
        SetupStep step = current.get();
        if (!step.skippable() || busy.get()) {
            return;
        }
        advance(step, true);
    }

    /** 上一步 (Esc) where safe: never back into steps 1–2 once the station exists. */
    public void back() {
        if (canGoBack.get() && !busy.get()) {
            current.set(ORDER[current.get().ordinal() - 1]);
        }
    }

    private void advance(SetupStep from, boolean skippedIt) {
        if (current.get() != from) {
            return; // already moved on
        }
        skipped.remove(from); // done after an earlier 跳过: no longer left for later
        if (skippedIt) {
            skipped.add(from);
            skipped.sort(java.util.Comparator.naturalOrder());
        }
        if (from == SetupStep.ADMIN) {
            Operator administrator = admin.created().orElseThrow().administrator();
            steps.putAll(laterSteps.apply(administrator));
        }
        if (from.ordinal() == ORDER.length - 1) {
            finish();
        } else {
            current.set(ORDER[from.ordinal() + 1]);
        }
    }

    private void finish() {
        AdminStepViewModel.Created created = admin.created().orElseThrow();
        demoBusy.set(true);
        work.run(() -> {
            authentication.logout(created.administrator());
            return created.station();
        }, s -> onDone.accept(s), invalid -> onDone.accept(created.station()), message -> {
            demoBusy.set(false);
            formError.set(message);
        });
    }

    /** 进入演示模式: the demo station with its synthetic people; the wizard ends there. */
    public void demo() {
        if (busy.get() || current.get() != SetupStep.STATION) {
            return;
        }
        demoBusy.set(true);
        formError.set("");
        work.run(demoStation, onDone, invalid -> {
            demoBusy.set(false);
            formError.set(String.join("；", invalid.fieldMessages().values()));
        }, message -> {
            demoBusy.set(false);
            formError.set(message);
        });
    }
}

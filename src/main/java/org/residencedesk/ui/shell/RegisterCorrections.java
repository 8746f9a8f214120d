package org.residencedesk.ui.shell;

import java.util.function.Consumer;
import java.util.function.Supplier;
import org.residencedesk.ui.outflow.OutflowAreaViewModel;
import org.residencedesk.ui.register.RegisterAreaView;
import org.residencedesk.ui.sync.RecordNavigation;

/**
 * 打开更正 for the registers (ADR 0374): a rejected HOUSE_* event opens that house in 登记簿 · 房屋 with its 变更 form,
 * an EMPLOYER_* event that employer in 登记簿 · 单位, an OUTFLOW_* event that period in 流出人口's entry form. The
 * event's local id is the house code, the credit code or the period's id (as the register services queue them).
 */
final class RegisterCorrections implements RecordNavigation {
    static final String HOUSE = "HOUSE";
    static final String EMPLOYER = "EMPLOYER";
    static final String OUTFLOW = "OUTFLOW";

    private final Supplier<MainView> main;
    private final MainViewModel areas;
    private final RegisterAreaView registers;
    private final OutflowAreaViewModel outflow;

    /** {@code registers} is null for an operator without the 登记簿 area. */
    RegisterCorrections(Supplier<MainView> main, MainViewModel areas, RegisterAreaView registers,
                        OutflowAreaViewModel outflow) {
        this.main = main;
        this.areas = areas;
        this.registers = registers;
        this.outflow = outflow;
    }

    @Override
    public boolean offers(String aggregateType) {
        return switch (aggregateType) {
            case HOUSE, EMPLOYER -> registers != null && areas.areas().contains(WorkArea.REGISTER);
            case OUTFLOW -> areas.areas().contains(WorkArea.OUTFLOW);
            default -> false;
        };
    }

    @Override
    public void open(String aggregateType, String aggregateId, Runnable notFound, Consumer<String> problem) {
        if (!offers(aggregateType)) {
            return;
        }
        // the 同步 screen says the record is missing: back to it
        Runnable missing = () -> {
            main.get().show(WorkArea.SYNC);
            notFound.run();
        };
        switch (aggregateType) {
            case HOUSE -> {
                main.get().show(WorkArea.REGISTER);
                registers.correctHouse(aggregateId, missing);
            }
            case EMPLOYER -> {
                main.get().show(WorkArea.REGISTER);
                registers.correctEmployer(aggregateId, missing);
            }
            default -> {
                main.get().show(WorkArea.OUTFLOW);
                outflow.correct(aggregateId, missing);
            }
        }
    }
}

package org.residencedesk.domain.collection;

/** Who collected the rows outside the window: 房东, 用人单位, 网格员. Stored by name. */
public enum CollectorKind {
    LANDLORD, EMPLOYER, GRID_WORKER;

    public String labelKey() {
        return "collection.collector." + name();
    }
}

package org.residencedesk.domain.outflow;

/** Why an outflow period ended (返回原因); the Chinese name is {@code outflow.returnReason.<NAME>} in the app bundle. */
public enum ReturnReason {
    /** 返乡居住. */
    RETURNED_HOME,
    /** 流入地注销居住登记 (an OUTFLOW_NOTICE "LEFT" from the platform). */
    LEFT_DESTINATION,
    /** 户口迁出. */
    HUKOU_MOVED_OUT,
    /** 死亡. */
    DECEASED,
    /** 其他. */
    OTHER;

    public String labelKey() {
        return "outflow.returnReason." + name();
    }
}

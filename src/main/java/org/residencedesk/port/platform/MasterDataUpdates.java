package org.residencedesk.port.platform;

/**
 * The running master data, told about a table the platform pushed (MASTER_DATA_UPDATED, ADR 0266): from then on
 * every look-up and validation consults that version before the packaged one. Called after the table committed,
 * and at start for every stored table. The rows were validated before.
 */
public interface MasterDataUpdates {
    void install(MasterDataTable table);

    /** No running master data to tell (tools, tests of other things). */
    static MasterDataUpdates none() {
        return table -> { };
    }
}

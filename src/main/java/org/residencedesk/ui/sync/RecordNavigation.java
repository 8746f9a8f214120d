package org.residencedesk.ui.sync;

/**
 * From a rejected event on the 同步 screen to its record, opened for correction in the record's own area (ADR 0307):
 * a registration in 居住登记 (变更), a permit in 居住证 with its holder's permits. The shell implements it with its
 * person keys (ADR 0180); saving the corrected record queues its correcting event, which the next run sends.
 */
public interface RecordNavigation {
    /**
     * Opens the record an event names by {@code aggregateType} and its local id; {@code notFound} runs when this
     * station has no such record, {@code problem} receives any other failure's Chinese message (both on the FX thread).
     */
    void open(String aggregateType, String aggregateId, Runnable notFound,
              java.util.function.Consumer<String> problem);

    /** Whether this operator can open records of {@code aggregateType} (other rows offer no action). */
    boolean offers(String aggregateType);

    /** For the screen shown without a shell: nothing is offered. */
    RecordNavigation NONE = new RecordNavigation() {
        @Override
        public void open(String aggregateType, String aggregateId, Runnable notFound,
                         java.util.function.Consumer<String> problem) {
        }

        @Override
        public boolean offers(String aggregateType) {
            return false;
        }
    };
}

package org.residencedesk.device.idcard;

/** The transport broke (port vanished or closed). Never leaves the device package. */
public class TransportException extends Exception {
    private final ReadErrorCode code;

    public TransportException(ReadErrorCode code, String detail) {
        super(detail);
        this.code = code;
    }

    public ReadErrorCode code() {
        return code;
    }
}

package org.residencedesk.device.idcard;

/** Opens a transport to a reader; called again after every disconnect. */
@FunctionalInterface
public interface ReaderConnector {
    ReaderTransport connect() throws TransportException;
}

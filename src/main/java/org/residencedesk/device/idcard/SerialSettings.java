package org.residencedesk.device.idcard;

import com.fazecast.jSerialComm.SerialPort;

/** Line settings; the SAM modules default to 115200 8N1. */
public record SerialSettings(int baudRate, int dataBits, int stopBits, int parity) {
    public static final SerialSettings DEFAULT =
            new SerialSettings(115200, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);

    public SerialSettings withBaudRate(int baud) {
        return new SerialSettings(baud, dataBits, stopBits, parity);
    }
}

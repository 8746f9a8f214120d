package org.residencedesk.device.idcard;

import java.util.Optional;

/** The SAM commands this client uses (GA/T 467), each a CMD byte plus a parameter byte. */
public enum Command {
    RESET_SAM(0x10, 0xFF),
    SAM_STATUS(0x11, 0xFF),
    SAM_ID(0x12, 0xFF),
    FIND_CARD(0x20, 0x01),
    SELECT_CARD(0x20, 0x02),
    READ_BASE_INFO(0x30, 0x01),
    READ_NEWEST_ADDRESS(0x30, 0x03);

    private final byte cmd;
    private final byte para;

    Command(int cmd, int para) {
        this.cmd = (byte) cmd;
        this.para = (byte) para;
    }

    public byte cmd() {
        return cmd;
    }

    public byte para() {
        return para;
    }

    /** The request payload (bytes between LEN and CHK). */
    public byte[] payload() {
        return new byte[] {cmd, para};
    }

    public static Optional<Command> of(byte cmd, byte para) {
        for (Command c : values()) {
            if (c.cmd == cmd && c.para == para) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}

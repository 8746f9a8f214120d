package org.residencedesk.device.idcard.sim;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.residencedesk.device.idcard.BaseInfo;
import org.residencedesk.device.idcard.Command;
import org.residencedesk.device.idcard.Frame;
import org.residencedesk.device.idcard.FrameDecoder;
import org.residencedesk.device.idcard.Reply;
import org.residencedesk.device.idcard.Sw3;
import org.residencedesk.domain.card.IdCardData;

/**
 * A SAM reader in software: decodes request frames, answers them like a real module (find 9F/80,
 * select 90/81, base info, newest address 91) for the card currently "placed", and applies injected
 * faults to chosen replies. Hosted on a pseudo-terminal ({@link PtyReaderSimulator}) or in-process
 * ({@link InMemoryReaderLine}).
 */
public final class ReaderSimulator {
    /** Noise sent by {@link Fault#GARBAGE_BEFORE}: contains a broken preamble on purpose. */
    static final byte[] GARBAGE = {0x00, 0x13, (byte) 0xAA, 0x55, (byte) 0xAA, (byte) 0xAA, (byte) 0xAA, (byte) 0x96, 0x00};
    private static final byte[] SAM_ID = {0x05, 0x00, 0x01, 0x00, 0x20, 0x24, 0x01, 0x15, 0x00, 0x00, 0x12, 0x34,
        0x00, 0x00, 0x56, 0x78};

    /** A reply as a sequence of writes; several pieces when split. */
    public record Output(List<byte[]> pieces, boolean split) {
        public static Output none() {
            return new Output(List.of(), false);
        }
    }

    private final FrameDecoder decoder = FrameDecoder.forRequests();
    private final CardTextEncoder encoder = new CardTextEncoder();
    private final Map<Command, Deque<Fault>> faultsByCommand = new EnumMap<>(Command.class);
    private final Deque<Fault> faultsForAny = new ArrayDeque<>();
    private IdCardData placedCard;
    private boolean selected;
    private long emptyFinds;

    public synchronized void placeCard(IdCardData card) {
        placedCard = card;
        selected = false;
    }

    public synchronized void removeCard() {
        placedCard = null;
        selected = false;
    }

    public synchronized Optional<IdCardData> placedCard() {
        return Optional.ofNullable(placedCard);
    }

    /** How many "find card" requests found the reader empty so far; tests wait on it instead of sleeping. */
    public synchronized long emptyFindCount() {
        return emptyFinds;
    }

    /** The next reply to {@code command} suffers {@code fault} (faults queue up in order). */
    public synchronized void injectFault(Command command, Fault fault) {
        faultsByCommand.computeIfAbsent(command, c -> new ArrayDeque<>()).add(fault);
    }

    /** The next reply to any command suffers {@code fault}. */
    public synchronized void injectFault(Fault fault) {
        faultsForAny.add(fault);
    }

    public synchronized void clearFaults() {
        faultsByCommand.clear();
        faultsForAny.clear();
    }

    /** Feeds bytes received from the host; returns what to send back, in order. */
    public synchronized List<Output> receive(byte[] data, int offset, int length) {
        List<Output> outputs = new ArrayList<>();
        for (FrameDecoder.Event event : decoder.feed(data, offset, length)) {
            if (event instanceof FrameDecoder.Decoded decoded) {
                outputs.add(answer(decoded.frame()));
            } else {
                outputs.add(plain(Reply.of(Sw3.RECEIVED_CHECKSUM_ERROR, new byte[0])));
            }
        }
        return outputs;
    }

    private Output answer(Frame request) {
        byte[] p = request.payload();
        Optional<Command> command = p.length >= 2 ? Command.of(p[0], p[1]) : Optional.empty();
        if (command.isEmpty()) {
            return plain(Reply.of(Sw3.RECEIVED_COMMAND_ERROR, new byte[0]));
        }
        Reply reply = replyTo(command.get());
        Fault fault = nextFault(command.get());
        return fault == null ? plain(reply) : withFault(reply.toFrame().encode(), fault);
    }

    private Reply replyTo(Command command) {
        return switch (command) {
            case RESET_SAM, SAM_STATUS -> Reply.of(Sw3.OK, new byte[0]);
            case SAM_ID -> Reply.of(Sw3.OK, SAM_ID);
            case FIND_CARD -> findCard();
            case SELECT_CARD -> select();
            case READ_BASE_INFO -> readBaseInfo();
            case READ_NEWEST_ADDRESS -> placedCard == null || !selected
                    ? Reply.of(Sw3.READ_FAILED, new byte[0])
                    : Reply.of(Sw3.NO_CONTENT, new byte[0]);
        };
    }

    private Reply findCard() {
        if (placedCard == null) {
            emptyFinds++;
            return Reply.of(Sw3.FIND_CARD_FAILED, new byte[0]);
        }
        return Reply.of(Sw3.CARD_FOUND, new byte[] {0, 0, 0, 0});
    }

    private Reply select() {
        if (placedCard == null) {
            return Reply.of(Sw3.SELECT_CARD_FAILED, new byte[0]);
        }
        selected = true;
        return Reply.of(Sw3.OK, new byte[8]);
    }

    private Reply readBaseInfo() {
        if (placedCard == null || !selected) {
            return Reply.of(Sw3.READ_FAILED, new byte[0]);
        }
        byte[] photo = Arrays.copyOf(placedCard.photo().bytes(), BaseInfo.PHOTO_LENGTH);
        return Reply.of(Sw3.OK, new BaseInfo(encoder.encode(placedCard), photo).encode());
    }

    private Fault nextFault(Command command) {
        Deque<Fault> specific = faultsByCommand.get(command);
        if (specific != null && !specific.isEmpty()) {
            return specific.poll();
        }
        return faultsForAny.poll();
    }

    private static Output plain(Reply reply) {
        return new Output(List.of(reply.toFrame().encode()), false);
    }

    static Output withFault(byte[] frame, Fault fault) {
        return switch (fault) {
            case CORRUPT_CHECKSUM -> {
                byte[] bad = frame.clone();
                bad[bad.length - 1] ^= 0x5A;
                yield new Output(List.of(bad), false);
            }
            case TRUNCATE -> new Output(List.of(Arrays.copyOf(frame, frame.length / 2)), false);
            case SILENCE -> Output.none();
            case GARBAGE_BEFORE -> {
                byte[] noisy = new byte[GARBAGE.length + frame.length];
                System.arraycopy(GARBAGE, 0, noisy, 0, GARBAGE.length);
                System.arraycopy(frame, 0, noisy, GARBAGE.length, frame.length);
                yield new Output(List.of(noisy), false);
            }
            case SPLIT_WRITES -> new Output(split(frame), true);
        };
    }

    /** Cuts inside the preamble, inside LEN and in the data, where naive readers break. */
    private static List<byte[]> split(byte[] frame) {
        int[] cuts = {2, 6, Math.max(7, frame.length / 2)};
        List<byte[]> pieces = new ArrayList<>();
        int from = 0;
        for (int cut : cuts) {
            if (cut > from && cut < frame.length) {
                pieces.add(Arrays.copyOfRange(frame, from, cut));
                from = cut;
            }
        }
        pieces.add(Arrays.copyOfRange(frame, from, frame.length));
        return pieces;
    }
}

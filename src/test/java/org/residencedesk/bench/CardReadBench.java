package org.residencedesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.residencedesk.device.idcard.BaseInfo;
import org.residencedesk.device.idcard.CardReadOutcome;
import org.residencedesk.device.idcard.CardReadSequence;
import org.residencedesk.device.idcard.Command;
import org.residencedesk.device.idcard.FrameDecoder;
import org.residencedesk.device.idcard.ReaderLink;
import org.residencedesk.device.idcard.Reply;
import org.residencedesk.device.idcard.SerialSettings;
import org.residencedesk.device.idcard.SerialTransport;
import org.residencedesk.device.idcard.SocatPtyPair;
import org.residencedesk.device.idcard.Sw3;
import org.residencedesk.device.idcard.sim.CardTextEncoder;
import org.residencedesk.device.idcard.sim.DemoCards;
import org.residencedesk.device.idcard.sim.PtyReaderSimulator;
import org.residencedesk.device.idcard.sim.ReaderSimulator;
import org.residencedesk.domain.card.IdCardData;

/**
 * Card-read latency. Rows:
 * <ol>
 *   <li>last byte of a read-base-info reply → parsed card (decoder + parser, in process);</li>
 *   <li>floor: raw pty round trip of a 10-byte SAM-status exchange;</li>
 *   <li>full find → select → read over the pty (1295-byte reply at 115200 baud nominal).</li>
 * </ol>
 * A pty does not throttle to the configured baud rate, so row 3 is the software cost; on a real
 * 115200-baud reader the 1295-byte reply alone takes ~112 ms on the wire.
 * Run: {@code mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt} then
 * {@code java -cp target/classes:target/test-classes:$(cat /tmp/cp.txt) org.residencedesk.bench.CardReadBench}.
 */
public final class CardReadBench {
    private static final int WARMUP = 200;
    private static final int RUNS = 300;

    public static void main(String[] args) throws Exception {
        List<IdCardData> cards = DemoCards.fromClasspath();
        IdCardData card = cards.get(1);
        byte[] text = new CardTextEncoder().encode(card);
        byte[] reply = Reply.of(Sw3.OK, new BaseInfo(text, card.photo().bytes()).encode()).toFrame().encode();

        long[] parse = measureParse(reply, WARMUP * 10, RUNS * 10);

        Path dir = Files.createTempDirectory("card-bench");
        long[] roundTrip;
        long[] fullRead;
        try (SocatPtyPair pty = SocatPtyPair.start(dir)) {
            ReaderSimulator simulator = new ReaderSimulator();
            simulator.placeCard(card);
            try (PtyReaderSimulator host = PtyReaderSimulator.start(simulator, pty.simulatorEnd());
                 ReaderLink link = new ReaderLink(SerialTransport.open(pty.clientEnd(), SerialSettings.DEFAULT), 1000)) {
                roundTrip = measure(() -> link.send(Command.SAM_STATUS) instanceof ReaderLink.Replied, WARMUP / 4, RUNS);
                CardReadSequence sequence = new CardReadSequence(link);
                fullRead = measure(() -> sequence.readOnce() instanceof CardReadOutcome.CardRead, WARMUP / 10, RUNS / 3);
            }
        }
        System.out.println("| measurement | runs | median µs | p95 µs |");
        System.out.println("|---|---:|---:|---:|");
        row("last reply byte → parsed card (decode + parse, 1295 B)", parse);
        row("floor: raw pty round trip, SAM status (10 B each way)", roundTrip);
        row("find → select → read base info over pty", fullRead);
    }

    private static long[] measureParse(byte[] reply, int warmup, int runs) {
        CardReadSequence parser = new CardReadSequence(null);
        FrameDecoder decoder = FrameDecoder.forReplies();
        byte[] head = Arrays.copyOf(reply, reply.length - 1);
        byte[] last = {reply[reply.length - 1]};
        long[] times = new long[runs];
        for (int i = 0; i < warmup + runs; i++) {
            decoder.reset();
            decoder.feed(head);
            long start = System.nanoTime();
            var events = decoder.feed(last);
            Reply r = Reply.of(((FrameDecoder.Decoded) events.get(0)).frame()).orElseThrow();
            CardReadOutcome outcome = parser.parse(r.data());
            long elapsed = System.nanoTime() - start;
            if (!(outcome instanceof CardReadOutcome.CardRead)) {
                throw new IllegalStateException("parse failed");
            }
            if (i >= warmup) {
                times[i - warmup] = elapsed;
            }
        }
        return times;
    }

    interface Step {
        boolean run();
    }

    private static long[] measure(Step step, int warmup, int runs) {
        long[] times = new long[runs];
        for (int i = 0; i < warmup + runs; i++) {
            long start = System.nanoTime();
            boolean ok = step.run();
            long elapsed = System.nanoTime() - start;
            if (!ok) {
                throw new IllegalStateException("exchange failed in run " + i);
            }
            if (i >= warmup) {
                times[i - warmup] = elapsed;
            }
        }
        return times;
    }

    private static void row(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("| %s | %d | %.1f | %.1f |%n", what, sorted.length,
                sorted[sorted.length / 2] / 1000.0, sorted[(int) (sorted.length * 0.95)] / 1000.0);
    }
}

package org.residencedesk.device.idcard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.residencedesk.device.idcard.sim.DemoCards;
import org.residencedesk.device.idcard.sim.Fault;
import org.residencedesk.device.idcard.sim.PtyReaderSimulator;
import org.residencedesk.device.idcard.sim.ReaderSimulator;
import org.residencedesk.domain.card.IdCardData;
import org.residencedesk.testing.Await;

/** The jSerialComm transport against the simulator over a real socat pseudo-terminal pair. */
@Timeout(20)
class SerialPtyIntegrationTest {
    private static final int REPLY_TIMEOUT_MILLIS = 400;

    @TempDir
    Path dir;

    private SocatPtyPair pty;
    private ReaderSimulator simulator;
    private PtyReaderSimulator host;
    private ReaderLink link;
    private final List<IdCardData> cards = DemoCards.fromClasspath();

    @BeforeEach
    void connect() throws Exception {
        pty = SocatPtyPair.start(dir);
        simulator = new ReaderSimulator();
        host = PtyReaderSimulator.start(simulator, pty.simulatorEnd());
        link = new ReaderLink(SerialTransport.open(pty.clientEnd(), SerialSettings.DEFAULT), REPLY_TIMEOUT_MILLIS);
    }

    @AfterEach
    void disconnect() throws Exception {
        if (link != null) {
            link.close();
        }
        if (host != null) {
            host.close();
        }
        if (pty != null) {
            pty.close();
        }
    }

    @Test
    void readsEveryDemoCardOverThePty() {
        CardReadSequence sequence = new CardReadSequence(link);
        assertThat(sequence.samResponds()).isTrue();
        for (IdCardData card : cards) {
            simulator.placeCard(card);
            assertThat(sequence.readOnce()).isEqualTo(new CardReadOutcome.CardRead(card));
        }
    }

    @Test
    void emptyReaderMeansNoCard() {
        assertThat(new CardReadSequence(link).readOnce()).isInstanceOf(CardReadOutcome.NoCard.class);
    }

    @Test
    void newestAddressAnswersNothingOnCard() {
        simulator.placeCard(cards.get(0));
        new CardReadSequence(link).readOnce();
        ReaderLink.Outcome outcome = link.send(Command.READ_NEWEST_ADDRESS);
        assertThat(outcome).isInstanceOfSatisfying(ReaderLink.Replied.class,
                r -> assertThat(r.reply().is(Sw3.NO_CONTENT)).isTrue());
    }

    @ParameterizedTest
    @EnumSource(value = Fault.class, names = {"GARBAGE_BEFORE", "SPLIT_WRITES"})
    void noiseAndSplitRepliesStillReadTheCard(Fault fault) {
        IdCardData card = cards.get(1);
        simulator.placeCard(card);
        simulator.injectFault(Command.FIND_CARD, fault);
        simulator.injectFault(Command.READ_BASE_INFO, fault);
        assertThat(new CardReadSequence(link).readOnce()).isEqualTo(new CardReadOutcome.CardRead(card));
    }

    @Test
    void corruptedChecksumIsReportedAsChecksumError() {
        assertFailure(Fault.CORRUPT_CHECKSUM, ReadErrorCode.CHECKSUM_ERROR);
    }

    @Test
    void truncatedReplyIsReportedAsTruncated() {
        assertFailure(Fault.TRUNCATE, ReadErrorCode.TRUNCATED_REPLY);
    }

    @Test
    void silenceIsReportedAsTimeout() {
        assertFailure(Fault.SILENCE, ReadErrorCode.TIMEOUT);
    }

    @Test
    void theLinkRecoversAfterAFault() {
        IdCardData card = cards.get(0);
        simulator.placeCard(card);
        simulator.injectFault(Command.READ_BASE_INFO, Fault.TRUNCATE);
        CardReadSequence sequence = new CardReadSequence(link);
        assertThat(sequence.readOnce()).isInstanceOf(CardReadOutcome.Failure.class);
        assertThat(sequence.readOnce()).isEqualTo(new CardReadOutcome.CardRead(card));
    }

    @Test
    void aRequestWithABadChecksumIsAnsweredWithStatus10() throws Exception {
        byte[] bad = Frame.request(Command.SAM_STATUS).encode();
        bad[bad.length - 1] ^= 1;
        ReaderTransport transport = link.transport();
        transport.write(bad);
        FrameDecoder decoder = FrameDecoder.forReplies();
        byte[] buffer = new byte[64];
        List<FrameDecoder.Event> events = List.of();
        long deadline = System.nanoTime() + 2_000_000_000L;
        while (events.isEmpty() && System.nanoTime() < deadline) {
            int n = transport.read(buffer, 200);
            events = decoder.feed(buffer, 0, n);
        }
        assertThat(events).singleElement().isInstanceOfSatisfying(FrameDecoder.Decoded.class,
                d -> assertThat(Reply.of(d.frame()).orElseThrow().is(Sw3.RECEIVED_CHECKSUM_ERROR)).isTrue());
    }

    @Test
    void missingPortIsTyped() {
        try {
            SerialTransport.open(dir.resolve("nothing-here").toString(), SerialSettings.DEFAULT).close();
            org.junit.jupiter.api.Assertions.fail("opened a port that does not exist");
        } catch (TransportException e) {
            assertThat(e.code()).isEqualTo(ReadErrorCode.PORT_MISSING);
        }
    }

    @Test
    void unpluggingTheReaderIsAPortFailureNotAnException() throws Exception {
        Path clientEnd = Path.of(pty.clientEnd());
        host.close();
        host = null;
        pty.close();
        pty = null;
        Await.until(Duration.ofSeconds(5), "socat removed the reader's pty " + clientEnd,
                () -> !Files.exists(clientEnd, LinkOption.NOFOLLOW_LINKS));
        ReaderLink.Outcome outcome = link.send(Command.SAM_STATUS);
        assertThat(outcome).isInstanceOfSatisfying(ReaderLink.Failed.class,
                f -> assertThat(f.code()).isIn(ReadErrorCode.PORT_IO, ReadErrorCode.TIMEOUT));
    }

    private void assertFailure(Fault fault, ReadErrorCode expected) {
        simulator.placeCard(cards.get(0));
        simulator.injectFault(Command.READ_BASE_INFO, fault);
        CardReadOutcome outcome = new CardReadSequence(link).readOnce();
        assertThat(outcome).isInstanceOfSatisfying(CardReadOutcome.Failure.class, f -> {
            assertThat(f.code()).isEqualTo(expected);
            assertThat(f.failure().message()).isEqualTo(ReaderMessages.get().text("error." + expected.name()));
        });
    }
}

package org.residencedesk.device.idcard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.device.idcard.sim.DemoCardReader;
import org.residencedesk.device.idcard.sim.DemoCards;
import org.residencedesk.device.idcard.sim.Fault;
import org.residencedesk.device.idcard.sim.PtyReaderSimulator;
import org.residencedesk.device.idcard.sim.ReaderSimulator;
import org.residencedesk.domain.card.IdCardData;
import org.residencedesk.port.CardEvent;
import org.residencedesk.port.CardReader;
import org.residencedesk.port.CardReaderListener;
import org.residencedesk.port.ReaderStatus;
import org.residencedesk.testing.Await;

@Timeout(20)
class PollingCardReaderTest {
    private static final PollingSettings FAST = new PollingSettings(20, 300, 50, 2, 3);
    private static final Instant NOW = Instant.parse("2025-03-01T02:00:00Z");

    private final Recorder recorder = new Recorder();
    private final List<IdCardData> cards = DemoCards.fromClasspath();
    private CardReader reader;

    @AfterEach
    void stop() {
        if (reader != null) {
            reader.stop();
        }
    }

    @Test
    void demoModeReportsEachPlacedCardOnceAndAgainOnlyAfterRemoval() throws Exception {
        DemoCardReader demo = DemoCardReader.create(Clock.fixed(NOW, ZoneOffset.UTC), FAST);
        reader = demo.reader();
        reader.addListener(recorder);
        reader.start();
        recorder.awaitStatus(s -> s.state() == ReaderStatus.State.CONNECTED);

        IdCardData first = demo.deck().placeNext();
        CardEvent event = recorder.nextCard();
        assertThat(event.card()).isEqualTo(first);
        assertThat(event.readAt()).isEqualTo(NOW);
        // the card keeps lying there for many polls: no second event
        assertThat(recorder.cards.poll(300, TimeUnit.MILLISECONDS)).isNull();

        long emptyFinds = demo.line().simulator().emptyFindCount();
        demo.deck().takeAway();
        // two empty polls: the reader has handled at least one of them before the card comes back
        Await.until(Duration.ofSeconds(5), "the reader polled the empty reader twice",
                () -> demo.line().simulator().emptyFindCount() >= emptyFinds + 2);
        demo.line().simulator().placeCard(first);
        assertThat(recorder.nextCard().card()).isEqualTo(first);

        IdCardData second = demo.deck().placeNext();
        assertThat(recorder.nextCard().card()).isEqualTo(second);
    }

    @Test
    void readFailureShowsTheReasonAndClearsOnTheNextGoodRead() throws Exception {
        DemoCardReader demo = DemoCardReader.create(Clock.fixed(NOW, ZoneOffset.UTC), FAST);
        reader = demo.reader();
        reader.addListener(recorder);
        demo.line().simulator().injectFault(Command.READ_BASE_INFO, Fault.CORRUPT_CHECKSUM);
        demo.line().simulator().placeCard(cards.get(2));
        reader.start();

        ReaderStatus failed = recorder.awaitStatus(s -> s.state() == ReaderStatus.State.READ_FAILED);
        assertThat(failed.text()).isEqualTo("读卡失败：读卡器回复的校验和错误");
        assertThat(failed.reasonCode()).isEqualTo("CHECKSUM_ERROR");
        assertThat(recorder.nextCard().card()).isEqualTo(cards.get(2));
        assertThat(recorder.awaitStatus(s -> s.state() == ReaderStatus.State.CONNECTED).text()).isEqualTo("已连接");
    }

    @Test
    void unplugShowsDisconnectedAndPlugInReconnects() throws Exception {
        DemoCardReader demo = DemoCardReader.create(Clock.fixed(NOW, ZoneOffset.UTC), FAST);
        reader = demo.reader();
        reader.addListener(recorder);
        reader.start();
        recorder.awaitStatus(s -> s.state() == ReaderStatus.State.CONNECTED);

        demo.line().unplug();
        ReaderStatus gone = recorder.awaitStatus(s -> s.state() == ReaderStatus.State.DISCONNECTED);
        assertThat(gone.reasonCode()).isNotNull();
        assertThat(gone.text()).isEqualTo("未连接：" + ReaderMessages.get().text("error." + gone.reasonCode())
                + "，正在自动重连（无需重启，请检查读卡器的USB线）");

        demo.line().plugIn();
        recorder.awaitStatus(s -> s.state() == ReaderStatus.State.CONNECTED);
        demo.deck().placeNext();
        assertThat(recorder.nextCard().card()).isEqualTo(cards.get(0));
    }

    @Test
    void aSilentReaderIsEventuallyConsideredGone() throws Exception {
        DemoCardReader demo = DemoCardReader.create(Clock.fixed(NOW, ZoneOffset.UTC), FAST);
        reader = demo.reader();
        reader.addListener(recorder);
        reader.start();
        recorder.awaitStatus(s -> s.state() == ReaderStatus.State.CONNECTED);
        for (int i = 0; i < 20; i++) {
            demo.line().simulator().injectFault(Fault.SILENCE);
        }
        assertThat(recorder.awaitStatus(s -> s.state() == ReaderStatus.State.DISCONNECTED).reasonCode())
                .isIn("TIMEOUT");
    }

    @Test
    void overARealPtyWithAnExplicitPathAndAfterTheReaderComesBack(@TempDir Path dir) throws Exception {
        SocatPtyPair pty = SocatPtyPair.start(dir);
        ReaderSimulator simulator = new ReaderSimulator();
        PtyReaderSimulator host = PtyReaderSimulator.start(simulator, pty.simulatorEnd());
        String clientEnd = pty.clientEnd();
        reader = new PollingCardReader(new SerialReaderConnector(clientEnd, SerialSettings.DEFAULT, 300),
                FAST, Clock.fixed(NOW, ZoneOffset.UTC));
        reader.addListener(recorder);
        reader.start();
        try {
            recorder.awaitStatus(s -> s.state() == ReaderStatus.State.CONNECTED);
            simulator.placeCard(cards.get(5));
            assertThat(recorder.nextCard().card()).isEqualTo(cards.get(5));

            // unplug: socat and its ptys vanish
            host.close();
            pty.close();
            recorder.awaitStatus(s -> s.state() == ReaderStatus.State.DISCONNECTED);

            // plug back in at the same path
            pty = SocatPtyPair.start(dir);
            host = PtyReaderSimulator.start(simulator, pty.simulatorEnd());
            recorder.awaitStatus(s -> s.state() == ReaderStatus.State.CONNECTED);
            assertThat(recorder.nextCard().card()).isEqualTo(cards.get(5));
        } finally {
            reader.stop();
            host.close();
            pty.close();
        }
    }

    @Test
    void reconnectAttemptsBackOffToFourTimesTheDelay() {
        PollingSettings settings = new PollingSettings(300, 1000, 2000, 2, 3);
        assertThat(List.of(0, 1, 2, 3, 50)).extracting(n -> PollingCardReader.reconnectDelay(settings, n))
                .containsExactly(2000, 4000, 8000, 8000, 8000);
    }

    private static final class Recorder implements CardReaderListener {
        final BlockingQueue<CardEvent> cards = new LinkedBlockingQueue<>();
        final BlockingQueue<ReaderStatus> statuses = new LinkedBlockingQueue<>();

        @Override
        public void cardRead(CardEvent event) {
            cards.add(event);
        }

        @Override
        public void statusChanged(ReaderStatus status) {
            statuses.add(status);
        }

        CardEvent nextCard() throws InterruptedException {
            CardEvent event = cards.poll(5, TimeUnit.SECONDS);
            assertThat(event).as("card event").isNotNull();
            return event;
        }

        ReaderStatus awaitStatus(Predicate<ReaderStatus> wanted) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(8);
            while (System.nanoTime() < deadline) {
                ReaderStatus s = statuses.poll(100, TimeUnit.MILLISECONDS);
                if (s != null && wanted.test(s)) {
                    return s;
                }
            }
            throw new AssertionError("status not reached");
        }
    }
}

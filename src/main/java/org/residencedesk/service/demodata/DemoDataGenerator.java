package org.residencedesk.service.demodata;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.PriorityQueue;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.residencedesk.domain.masterdata.MasterData;
import org.residencedesk.domain.registration.RegistrationDeadline;
import org.residencedesk.domain.registration.RegistrationNumberFormat;
import org.residencedesk.port.FormCodec;
import org.residencedesk.port.NameInitials;
import org.residencedesk.port.demodata.BulkRegistrationStore;
import org.residencedesk.port.demodata.DemoWordSource;
import org.residencedesk.port.demodata.BulkWriteException;
import org.residencedesk.port.demodata.DemoRecord;
import org.residencedesk.domain.registration.RegistrationStatus;

/**
 * Fills the station database with synthetic persons and registrations, in registration-date order so
 * serial numbers grow with the date as at a real counter. Streams: one chunk of records in memory at
 * a time, one commit per chunk (rows and year counters together, so an interrupted run leaves a
 * consistent database whose counters cover every number used). Writes no audit entry and no outbox
 * event itself; {@link DemoDataService} audits the run, and synthetic data is never uploaded.
 */
final class DemoDataGenerator {
    static final int CHUNK = 5_000;
    /** Bound of the share of persons registered a second time, for the serial check (drawn: 7 %). */
    private static final double LATER_REGISTRATIONS_AT_MOST = 0.08;

    /**
     * The station being filled, the staff logins that appear as operators, and the station's registration rules
     * (its number format and deadline, ADR 0172: the same the registration service uses).
     */
    public record Target(String stationCode, String divisionCode, List<String> operators,
                         RegistrationNumberFormat numberFormat, RegistrationDeadline deadline) { }

    private final BulkRegistrationStore store;
    private final FormCodec formCodec;
    private final MasterData masterData;
    private final NameInitials initials;
    private final DemoWordSource words;
    private final String formId;
    private final int formVersion;
    private final Clock clock;

    public DemoDataGenerator(BulkRegistrationStore store, FormCodec formCodec, MasterData masterData, NameInitials initials,
                             DemoWordSource words, String formId, int formVersion, Clock clock) {
        this.store = store;
        this.formCodec = formCodec;
        this.masterData = masterData;
        this.initials = initials;
        this.words = words;
        this.formId = formId;
        this.formVersion = formVersion;
        this.clock = clock;
    }

    /**
     * @throws DemoDataRefused nothing written: settings impossible (too many persons, serials exhausted)
     * @throws DemoDataFailure the database failed midway; earlier chunks stay committed
     * @throws BulkWriteException the database could not be opened or read before anything was written
     */
    public DemoDataResult generate(Target target, DemoDataSettings settings, ProgressListener progress)
            throws DemoDataRefused, DemoDataFailure {
        long started = System.nanoTime();
        if (target.operators().isEmpty()) throw new DemoDataRefused("demoData.noOperator");
        LocalDate today = LocalDate.now(clock);
        DayPlan plan = new DayPlan(settings.persons(), settings.days(), today);
        WordLists wordLists = WordLists.from(words);
        Places places = new Places(masterData, target.divisionCode());
        DemoRegisters registers = new DemoRegisters(places, wordLists, masterData, initials, settings.persons(),
                settings.seed());
        DemoRecordFactory factory = new DemoRecordFactory(wordLists, places, initials, formCodec, masterData, formId,
                formVersion, target, clock.getZone(), today, settings.days(), settings.seed(), registers);
        if (settings.persons() > factory.capacity()) {
            throw new DemoDataRefused("demoData.tooMany", factory.capacity());
        }
        long changed = 0;
        long movedOut = 0;
        long reRegistered = 0;
        long late = 0;
        long historyRows = 0;
        long done = 0;
        PhaseLog phases = new PhaseLog(settings.persons());
        try (BulkRegistrationStore.BulkSession writer = store.open()) {
            registers.startAt(writer::counterValue);
            Producer producer = new Producer(factory, plan, existingCounters(writer, plan, target.numberFormat()));
            producer.start();
            int reported = 0;
            try {
                for (Chunk chunk = producer.next(); chunk != Chunk.END; chunk = producer.next()) {
                    writer.writeChunk(chunk.records(), chunk.count(), chunk.lastSerials());
                    for (int i = 0; i < chunk.count(); i++) {
                        DemoRecord r = chunk.records()[i];
                        registers.count(r);
                        reRegistered += r.registrations.size() - 1;
                        for (DemoRecord.Registration g : r.registrations) {
                            changed += g.changedAt != null ? 1 : 0;
                            movedOut += g.status == RegistrationStatus.CANCELLED ? 1 : 0;
                            late += g.lateRegistration ? 1 : 0;
                            historyRows += 1 + (g.changedAt != null ? 1 : 0) + (g.endedAt != null ? 1 : 0);
                        }
                    }
                    done += chunk.count();
                    reported = report(progress, reported, done, settings.persons(), started);
                }
                phases.lap("persons and registrations");
                // the registers after the people, with capacities that know who lives there now
                java.time.Instant opened = plan.day(0).atTime(8, 0).atZone(clock.getZone()).toInstant();
                writer.writeRegisters(registers.houses(opened, target.operators().get(0)),
                        registers.employers(opened, target.operators().get(0)), registers.lastSerials());
                phases.lap("houses and employers");
                writer.rebuildIndexes();
                phases.lap("indexes");
                writer.updateStatistics();
                phases.lap("statistics");
            } catch (BulkWriteException e) {
                throw new DemoDataFailure(done, e);
            } finally {
                producer.interrupt();
            }
        }
        return new DemoDataResult(settings.persons(), changed, movedOut, reRegistered, late, historyRows,
                (System.nanoTime() - started) / 1_000_000);
    }

    /** One chunk of records and the last serial per year they reach; END marks the end of the run. */
    private record Chunk(DemoRecord[] records, int count, Map<Integer, Long> lastSerials) {
        static final Chunk END = new Chunk(new DemoRecord[0], 0, Map.of());
    }

    /**
     * Makes records on the second core while the writer's thread is inside Derby: a bounded hand-over
     * of two chunks keeps memory flat. Serial numbers are drawn here, day by day in person order, so the output is
     * the same as single-threaded. A person who registers again later (换地登记, or back after a move-out) waits in
     * a small queue — index, first day and serial only — until that day, when the later registration takes that
     * day's next serial and the whole person is made and written (ADR 0190).
     */
    private static final class Producer extends Thread {
        private final DemoRecordFactory factory;
        private final DayPlan plan;
        private final Map<Integer, Long> lastSerial;
        private final BlockingQueue<Chunk> handOver = new ArrayBlockingQueue<>(2);
        private final PriorityQueue<Waiting> waiting = new PriorityQueue<>();
        private final Map<Integer, Long> touched = new TreeMap<>();
        private DemoRecord[] records = new DemoRecord[CHUNK];
        private int filled;
        private volatile RuntimeException failure;

        /** A person whose later registration is numbered on {@code day}. */
        private record Waiting(LocalDate day, long index, LocalDate firstDay, long firstSerial)
                implements Comparable<Waiting> {
            @Override
            public int compareTo(Waiting o) {
                int c = day.compareTo(o.day);
                return c != 0 ? c : Long.compare(index, o.index);
            }
        }

        Producer(DemoRecordFactory factory, DayPlan plan, Map<Integer, Long> lastSerial) {
            super("demo-data-producer");
            setDaemon(true);
            this.factory = factory;
            this.plan = plan;
            this.lastSerial = lastSerial;
        }

        @Override
        public void run() {
            try {
                for (int d = 0; d < plan.days(); d++) {
                    LocalDate day = plan.day(d);
                    while (!waiting.isEmpty() && !waiting.peek().day().isAfter(day)) {
                        Waiting w = waiting.poll();
                        add(factory.make(w.index(), w.firstDay(), w.firstSerial(), serial(day)).record());
                    }
                    for (long i = plan.firstPersonOf(d); i < plan.firstPersonOf(d + 1); i++) {
                        long serial = serial(day);
                        DemoRecordFactory.Made made = factory.make(i, day, serial, 0);
                        if (made.record() != null) {
                            add(made.record());
                        } else {
                            waiting.add(new Waiting(made.pendingUntil(), i, day, serial));
                        }
                    }
                }
                if (!waiting.isEmpty()) throw new IllegalStateException("a later registration fell after the plan");
                if (filled > 0) handOver.put(new Chunk(records, filled, Map.copyOf(touched)));
                handOver.put(Chunk.END);
            } catch (InterruptedException e) {
                // the writer stopped (failure or done); nothing more to hand over
            } catch (RuntimeException e) {
                failure = e;
                try {
                    handOver.put(Chunk.END);
                } catch (InterruptedException stopped) {
                    // the writer has stopped already
                }
            }
        }

        private long serial(LocalDate day) {
            long serial = lastSerial.merge(day.getYear(), 1L, Long::sum);
            touched.put(day.getYear(), serial);
            return serial;
        }

        private void add(DemoRecord record) throws InterruptedException {
            records[filled++] = record;
            if (filled == CHUNK) {
                handOver.put(new Chunk(records, filled, Map.copyOf(touched)));
                records = new DemoRecord[CHUNK];
                filled = 0;
            }
        }

        Chunk next() {
            try {
                Chunk c = handOver.take();
                if (c == Chunk.END && failure != null) throw failure;
                return c;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while generating demo data", e);
            }
        }
    }

    /**
     * The last serial of every year the plan touches, refusing when the year's numbers would overflow
     * the serial width (real registrations may already have used some).
     */
    private static Map<Integer, Long> existingCounters(BulkRegistrationStore.BulkSession session, DayPlan plan,
                                                       RegistrationNumberFormat format) throws DemoDataRefused {
        Map<Integer, Long> out = new TreeMap<>();
        long limit = (long) Math.pow(10, format.serialDigits()) - 1;
        long upToYear = 0;
        for (Map.Entry<Integer, Long> e : plan.perYear().entrySet()) {
            long last = session.counterValue(RegistrationNumberFormat.counterName(e.getKey()));
            upToYear += e.getValue();
            // later registrations (换地登记, returns) of anyone registered so far may fall in this year too
            long later = (long) Math.ceil(upToYear * LATER_REGISTRATIONS_AT_MOST);
            if (last + e.getValue() + later > limit) {
                throw new DemoDataRefused("demoData.serialOverflow", e.getKey(), limit - last);
            }
            out.put(e.getKey(), last);
        }
        return out;
    }

    private static int report(ProgressListener progress, int reported, long done, long total, long started) {
        int percent = (int) (done * 100 / total);
        if (percent / 5 > reported / 5 || done == total) {
            double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
            progress.progress(percent, done, done / seconds);
            return percent;
        }
        return reported;
    }
}

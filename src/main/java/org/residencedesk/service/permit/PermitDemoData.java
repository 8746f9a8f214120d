package org.residencedesk.service.permit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.residencedesk.domain.permit.Handover;
import org.residencedesk.domain.permit.PermitStatus;
import org.residencedesk.port.printing.PrintDocument;
import org.residencedesk.service.Operator;
import org.residencedesk.service.ValidationFailure;

/**
 * Demo permits for persons with an active registration (ADR 0076, ADR 0191), taken by the demo station's demo
 * account (signed in by the caller; it holds every counter role). Each permit is driven through the real stage
 * services ({@link PermitServices}) on a clock moved day by day, so history, numbers, audit entries and outbox
 * events are exactly what the counter would have produced, and every rule in force holds: the application is made
 * no earlier than the day the residence months counted from the registration chain are met (ADR 0170) and never
 * before the current registration; the service refuses foreigners and HK/Macao/Taiwan residents (ADR 0171); a child
 * under 16 applies through a guardian or with one present (ADR 0173); cards are printed and handed over within the
 * promised days; endorsements fall inside their windows and need the live registration (ADR 0172); the lapse job
 * runs on the anniversary. Cards are recorded as printed by {@link #DEMO_PRINTER}: nothing is sent to a printer.
 */
public final class PermitDemoData {
    /** Printer name recorded for demo cards, so nobody mistakes them for printed ones. */
    public static final String DEMO_PRINTER = "demo-data (not printed)";

    /** A person to offer a permit: their id and the day their active registration was made. */
    public record Applicant(long personId, LocalDate registeredOn) { }

    /** A card the run printed, as the printer received it (the test compares it with the stored record). */
    public record PrintedCard(String permitId, LocalDate printedOn, PrintDocument card) { }

    /**
     * What a run needs besides the services: the day, the seed, people who may collect a card for someone (and the
     * relationship written when they collect a child's card), and who hears of every printed card.
     */
    public record Settings(LocalDate today, long seed, List<Handover> collectors, String guardianRelationship,
                           Consumer<PrintedCard> printed) {
        public Settings {
            collectors = List.copyOf(collectors);
            if (collectors.isEmpty()) throw new IllegalArgumentException("collectors needed");
        }
    }

    private PermitDemoData() {
    }

    /**
     * One permit for each of the first {@code wanted} applicants eligible before today, the story cycling through
     * {@link PermitTimeline.Story}; a story the dates do not allow gives way to the nearest one they do. Ends with the
     * lapse job on today. Returns how many permits ended in each status.
     */
    public static Map<PermitStatus, Integer> generate(PermitServices services, Operator demo, List<Applicant> applicants,
                                                      int wanted, Settings settings) {
        MovableClock clock = new MovableClock(ZoneId.of("Asia/Shanghai"));
        PermitServices s = services.withClock(clock);
        PermitTimeline timeline = new PermitTimeline(new ServiceStorySteps(s, demo, clock, settings),
                s.queries().policy(), demo, clock, settings);
        int made = 0;
        for (Applicant a : applicants) {
            if (made == wanted) break;
            clock.setDay(settings.today());
            LocalDate chainStart;
            try {
                chainStart = s.applications().checkEligibility(demo, a.personId(), ApplicationRequest.inPerson(null,
                        Set.of())).circumstances().registrationStart();
            } catch (ValidationFailure refused) {
                continue; // who may not apply (ADR 0171) is not offered a permit
            }
            LocalDate eligible = s.queries().policy().residenceRequirementMetOn(chainStart);
            LocalDate from = eligible.isAfter(a.registeredOn()) ? eligible : a.registeredOn();
            if (from.isAfter(settings.today().minusDays(1))) continue;
            SplittableRandom rnd = new SplittableRandom(settings.seed() * 31 + a.personId());
            timeline.drive(a.personId(), PermitTimeline.Story.of(made), from, rnd);
            made++;
        }
        clock.setDay(settings.today());
        s.lifecycle().refreshLapses();
        Map<PermitStatus, Integer> counts = new EnumMap<>(PermitStatus.class);
        s.queries().exportRows(demo, row -> counts.merge(PermitStatus.valueOf((String) row.get("status")), 1, Integer::sum));
        return counts;
    }

    /** A clock the generator sets to 10:00 of each day it replays (a few minutes later for each further step). */
    static final class MovableClock extends Clock {
        private final ZoneId zone;
        private volatile Instant now = Instant.EPOCH;

        MovableClock(ZoneId zone) {
            this.zone = zone;
        }

        void setDay(LocalDate day) {
            now = day.atTime(10, 0).atZone(zone).toInstant();
        }

        /** The same day, a little later: steps on one day keep their order in the history. */
        void tick() {
            now = now.plusSeconds(60);
        }

        LocalDate day() {
            return LocalDate.ofInstant(now, zone);
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            MovableClock c = new MovableClock(other);
            c.now = now;
            return c;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}

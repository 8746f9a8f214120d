package org.residencedesk.service.permit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.residencedesk.domain.permit.PermitPolicy;
import org.residencedesk.domain.permit.PermitRuleViolation;
import org.residencedesk.domain.permit.PermitStatus;
import org.residencedesk.port.demodata.BulkPermitStore;
import org.residencedesk.service.Operator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Many demo permits at once (ADR 0390): the same stories as {@link PermitDemoData} ({@link PermitTimeline}), each
 * replayed on its aggregate in memory ({@link AggregateStorySteps}) instead of through the services, and stored in
 * chunks by the {@link BulkPermitStore} (one commit per chunk, counters included). Applicants are spread evenly over
 * every eligible person in registration order. No audit entry per permit and no outbox events: the run's one audit
 * entry names the count (as for bulk registrations), and a demo station never uploads (ADR 0060).
 */
public final class BulkPermitDemoData {
    static final int CHUNK = 2_000;
    private static final Logger LOG = LoggerFactory.getLogger(BulkPermitDemoData.class);

    private BulkPermitDemoData() {
    }

    /**
     * Up to {@code wanted} permits (fewer when fewer persons are eligible before today), ending with the lapse
     * judgement on today. Returns how many permits ended in each status.
     *
     * @param demo the demo station's signed-in demo account: the actor of every step
     */
    public static Map<PermitStatus, Integer> generate(BulkPermitStore store, PermitPolicy policy, String stationCode,
                                                      Operator demo, int wanted, PermitDemoData.Settings settings) {
        LocalDate today = settings.today();
        List<Start> chosen = spread(eligible(store.applicants(today.minusMonths(policy.requiredResidenceMonths())),
                policy, today), wanted);
        PermitDemoData.MovableClock clock = new PermitDemoData.MovableClock(ZoneId.of("Asia/Shanghai"));
        Map<PermitStatus, Integer> counts = new EnumMap<>(PermitStatus.class);
        int dropped = 0;
        try (BulkPermitStore.Session session = store.open()) {
            AggregateStorySteps steps = new AggregateStorySteps(policy, demo, clock, stationCode, session::counterValue,
                    settings.seed());
            PermitTimeline timeline = new PermitTimeline(steps, policy, demo, clock, settings);
            List<BulkPermitStore.DemoPermit> chunk = new ArrayList<>(CHUNK);
            int made = 0;
            for (Start s : chosen) {
                Map<String, Long> before = steps.snapshot();
                steps.start(s.applicant());
                try {
                    timeline.drive(s.applicant().personId(), PermitTimeline.Story.of(made),
                            s.from(), new SplittableRandom(settings.seed() * 31 + s.applicant().personId()));
                    clock.setDay(today);
                    steps.refreshLapses();
                } catch (PermitRuleViolation | IllegalStateException refused) {
                    // a story the dates do not allow after all: dropped whole, its numbers not used
                    steps.restore(before);
                    dropped++;
                    continue;
                }
                chunk.add(new BulkPermitStore.DemoPermit(steps.permit(), s.applicant().personId()));
                counts.merge(steps.permit().status(), 1, Integer::sum);
                made++;
                if (chunk.size() == CHUNK) {
                    session.writeChunk(chunk, steps.counters());
                    chunk.clear();
                }
            }
            if (!chunk.isEmpty()) session.writeChunk(chunk, steps.counters());
            session.updateStatistics();
        }
        if (dropped > 0) LOG.warn("demo permits: {} stories dropped (their dates did not allow them)", dropped);
        return counts;
    }

    /** An applicant and the first day they may apply: eligible and registered at the current address. */
    private record Start(BulkPermitStore.Applicant applicant, LocalDate from) { }

    private static List<Start> eligible(List<BulkPermitStore.Applicant> applicants, PermitPolicy policy,
                                        LocalDate today) {
        List<Start> starts = new ArrayList<>();
        for (BulkPermitStore.Applicant a : applicants) {
            LocalDate eligible = policy.residenceRequirementMetOn(AggregateStorySteps.residenceSince(a));
            LocalDate from = eligible.isAfter(a.registeredOn()) ? eligible : a.registeredOn();
            if (!from.isAfter(today.minusDays(1))) starts.add(new Start(a, from));
        }
        return starts;
    }

    private static List<Start> spread(List<Start> all, int wanted) {
        if (all.size() <= wanted) return all;
        List<Start> chosen = new ArrayList<>(wanted);
        for (int i = 0; i < wanted; i++) {
            chosen.add(all.get((int) ((long) i * all.size() / wanted)));
        }
        return chosen;
    }
}

package org.residencedesk.service.permit;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.residencedesk.domain.permit.ApplicantCircumstances;
import org.residencedesk.domain.permit.EndorsementSchedule;
import org.residencedesk.domain.permit.EndorsementWindow;
import org.residencedesk.domain.permit.Handover;
import org.residencedesk.domain.permit.MaterialKind;
import org.residencedesk.domain.permit.MaterialRequirement;
import org.residencedesk.domain.permit.MaterialsChecklist;
import org.residencedesk.domain.permit.PermitPolicy;
import org.residencedesk.domain.permit.PrintType;
import org.residencedesk.domain.permit.Representation;
import org.residencedesk.service.Operator;
import org.residencedesk.service.Problems;

/**
 * One demo permit's life, replayed step by step on the moving clock (ADR 0191): through the real services, or on
 * the aggregate in memory for the bulk path (ADR 0390), whichever {@link StorySteps} it is given. Each
 * story names where the permit ends; the days are drawn so that every rule holds, and a story the applicant's dates
 * do not allow (too recent a registration) falls back to a shorter one.
 */
final class PermitTimeline {
    /** Where a demo permit's story ends. The order is the cycle: the first ones appear in the smallest runs. */
    enum Story {
        ISSUED, ENDORSED, AWAITING_MATERIALS, DUE_SOON, ACCEPTED, LAPSED, COLLECTED_BY_OTHER, APPROVED, REPLACED,
        PRINTED, REJECTED, LATE_ENDORSED, REISSUED, CORRECTED, OVERDUE_COLLECTION, WITHDRAWN;

        static Story of(int i) {
            return values()[i % values().length];
        }
    }

    private final StorySteps s;
    private final Operator demo;
    private final PermitDemoData.MovableClock clock;
    private final PermitDemoData.Settings settings;
    private final LocalDate today;
    private final PermitPolicy policy;
    /** The circumstances of the application being replayed (who applies, their age). */
    private ApplicantCircumstances applicant;

    /** @param demo authorises the reprints (it holds REPRINT_AUTHORISE) */
    PermitTimeline(StorySteps s, PermitPolicy policy, Operator demo, PermitDemoData.MovableClock clock,
                   PermitDemoData.Settings settings) {
        this.s = s;
        this.demo = demo;
        this.clock = clock;
        this.settings = settings;
        this.today = settings.today();
        this.policy = policy;
    }

    /** @param from the first day the person may apply (eligible and registered at the current address), before today */
    void drive(long person, Story story, LocalDate from, SplittableRandom rnd) {
        switch (story) {
            case AWAITING_MATERIALS -> apply(person, latest(from, today.minusDays(rnd.nextInt(21))), false, rnd);
            case ACCEPTED -> accepted(person, latest(from, today.minusDays(rnd.nextInt(3))), rnd);
            case APPROVED -> {
                LocalDate day = latest(from, today.minusDays(2 + rnd.nextInt(4)));
                if (day.isAfter(today.minusDays(1))) {
                    drive(person, Story.ACCEPTED, from, rnd);
                    return;
                }
                approve(accepted(person, day, rnd), day.plusDays(1));
            }
            case REJECTED, WITHDRAWN -> {
                LocalDate day = from.plusDays(rnd.nextLong(Math.max(1, Math.min(span(from) - 3, 300))));
                if (day.isAfter(today.minusDays(3))) {
                    drive(person, Story.ACCEPTED, from, rnd);
                    return;
                }
                String id = accepted(person, day, rnd);
                at(day.plusDays(1 + rnd.nextInt(2)));
                if (story == Story.REJECTED) {
                    s.reject(id, Problems.message("demo.permit.rejectionReason"));
                } else {
                    s.withdraw(id, Problems.message("demo.permit.withdrawn"));
                }
            }
            case PRINTED, OVERDUE_COLLECTION -> {
                LocalDate day = story == Story.PRINTED ? today.minusDays(3 + rnd.nextInt(6))
                        : today.minusDays(policy.overdueCollectionDays() + 10 + rnd.nextInt(60));
                if (day.minusDays(2).isBefore(from)) {
                    drive(person, story == Story.PRINTED ? Story.APPROVED : Story.PRINTED, from, rnd);
                    return;
                }
                printNew(person, day, false, rnd);
            }
            case ISSUED, COLLECTED_BY_OTHER, CORRECTED -> {
                LocalDate earliest = latest(from.plusDays(2), today.minusDays(300));
                if (!earliest.isBefore(today.minusDays(4))) {
                    drive(person, Story.PRINTED, from, rnd);
                    return;
                }
                LocalDate card = earliest.plusDays(rnd.nextLong(ChronoUnit.DAYS.between(earliest, today.minusDays(4))));
                issueNew(person, card, story == Story.COLLECTED_BY_OTHER, story == Story.CORRECTED, rnd);
            }
            case DUE_SOON -> {
                // the last day to endorse falls within the reminder horizon: k years after the card, within 30 days
                int days = 1 + rnd.nextInt(Math.max(1, Math.min(policy.reminderHorizonDays(), 30) - 1));
                for (int k = 2; k >= 1; k--) {
                    LocalDate card = today.minusYears(k).plusDays(days);
                    if (!card.minusDays(2).isBefore(from)) {
                        endorseYears(issueNew(person, card, false, false, rnd), card, k - 1, rnd);
                        return;
                    }
                }
                drive(person, Story.ISSUED, from, rnd);
            }
            case ENDORSED, LAPSED, LATE_ENDORSED -> {
                // the m-th anniversary lies 1..300 days back; ENDORSED endorsed all m years, the others none
                int back = (story == Story.LATE_ENDORSED ? 10 : 1) + rnd.nextInt(290);
                for (int m = story == Story.ENDORSED ? 2 : 1; m >= 1; m--) {
                    LocalDate card = today.minusDays(back).minusYears(m);
                    if (card.minusDays(2).isBefore(from)) continue;
                    String id = issueNew(person, card, false, false, rnd);
                    if (story == Story.ENDORSED) {
                        endorseYears(id, card, m, rnd);
                    } else {
                        LocalDate anniversary = new EndorsementSchedule(card, 0).nextAnniversary();
                        at(anniversary);
                        s.refreshLapses();
                        if (story == Story.LATE_ENDORSED) {
                            at(anniversary.plusDays(1 + rnd.nextLong(ChronoUnit.DAYS.between(anniversary, today) - 1)));
                            s.endorse(id);
                        }
                    }
                    return;
                }
                drive(person, Story.ISSUED, from, rnd);
            }
            case REPLACED, REISSUED -> {
                LocalDate earliest = latest(from.plusDays(2), today.minusDays(300));
                if (!earliest.isBefore(today.minusDays(30))) {
                    drive(person, Story.ISSUED, from, rnd);
                    return;
                }
                LocalDate card = earliest.plusDays(rnd.nextLong(ChronoUnit.DAYS.between(earliest, today.minusDays(30))));
                String id = issueNew(person, card, false, false, rnd);
                // before the endorsement window: the new card carries the same residence years
                LocalDate last = earliestOf(today.minusDays(3), card.plusYears(1).minusMonths(1).minusDays(1));
                LocalDate day = card.plusDays(10 + rnd.nextLong(Math.max(1, ChronoUnit.DAYS.between(card.plusDays(10), last))));
                at(day);
                if (story == Story.REPLACED) {
                    s.replace(id);
                    print(id, day.plusDays(1), PrintSpec.first());
                } else {
                    s.reissue(id);
                    print(id, day.plusDays(1), PrintSpec.reprint(PrintType.LOST_REPRINT,
                            Problems.message("demo.permit.lostReason"), demo));
                }
                at(day.plusDays(1 + rnd.nextInt(2)));
                s.issue(id, Handover.holder());
            }
            default -> throw new IllegalStateException("story " + story);
        }
    }

    // ---- steps

    /** 申领 on {@code day}, with every material the checklist asks for ({@code complete}) or only the ID card. */
    private String apply(long person, LocalDate day, boolean complete, SplittableRandom rnd) {
        if (day.isAfter(today)) throw new IllegalStateException("a demo application after today: " + day);
        clock.setDay(day); // each permit's story starts afresh on the day it is applied for
        ApplicantCircumstances c = s.circumstances(person);
        boolean minor = c.minorOn(day);
        // art. 9: a guardian may apply for a child under 16, or the child applies with the guardian present
        Representation by = !minor ? Representation.IN_PERSON
                : c.ageOn(day) >= 8 && rnd.nextBoolean() ? Representation.IN_PERSON_WITH_GUARDIAN : Representation.GUARDIAN;
        ApplicantCircumstances judged = c.withRepresentation(by, false);
        applicant = judged;
        Set<MaterialKind> materials = complete
                ? MaterialsChecklist.requiredFor(judged).stream().map(r -> material(r, minor)).collect(Collectors.toSet())
                : Set.of(material(MaterialRequirement.APPLICANT_IDENTITY, minor));
        return s.submit(person, new ApplicationRequest(null, by, false, materials));
    }

    /** A child under 16 often has no ID card yet and shows the household register. */
    private static MaterialKind material(MaterialRequirement r, boolean minor) {
        List<MaterialKind> kinds = r.acceptable(minor);
        return kinds.get(minor ? kinds.size() - 1 : 0);
    }

    private String accepted(long person, LocalDate day, SplittableRandom rnd) {
        String id = apply(person, day, true, rnd);
        clock.tick();
        s.accept(id);
        return id;
    }

    private void approve(String id, LocalDate day) {
        at(day);
        s.approve(id);
    }

    /** Applied, accepted, approved and printed within the promise: the card is dated the print day. */
    private String printNew(long person, LocalDate cardDay, boolean correction, SplittableRandom rnd) {
        LocalDate applied = cardDay.minusDays(2);
        String id = accepted(person, applied, rnd);
        LocalDate promised = policy.promisedDate(applied);
        approve(id, earliestOf(applied.plusDays(1), promised));
        LocalDate printDay = earliestOf(cardDay, promised);
        print(id, printDay, PrintSpec.first());
        if (correction) {
            print(id, printDay, PrintSpec.reprint(PrintType.CORRECTION_REPRINT,
                    Problems.message("demo.permit.correctionReason"), demo));
        }
        return id;
    }

    /** As {@link #printNew}, then handed over by the promised day, to the holder or someone collecting for them. */
    private String issueNew(long person, LocalDate cardDay, boolean collector, boolean correction, SplittableRandom rnd) {
        String id = printNew(person, cardDay, correction, rnd);
        LocalDate promised = policy.promisedDate(cardDay.minusDays(2));
        LocalDate handover = earliestOf(clock.day().plusDays(rnd.nextInt(4)), promised);
        at(handover.isBefore(clock.day()) ? clock.day() : handover);
        boolean minor = applicant.minorOn(clock.day());
        Handover h = Handover.holder();
        if (collector || minor) {
            Handover someone = settings.collectors().get(rnd.nextInt(settings.collectors().size()));
            h = Handover.collector(someone.collectorName(), someone.collectorIdNumber(),
                    minor ? settings.guardianRelationship() : someone.relationship());
        }
        s.issue(id, h);
        return id;
    }

    /** On-time endorsements of the first {@code years} anniversaries, each on a day inside its window. */
    private void endorseYears(String id, LocalDate card, int years, SplittableRandom rnd) {
        for (int j = 0; j < years; j++) {
            EndorsementWindow w = new EndorsementSchedule(card, j).window();
            LocalDate last = earliestOf(w.lastDay(), today);
            at(w.firstDay().plusDays(rnd.nextLong(ChronoUnit.DAYS.between(w.firstDay(), last) + 1)));
            s.endorse(id);
        }
    }

    private void print(String id, LocalDate day, PrintSpec spec) {
        at(day);
        s.print(id, spec);
    }

    /** Moves the clock to {@code day}, or a minute on when it is already there (steps keep their order). */
    private void at(LocalDate day) {
        if (day.isAfter(today)) throw new IllegalStateException("a demo step after today: " + day);
        if (day.equals(clock.day())) {
            clock.tick();
        } else if (day.isAfter(clock.day())) {
            clock.setDay(day);
        } else {
            throw new IllegalStateException("a demo step before the previous one: " + day);
        }
    }

    private long span(LocalDate from) {
        return ChronoUnit.DAYS.between(from, today);
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate earliestOf(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}

package org.residencedesk.service.permit;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.ToLongFunction;
import org.residencedesk.domain.permit.Actor;
import org.residencedesk.domain.permit.ApplicantCircumstances;
import org.residencedesk.domain.permit.CancellationReason;
import org.residencedesk.domain.permit.EligibilityCheck;
import org.residencedesk.domain.permit.Handover;
import org.residencedesk.domain.permit.PermitApplication;
import org.residencedesk.domain.permit.PermitBasis;
import org.residencedesk.domain.permit.PermitNumberFormat;
import org.residencedesk.domain.permit.PermitPolicy;
import org.residencedesk.domain.permit.PrintRequest;
import org.residencedesk.domain.permit.Representation;
import org.residencedesk.domain.registration.ContinuousResidence;
import org.residencedesk.port.demodata.BulkPermitStore;
import org.residencedesk.service.Operator;

/**
 * Story steps on one {@link PermitApplication} in memory (ADR 0390): the aggregate judges every step as it does for
 * the services, the circumstances are those the application service derives (residence months from the registration
 * chain, ADR 0170; the basis it would suggest), and acceptance and permit numbers are drawn from the station's own
 * counters (read once, then kept here; the bulk writer stores the values reached with each chunk), so a later real
 * permit continues the series. A counter moves only when the step that drew the number succeeded (gapless).
 */
final class AggregateStorySteps implements StorySteps {
    private final PermitPolicy policy;
    private final Actor actor;
    private final PermitDemoData.MovableClock clock;
    private final String stationCode;
    private final ToLongFunction<String> storedCounter;
    private final Map<String, Long> counters = new HashMap<>();
    private final SplittableRandom ids;
    private BulkPermitStore.Applicant applicant;
    private PermitApplication permit;

    /** @param storedCounter the last value a counter has in the database (0 when none) */
    AggregateStorySteps(PermitPolicy policy, Operator demo, PermitDemoData.MovableClock clock, String stationCode,
                        ToLongFunction<String> storedCounter, long seed) {
        this.policy = policy;
        this.actor = new Actor(demo.login(), demo.roles());
        this.clock = clock;
        this.stationCode = stationCode;
        this.storedCounter = storedCounter;
        this.ids = new SplittableRandom(seed ^ 0x5DEECE66DL);
    }

    /** The next story is this applicant's; the permit of the previous one is forgotten. */
    void start(BulkPermitStore.Applicant next) {
        applicant = next;
        permit = null;
    }

    /** The permit the story made (null before {@link #submit}). */
    PermitApplication permit() {
        return permit;
    }

    /** The counters' last values drawn so far (name → value), to store with the chunk. */
    Map<String, Long> counters() {
        return Map.copyOf(counters);
    }

    /** A copy of the counters, to {@link #restore} when a story is dropped. */
    Map<String, Long> snapshot() {
        return new HashMap<>(counters);
    }

    void restore(Map<String, Long> snapshot) {
        counters.clear();
        counters.putAll(snapshot);
    }

    /** Where the residence months run from (ADR 0170) for the applicant being started. */
    static LocalDate residenceSince(BulkPermitStore.Applicant a) {
        return ContinuousResidence.since(a.registeredOn(), a.ended());
    }

    @Override
    public ApplicantCircumstances circumstances(long person) {
        return judged(Representation.IN_PERSON).withBasisEvidencePresent(true);
    }

    private ApplicantCircumstances judged(Representation by) {
        PermitBasis basis = applicant.employed() ? PermitBasis.STABLE_EMPLOYMENT : PermitBasis.STABLE_RESIDENCE;
        ApplicantCircumstances all = new ApplicantCircumstances(applicant.birthDate(), residenceSince(applicant), null,
                null, basis, false, by, false);
        return new EligibilityCheck(policy).withNeededStartOnly(all, clock.day());
    }

    @Override
    public String submit(long person, ApplicationRequest request) {
        if (person != applicant.personId()) throw new IllegalStateException("a story for another person");
        UUID id = new UUID((ids.nextLong() & ~0xF000L) | 0x4000L, (ids.nextLong() & 0x3FFFFFFFFFFFFFFFL) | Long.MIN_VALUE);
        permit = PermitApplication.submit(id.toString(), Long.toString(applicant.registrationId()),
                judged(request.representation()), request.presented(), actor, clock);
        return permit.id();
    }

    @Override
    public void accept(String id) {
        int year = clock.day().getYear();
        String counter = PermitSteps.acceptanceCounter(year);
        long serial = last(counter) + 1;
        permit(id).accept(number(policy.acceptanceNumberFormat(), year, serial), policy, actor, clock);
        counters.put(counter, serial);
    }

    @Override
    public void approve(String id) {
        permit(id).approve(actor, clock);
    }

    @Override
    public void reject(String id, String reason) {
        permit(id).reject(reason, actor, clock);
    }

    @Override
    public void withdraw(String id, String note) {
        permit(id).cancel(CancellationReason.OTHER, note, actor, clock);
    }

    /** A new permit's first card draws the year's next permit number; later cards keep it (as the service does). */
    @Override
    public void print(String id, PrintSpec spec) {
        Actor authoriser = spec.authorisedBy() == null ? null
                : new Actor(spec.authorisedBy().login(), spec.authorisedBy().roles());
        PermitApplication p = permit(id);
        if (p.permitNumber().isPresent()) {
            p.print(new PrintRequest(spec.type(), p.permitNumber().get(), spec.reason(), authoriser), policy, actor,
                    clock);
            return;
        }
        int year = clock.day().getYear();
        String counter = PermitSteps.permitNumberCounter(year);
        long serial = last(counter) + 1;
        p.print(new PrintRequest(spec.type(), number(policy.permitNumberFormat(), year, serial), spec.reason(),
                authoriser), policy, actor, clock);
        counters.put(counter, serial);
    }

    @Override
    public void issue(String id, Handover handover) {
        permit(id).issue(handover, actor, clock);
    }

    @Override
    public void endorse(String id) {
        permit(id).endorse(actor, clock);
    }

    /** The lapse job as it would judge this permit today (the other demo permits get theirs at their own end). */
    @Override
    public void refreshLapses() {
        if (permit != null) permit.refreshLapse(clock);
    }

    @Override
    public void replace(String id) {
        permit(id).replace(true, policy, actor, clock);
    }

    @Override
    public void reissue(String id) {
        permit(id).reissue(policy, actor, clock);
    }

    private PermitApplication permit(String id) {
        if (permit == null || !permit.id().equals(id)) throw new IllegalStateException("not the story's permit");
        return permit;
    }

    private long last(String counter) {
        return counters.computeIfAbsent(counter, storedCounter::applyAsLong);
    }

    private String number(PermitNumberFormat format, int year, long serial) {
        return format.format(new PermitNumberFormat.Parts(stationCode, null, null, year, serial));
    }
}

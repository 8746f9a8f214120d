package org.residencedesk.service.demodata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.app.AppContext;
import org.residencedesk.domain.DateFormats;
import org.residencedesk.domain.account.Role;
import org.residencedesk.domain.form.FormValues;
import org.residencedesk.domain.identity.IdNumberCheck;
import org.residencedesk.domain.identity.IdNumberParser;
import org.residencedesk.domain.identity.IdNumberType;
import org.residencedesk.domain.masterdata.Division;
import org.residencedesk.domain.permit.Endorsement;
import org.residencedesk.domain.permit.EndorsementSchedule;
import org.residencedesk.domain.permit.FeeKind;
import org.residencedesk.domain.permit.FeeRecord;
import org.residencedesk.domain.permit.Handover;
import org.residencedesk.domain.permit.PermitAction;
import org.residencedesk.domain.permit.PermitApplication;
import org.residencedesk.domain.permit.PermitPolicy;
import org.residencedesk.domain.permit.PermitStatus;
import org.residencedesk.domain.permit.PermitTransition;
import org.residencedesk.domain.permit.PrintRecord;
import org.residencedesk.domain.permit.PrintType;
import org.residencedesk.domain.permit.WhoMayApply;
import org.residencedesk.domain.registration.ContinuousResidence;
import org.residencedesk.domain.registration.RegistrationDeadline;
import org.residencedesk.domain.registration.RegistrationStatus;
import org.residencedesk.domain.registration.ResidenceRegistration;
import org.residencedesk.masterdata.ClasspathMasterData;
import org.residencedesk.service.Operator;
import org.residencedesk.service.permit.PermitDemoData;
import org.residencedesk.storage.FileStationPolicyStore;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestOperators;

/**
 * Demo data that tells the truth (issue 11 item 8, ADR 0190–0192): a generated demo station, read back through the
 * repositories and services, obeys every rule in force — each check collects all violations and fails on any.
 */
class DemoDataInvariantsTest {
    static final TestClock CLOCK = TestClock.at("2026-11-28T01:15:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    static final int PERSONS = 600;
    static final int DAYS = 1095;
    static final int PERMITS = 64;
    static final long SEED = 5;

    @TempDir
    static Path dataDir;
    static AppContext ctx;
    static DemoDataOutcome outcome;
    static final List<PermitDemoData.PrintedCard> CARDS = new ArrayList<>();
    static DemoStationSnapshot station;
    static PermitPolicy policy;
    static RegistrationDeadline deadline;
    static IdNumberParser parser;
    static Operator reader;

    @BeforeAll
    static void generate() throws Exception {
        ctx = AppContext.openForTests(dataDir, new ClasspathMasterData(), CLOCK);
        outcome = ctx.demoData().generate(new DemoDataRequest(PERSONS, DAYS, SEED, PERMITS, false),
                new DemoDataListener() {
                    @Override
                    public void demoStationCreated(String stationCode) {
                    }

                    @Override
                    public void progress(int percent, long persons, double personsPerSecond) {
                    }

                    @Override
                    public void cardPrinted(PermitDemoData.PrintedCard card) {
                        CARDS.add(card);
                    }
                });
        reader = TestOperators.signIn(ctx, "inspector", "核查员", Role.WINDOW_STAFF, Role.CHIEF);
        station = new DemoStationSnapshot(ctx, reader);
        policy = ctx.permitQueries().policy();
        deadline = new FileStationPolicyStore(dataDir).load().registrationDeadline();
        parser = new IdNumberParser(CLOCK, ctx.masterData()::isKnownCounty);
    }

    @AfterAll
    static void close() {
        ctx.close();
    }

    @Test
    void everyPersonHasOneUniqueValidNumberAndFormOnlyPeopleNeverTakeARegisteredOne() {
        List<String> violations = new ArrayList<>();
        Set<String> numbers = new HashSet<>();
        for (var r : station.residents) {
            IdNumberCheck check = parser.check(r.person().idNumber());
            if (!check.valid() || !check.normalized().equals(r.person().idNumber())) {
                violations.add("invalid or not normalised: " + r.person().id());
            } else if (!check.type().name().equals(r.person().idType())) {
                violations.add("stored kind " + r.person().idType() + " is not the number's: " + r.person().id());
            }
            if (!numbers.add(check.normalized())) violations.add("number used twice: person " + r.person().id());
        }
        for (var r : station.residents) {
            for (FormValues f : r.forms()) {
                List<String> others = new ArrayList<>(List.of(f.get("landlordIdNumber"), f.get("guardianIdNumber")));
                f.rows("companions").forEach(row -> others.add(row.getOrDefault("idNumber", "")));
                for (String n : others) {
                    if (!n.isBlank() && numbers.contains(parser.check(n).normalized())) {
                        violations.add("a form-only person holds a registered number: person " + r.person().id());
                    }
                }
            }
        }
        assertThat(violations).isEmpty();
        assertThat(station.residents).hasSize(PERSONS);
    }

    @Test
    void everyDocumentKindAndAgeIsThere() {
        Map<IdNumberType, Long> kinds = station.residents.stream().collect(Collectors.groupingBy(
                r -> IdNumberType.valueOf(r.person().idType()), Collectors.counting()));
        assertThat(kinds.keySet()).contains(IdNumberType.CITIZEN, IdNumberType.HK_MO_TW, IdNumberType.FOREIGN_PR_2017,
                IdNumberType.FOREIGN_PR_2023);
        List<FormValues> forms = station.residents.stream().flatMap(r -> r.forms().stream()).toList();
        assertThat(forms).extracting(f -> f.get("documentType")).contains("id-card", "temporary-id-card",
                "hmt-residence-permit", "foreign-permanent-residence");
        assertThat(forms).as("children declared by a guardian and with a guardian present")
                .anyMatch(f -> f.get("declarant").equals("guardian") && age(f) < 16)
                .anyMatch(f -> f.get("guardianPresent").equals("true") && age(f) < 16)
                .anyMatch(f -> age(f) >= 63);
        assertThat(forms).as("legacy 15-digit numbers where the form keeps them (landlord, guardian)")
                .anyMatch(f -> f.get("landlordIdNumber").length() == 15 || f.get("guardianIdNumber").length() == 15);
        assertThat(station.residents).as("换地登记 and returns after a move-out")
                .anyMatch(r -> r.registrations().get(0).status() == RegistrationStatus.SUPERSEDED)
                .anyMatch(r -> r.registrations().size() == 2
                        && r.registrations().get(0).status() == RegistrationStatus.CANCELLED);
    }

    @Test
    void minorsHaveAGuardianAndNonMainlandPeopleNoHukou() {
        List<String> violations = new ArrayList<>();
        for (var r : station.residents) {
            for (FormValues f : r.forms()) {
                boolean alone = f.get("declarant").equals("self") && !f.get("guardianPresent").equals("true");
                if (age(f) < 16 && (alone || f.get("guardianName").isBlank() || f.get("guardianIdNumber").isBlank())) {
                    violations.add("child without guardian: person " + r.person().id());
                }
                boolean mainland = WhoMayApply.of(IdNumberType.valueOf(r.person().idType())).refusalKey().isEmpty();
                if (mainland == f.get("hukouDivision").isBlank() || mainland != f.get("nationality").isBlank()) {
                    violations.add("hukou/nationality do not fit the document: person " + r.person().id());
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void oneTownshipItsStreetsAndNoCommitteeInAnyAddress() {
        String township = ctx.stationSetup().station().orElseThrow().divisionCode();
        assertThat(township).hasSize(9);
        Map<String, Set<String>> streetsByCommunity = new HashMap<>();
        List<String> violations = new ArrayList<>();
        for (var r : station.residents) {
            for (int i = 0; i < r.registrations().size(); i++) {
                ResidenceRegistration reg = r.registrations().get(i);
                FormValues f = r.forms().get(i);
                Division community = ctx.masterData().division(reg.residenceDivision()).orElseThrow();
                if (!community.code().startsWith(township)) violations.add("outside the township: " + reg.id());
                for (String text : List.of(reg.addressText(), f.get("street"), f.get("hukouAddress"))) {
                    if (text.contains("委员会") || text.contains("委会")) violations.add("committee in: " + text);
                }
                if (!reg.addressText().startsWith(community.fullName() + f.get("street"))) {
                    violations.add("address is not community + street: " + reg.id());
                }
                streetsByCommunity.computeIfAbsent(community.code(), k -> new HashSet<>()).add(f.get("street"));
            }
        }
        assertThat(violations).isEmpty();
        assertThat(streetsByCommunity).hasSizeGreaterThan(20)
                .allSatisfy((community, streets) -> assertThat(streets).as(community).hasSizeLessThanOrEqualTo(3));
    }

    @Test
    void registrationChainsAreOrderedAndLateFlagsFollowTheDeadlineRule() {
        List<String> violations = new ArrayList<>();
        long flagged = 0;
        for (var r : station.residents) {
            List<ResidenceRegistration> regs = r.registrations();
            if (regs.stream().filter(g -> g.status() == RegistrationStatus.ACTIVE).count() > 1) {
                violations.add("two active registrations: person " + r.person().id());
            }
            for (int i = 0; i < regs.size(); i++) {
                ResidenceRegistration g = regs.get(i);
                FormValues f = r.forms().get(i);
                if (g.arrivalDate().isAfter(g.registeredOn()) || !g.registeredOn().isBefore(TODAY)
                        || g.registeredOn().isBefore(TODAY.minusDays(DAYS))) {
                    violations.add("dates out of order: registration " + g.id());
                }
                if (g.lateRegistration() != deadline.late(g.arrivalDate(), g.registeredOn(), f.get("residenceReason"),
                        f.get("intendedStay"))) {
                    violations.add("late flag against the deadline rule: registration " + g.id());
                }
                flagged += g.lateRegistration() ? 1 : 0;
                if (i + 1 < regs.size()) {
                    LocalDate next = regs.get(i + 1).registeredOn();
                    boolean fits = g.status() == RegistrationStatus.SUPERSEDED ? g.endDate().equals(next)
                            : g.status() == RegistrationStatus.CANCELLED && g.endDate().isBefore(next);
                    if (!fits) violations.add("chain broken: registration " + g.id());
                }
                if (g.endDate() != null && g.endDate().isBefore(g.registeredOn())) {
                    violations.add("ended before it began: registration " + g.id());
                }
            }
        }
        assertThat(violations).isEmpty();
        assertThat(flagged).as("late registrations exist, and the counter counts them").isPositive()
                .isEqualTo(ctx.registration().lateRegistrationCount(TestOperators.signIn(ctx, "chief2", "站长",
                        Role.CHIEF), TODAY.minusDays(DAYS + 1), TODAY));
    }

    @Test
    void permitsAreAppliedForOnlyByWhoMayAfterTheChainsMonthsAndTheirOwnRegistration() {
        List<String> violations = new ArrayList<>();
        for (var r : station.residents) {
            for (PermitApplication p : r.permits()) {
                if (WhoMayApply.of(IdNumberType.valueOf(r.person().idType())).refusalKey().isPresent()) {
                    violations.add("permit of someone who may not apply: " + p.id());
                }
                ResidenceRegistration reg = r.registration(Long.parseLong(p.registrationId()));
                LocalDate start = ContinuousResidence.since(reg, r.registrations());
                if (p.submittedOn().isBefore(policy.residenceRequirementMetOn(start))
                        || p.submittedOn().isBefore(reg.registeredOn())) {
                    violations.add("applied before the chain's months or its registration: " + p.id());
                }
                if (!p.circumstances().registrationStart().equals(start)) {
                    violations.add("the stored start is not the chain's: " + p.id());
                }
                if (p.circumstances().minorOn(p.submittedOn()) && !p.circumstances().representation()
                        .guardianOrRelativePresent()) {
                    violations.add("a child applied without a guardian: " + p.id());
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void stepsFollowEachOtherAndCardsAreReadyAndHandedOverWithinThePromise() {
        List<String> violations = new ArrayList<>();
        for (var r : station.residents) {
            for (PermitApplication p : r.permits()) {
                List<PermitTransition> h = p.history();
                for (int i = 1; i < h.size(); i++) {
                    if (h.get(i).at().isBefore(h.get(i - 1).at())) violations.add("history out of order: " + p.id());
                }
                if (h.get(h.size() - 1).at().isAfter(CLOCK.instant())) violations.add("a step after now: " + p.id());
                p.acceptedOn().ifPresent(a -> {
                    if (!p.promisedOn().orElseThrow().equals(policy.promisedDate(a))) violations.add("promise: " + p.id());
                });
                LocalDate approved = first(h, PermitAction.APPROVE);
                LocalDate printed = p.prints().isEmpty() ? null : p.prints().get(0).printedOn();
                if (printed != null && (approved == null || printed.isBefore(approved)
                        || printed.isAfter(p.promisedOn().orElseThrow()))) {
                    violations.add("printed before approval or after the promise: " + p.id());
                }
                if (p.firstIssuedOn().isPresent() && (printed == null || p.firstIssuedOn().get().isBefore(printed)
                        || p.firstIssuedOn().get().isAfter(p.promisedOn().orElseThrow()))) {
                    violations.add("issued before printing or after the promise: " + p.id());
                }
                for (PrintRecord print : p.prints()) {
                    if (print.type().isReprint() && (print.reason() == null || print.authorisedBy() == null)) {
                        violations.add("reprint without reason or authorisation: " + p.id());
                    }
                }
                for (Handover handover : p.handovers()) {
                    if (!handover.byHolder() && handover.collectorIdNumber().value().equals(r.person().idNumber())) {
                        violations.add("the holder recorded as collector: " + p.id());
                    }
                }
                long charged = h.stream().filter(t -> t.action() == PermitAction.REPLACE
                        || t.action() == PermitAction.REISSUE).count();
                if (p.fees().size() != charged) violations.add("fees do not match 换领/补领: " + p.id());
                for (FeeRecord fee : p.fees()) {
                    if (fee.amountFen() != policy.feeFen(fee.kind())) violations.add("fee amount: " + p.id());
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void endorsementsFallInTheirWindowsWhileRegisteredAndLapsesOnTheAnniversary() {
        List<String> violations = new ArrayList<>();
        for (var r : station.residents) {
            for (PermitApplication p : r.permits()) {
                if (p.firstIssuedOn().isEmpty()) continue;
                EndorsementSchedule schedule = new EndorsementSchedule(p.prints().get(0).printedOn(), 0);
                for (Endorsement e : p.endorsements()) {
                    if (e.late() ? !schedule.isLapsedOn(e.endorsedOn())
                            : !schedule.windowOpenOn(e.endorsedOn()) || !e.anniversary().equals(schedule.nextAnniversary())) {
                        violations.add("endorsement outside its window: " + p.id() + " " + e.endorsedOn());
                    }
                    schedule = e.late() ? EndorsementSchedule.restartedOn(e.endorsedOn()) : schedule.endorsed();
                    if (r.registrations().stream().noneMatch(g -> !g.registeredOn().isAfter(e.endorsedOn())
                            && (g.endDate() == null || !g.endDate().isBefore(e.endorsedOn())))) {
                        violations.add("endorsed without a live registration: " + p.id());
                    }
                }
                if (!p.endorsementSchedule().orElseThrow().equals(schedule)) violations.add("schedule: " + p.id());
                boolean lapsed = schedule.isLapsedOn(TODAY);
                if (lapsed != (p.status() == PermitStatus.SUSPENDED) && !p.status().isFinal()) {
                    violations.add("status " + p.status() + " while lapsed=" + lapsed + ": " + p.id());
                }
                for (PermitTransition t : p.history()) {
                    if (t.action() == PermitAction.LAPSE && t.at().atZone(TestClock.STATION_ZONE).toLocalDate()
                            .isBefore(new EndorsementSchedule(p.prints().get(0).printedOn(), 0).nextAnniversary())) {
                        violations.add("lapsed before its anniversary: " + p.id());
                    }
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void everyPrintedCardSaysWhatTheRecordHeldThatDay() {
        Map<String, PermitApplication> permits = new HashMap<>();
        station.residents.forEach(r -> r.permits().forEach(p -> permits.put(p.id(), p)));
        String authority = ctx.stationSetup().station().orElseThrow().issuingAuthority().orElseThrow();
        List<String> violations = new ArrayList<>();
        for (PermitDemoData.PrintedCard card : CARDS) {
            PermitApplication p = permits.get(card.permitId());
            LocalDate from = p.prints().get(0).printedOn();
            EndorsementSchedule schedule = new EndorsementSchedule(from, 0);
            for (Endorsement e : p.endorsements()) {
                if (e.endorsedOn().isAfter(card.printedOn())) break;
                schedule = e.late() ? EndorsementSchedule.restartedOn(e.endorsedOn()) : schedule.endorsed();
            }
            boolean handedOver = p.firstIssuedOn().filter(d -> !d.isAfter(card.printedOn())).isPresent();
            LocalDate until = handedOver ? schedule.validUntil(policy.validityYears()) : policy.expiryFor(from);
            String expected = DateFormats.CARD_DATE.format(schedule.anchor()) + "-" + DateFormats.CARD_DATE.format(until);
            if (!expected.equals(card.card().parameters().get("validity"))) {
                violations.add(card.permitId() + ": card " + card.card().parameters().get("validity") + ", record " + expected);
            }
            if (!authority.equals(card.card().parameters().get("issuingAuthority"))) violations.add("authority " + p.id());
        }
        assertThat(violations).isEmpty();
        assertThat(CARDS).hasSizeGreaterThanOrEqualTo(permits.values().stream().mapToInt(p -> p.prints().size()).sum());
    }

    @Test
    void theStationShowsEveryStepOfAPermitsLife() {
        List<PermitApplication> all = station.residents.stream().flatMap(r -> r.permits().stream()).toList();
        assertThat(all).hasSize(PERMITS);
        assertThat(all).extracting(PermitApplication::status).contains(PermitStatus.values());
        assertThat(all).as("endorsed on time, late, due within 30 days")
                .anyMatch(p -> p.endorsements().stream().anyMatch(e -> !e.late()))
                .anyMatch(p -> p.endorsements().stream().anyMatch(Endorsement::late))
                .anyMatch(p -> p.isEndorsementDueWithin(TODAY, policy));
        assertThat(all).as("换领 and 补领 with fees, correction reprints, collectors, overdue collection")
                .anyMatch(p -> p.fees().stream().anyMatch(f -> f.kind() == FeeKind.REPLACEMENT))
                .anyMatch(p -> p.fees().stream().anyMatch(f -> f.kind() == FeeKind.REISSUE))
                .anyMatch(p -> p.prints().stream().anyMatch(x -> x.type() == PrintType.CORRECTION_REPRINT))
                .anyMatch(p -> p.handovers().stream().anyMatch(x -> !x.byHolder()))
                .anyMatch(p -> p.isCollectionOverdueOn(TODAY, policy));
        assertThat(outcome.registrations().reRegistered()).isPositive();
    }

    private static int age(FormValues f) {
        return Period.between(LocalDate.parse(f.get("birthDate")), LocalDate.parse(f.get("registrationDate"))).getYears();
    }

    /**
     * 以房管人 / 以业管人 (ADR 0264): every house code and credit code a registration names is in its register, with
     * the same address, landlord and employer name the form holds; most houses hold no more people than they may,
     * a few are over capacity and a few have seen everyone move out, on purpose; a house registered afterwards gets
     * a code no demo house has.
     */
    @Test
    void registrationsLiveInRegisteredHousesAndWorkForRegisteredEmployers() throws Exception {
        Map<String, String[]> houses = new HashMap<>(); // code -> address, kind, manager, capacity
        Map<String, String> employers = new HashMap<>(); // credit code -> name
        try (var c = ctx.database().openConnection(); var st = c.createStatement()) {
            try (var rs = st.executeQuery("SELECT HOUSE_CODE, ADDRESS_TEXT, KIND, MANAGER_NAME, CAPACITY FROM RENTAL_HOUSE")) {
                while (rs.next()) {
                    houses.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3), rs.getString(4),
                            Integer.toString(rs.getInt(5))});
                }
            }
            try (var rs = st.executeQuery("SELECT CREDIT_CODE, NAME FROM EMPLOYER")) {
                while (rs.next()) employers.put(rs.getString(1), rs.getString(2));
            }
        }
        List<String> violations = new ArrayList<>();
        Map<String, Integer> now = new HashMap<>();
        Set<String> named = new HashSet<>();
        int housed = 0;
        int employed = 0;
        for (var r : station.residents) {
            for (int i = 0; i < r.registrations().size(); i++) {
                ResidenceRegistration reg = r.registrations().get(i);
                FormValues f = r.forms().get(i);
                String code = reg.houseCode();
                if (!f.get("houseCode").equals(code == null ? "" : code)) violations.add("house column: " + reg.id());
                if (code != null) {
                    housed++;
                    named.add(code);
                    String[] h = houses.get(code);
                    if (h == null) {
                        violations.add("unregistered house " + code);
                        continue;
                    }
                    if (!reg.addressText().equals(h[0])) violations.add("address differs from the house: " + reg.id());
                    String kind = f.get("residenceType").equals("25") ? "DORMITORY" : "RENTAL";
                    if (!h[1].equals(kind)) violations.add("kind differs from 居住处所: " + reg.id());
                    if (kind.equals("RENTAL") && !f.get("landlordName").equals(h[2])) {
                        violations.add("landlord differs from the house: " + reg.id());
                    }
                    if (reg.status() == RegistrationStatus.ACTIVE) now.merge(code, 1, Integer::sum);
                } else if (List.of("34", "25").contains(f.get("residenceType"))) {
                    violations.add("a rented flat or dormitory without its house: " + reg.id());
                }
                String credit = reg.workplaceCreditCode();
                if (!f.get("workplaceCreditCode").equals(credit == null ? "" : credit)) {
                    violations.add("workplace column: " + reg.id());
                }
                if (credit != null) {
                    employed++;
                    if (!f.get("workplaceName").equals(employers.get(credit))) {
                        violations.add("employer " + credit + " not registered under " + f.get("workplaceName"));
                    }
                }
            }
        }
        assertThat(violations).isEmpty();
        assertThat(housed).as("registrations naming a house").isGreaterThan(PERSONS / 2);
        assertThat(employed).as("registrations naming an employer").isGreaterThan(PERSONS / 10);
        long within = now.entrySet().stream().filter(e -> e.getValue() <= Integer.parseInt(houses.get(e.getKey())[3]))
                .count();
        assertThat((double) within / now.size()).as("occupied houses within their capacity").isGreaterThan(0.9);
        assertThat(within).as("some over capacity on purpose").isLessThan(now.size());
        long allMovedOut = named.stream().filter(code -> !now.containsKey(code)).count();
        assertThat(allMovedOut).as("houses whose occupants all moved out").isPositive();
        assertThat(ctx.houseRegister().overCapacity(reader, 0, 50)).isNotEmpty();
        assertThat(ctx.houseRegister().allMovedOut(reader, 0, 50)).hasSizeGreaterThanOrEqualTo(
                (int) Math.min(50, allMovedOut));
        String community = houses.keySet().iterator().next().substring(0, 12);
        var added = ctx.houseRegister().register(reader, new org.residencedesk.service.register.HouseForm("",
                "RENTAL", community, "测试路", "1号", "", "", "", "PERSON", "李四", "34052419800101001X", "",
                "13900001111", "1", "2", ""));
        assertThat(houses).as("a new house gets a code no demo house has").doesNotContainKey(added.houseCode());
    }

    private static LocalDate first(List<PermitTransition> h, PermitAction action) {
        return h.stream().filter(t -> t.action() == action).findFirst()
                .map(t -> t.at().atZone(TestClock.STATION_ZONE).toLocalDate()).orElse(null);
    }
}

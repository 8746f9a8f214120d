package org.residencedesk.service.demodata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
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
import org.residencedesk.domain.account.Role;
import org.residencedesk.domain.permit.ApplicantCircumstances;
import org.residencedesk.domain.permit.Handover;
import org.residencedesk.domain.permit.MaterialKind;
import org.residencedesk.domain.permit.MaterialsChecklist;
import org.residencedesk.domain.permit.PermitAction;
import org.residencedesk.domain.permit.PermitApplication;
import org.residencedesk.domain.permit.PermitStatus;
import org.residencedesk.domain.permit.PermitTransition;
import org.residencedesk.port.PermitSummary;
import org.residencedesk.service.Operator;
import org.residencedesk.service.permit.ApplicationRequest;
import org.residencedesk.service.permit.CardPrintJob;
import org.residencedesk.service.permit.PrintSpec;
import org.residencedesk.port.printing.DocumentType;
import org.residencedesk.port.printing.PrintOutcome;
import org.residencedesk.port.printing.PrintStatus;
import org.residencedesk.storage.DeferredIndexes;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestMasterData;
import org.residencedesk.testing.TestOperators;

/**
 * {@code --permits} above the service-driven 300 (ADR 0390): a real demo station of 2,000 persons with 600 bulk
 * permits, read and moved on through the real permit services afterwards.
 */
class BulkPermitDemoDataTest {
    static final TestClock CLOCK = TestClock.at("2026-11-28T01:15:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @TempDir
    static Path dataDir;
    static AppContext ctx;
    static DemoDataOutcome outcome;
    static Operator staff;
    /** As stored right after the run, before any test moved a permit on. */
    static Map<PermitStatus, Integer> stored;
    static List<String[]> bulk;
    /** The permit tables' plain indexes before the run, which sets them aside while it writes (ADR 0403). */
    static Map<String, String> permitIndexes;

    @BeforeAll
    static void generate() throws Exception {
        ctx = AppContext.openForTests(dataDir, TestMasterData.shared(), CLOCK);
        try (Connection c = ctx.database().openConnection()) {
            permitIndexes = DeferredIndexes.plainIndexes(c, DeferredIndexes.PERMIT_TABLES);
        }
        outcome = ctx.demoData().generate(new DemoDataRequest(2_000, 1095, 7, 600, false), DemoDataListener.SILENT);
        staff = TestOperators.signIn(ctx, "zhaomin", "赵敏", Role.WINDOW_STAFF, Role.REVIEWER, Role.CLERK, Role.CHIEF);
        stored = new EnumMap<>(PermitStatus.class);
        for (String[] row : rows("SELECT STATUS, COUNT(*) FROM PERMIT_APPLICATION GROUP BY STATUS")) {
            stored.put(PermitStatus.valueOf(row[0]), Integer.parseInt(row[1]));
        }
        bulk = rows("SELECT ID, PERSON_ID, STATUS FROM PERMIT_APPLICATION");
    }

    @AfterAll
    static void close() {
        ctx.close();
    }

    @Test
    void everyStatusIsPresentAndTheReportedCountsAreWhatIsStored() throws SQLException {
        assertThat(outcome.permits().keySet()).containsExactlyInAnyOrder(PermitStatus.values());
        assertThat(outcome.permitCount()).isEqualTo(600);
        assertThat(stored).isEqualTo(outcome.permits());
        assertThat(bulk.stream().map(p -> p[1]).distinct().count()).as("one permit per person").isEqualTo(600);
    }

    @Test
    void thePermitIndexesSetAsideForTheLoadAreAllBuiltAgain() throws SQLException {
        try (Connection c = ctx.database().openConnection()) {
            assertThat(permitIndexes).containsKeys("PERMIT_STEP_DAY", "PERMIT_STATUS_PROMISED", "PERMIT_ID_REGISTRATION");
            assertThat(DeferredIndexes.plainIndexes(c, DeferredIndexes.PERMIT_TABLES)).isEqualTo(permitIndexes);
            assertThat(DeferredIndexes.pending(c)).isEmpty();
        }
    }

    @Test
    void eachBulkPermitReadsBackThroughTheServicesWithItsHistoryAndSteps() throws SQLException {
        Map<String, Integer> steps = new HashMap<>();
        for (String[] row : rows("SELECT PERMIT_ID, COUNT(*) FROM PERMIT_STEP GROUP BY PERMIT_ID")) {
            steps.put(row[0], Integer.parseInt(row[1]));
        }
        assertThat(bulk).hasSize(600);
        for (String[] p : bulk) {
            PermitApplication a = ctx.permitQueries().open(staff, p[0]);
            PermitSummary s = ctx.permitQueries().summary(staff, p[0]);
            assertThat(a.status()).isEqualTo(s.status());
            if (a.status().name().equals(p[2])) {
                assertThat(steps.get(p[0])).as("a step row per transition").isEqualTo(a.history().size());
            }
            assertThat(a.history().get(0).action()).isEqualTo(PermitAction.SUBMIT);
            assertThat(a.history().get(a.history().size() - 1).at()).isBefore(CLOCK.instant().plusSeconds(36_000));
            assertThat(ctx.permitQueries().permitsOfPerson(staff, Long.parseLong(p[1]))).extracting(PermitSummary::id)
                    .containsExactly(p[0]);
            if (a.status() != PermitStatus.AWAITING_MATERIALS) {
                assertThat(a.acceptanceNumber()).isPresent();
            }
            if (a.status() == PermitStatus.SUSPENDED) {
                PermitTransition lapse = a.history().get(a.history().size() - 1);
                assertThat(lapse.action()).isEqualTo(PermitAction.LAPSE);
                assertThat(a.endorsementSchedule().orElseThrow().isLapsedOn(TODAY)).isTrue();
            }
        }
        assertThat(rows("SELECT COUNT(*) FROM PERMIT_APPLICATION WHERE PERMIT_NO IS NOT NULL").get(0)[0])
                .isEqualTo(rows("SELECT COUNT(DISTINCT PERMIT_NO) FROM PERMIT_APPLICATION").get(0)[0]);
    }

    @Test
    void aPrintedBulkCardIsHandedOverAndALapsedOneEndorsedLateThroughTheRealServices() throws SQLException {
        String printed = rows("SELECT ID FROM PERMIT_APPLICATION WHERE STATUS = 'PRINTED'").get(0)[0];
        String lapsed = rows("SELECT ID FROM PERMIT_APPLICATION WHERE STATUS = 'SUSPENDED'").get(0)[0];

        assertThat(ctx.permits().cardProduction().issue(staff, printed, Handover.holder()).permit().status())
                .isEqualTo(PermitStatus.ISSUED);
        assertThat(ctx.permits().lifecycle().endorse(staff, lapsed).permit().status()).isEqualTo(PermitStatus.ISSUED);
        assertThat(ctx.permitQueries().open(staff, lapsed).endorsements()).last()
                .satisfies(e -> assertThat(e.late()).isTrue());
    }

    @Test
    void aRealApplicationAndCardAfterTheBulkDrawTheNextNumbersWithoutCollision() throws SQLException {
        Set<String> acceptance = new HashSet<>(column("SELECT ACCEPTANCE_NO FROM PERMIT_APPLICATION"
                + " WHERE ACCEPTANCE_NO IS NOT NULL"));
        Set<String> numbers = new HashSet<>(column("SELECT PERMIT_NO FROM PERMIT_APPLICATION WHERE PERMIT_NO IS NOT NULL"));
        long person = Long.parseLong(rows("SELECT r.PERSON_ID FROM RESIDENCE_REGISTRATION r JOIN PERSON p"
                + " ON p.ID = r.PERSON_ID WHERE r.STATUS = 'ACTIVE' AND p.ID_TYPE = 'CITIZEN'"
                + " AND p.BIRTH_DATE < '1990-01-01' AND r.REGISTERED_ON < '2025-06-01' AND NOT EXISTS"
                + " (SELECT 1 FROM PERMIT_APPLICATION a WHERE a.PERSON_ID = r.PERSON_ID) ORDER BY r.ID").get(0)[0]);
        ApplicantCircumstances c = ctx.permits().applications()
                .checkEligibility(staff, person, ApplicationRequest.inPerson(null, Set.of())).circumstances();
        Set<MaterialKind> materials = MaterialsChecklist.requiredFor(c).stream()
                .map(r -> r.acceptable(false).get(0)).collect(Collectors.toSet());

        String id = ctx.permits().applications().submit(staff, person, ApplicationRequest.inPerson(null, materials))
                .permit().id();
        String accepted = ctx.permits().applications().accept(staff, id).permit().acceptanceNumber();
        ctx.permits().review().approve(staff, id);
        CardPrintJob job = ctx.permits().cardProduction().print(staff, id, PrintSpec.first());
        String number = ctx.permits().cardProduction().markPrinted(staff, job, new PrintOutcome(DocumentType.PERMIT_CARD,
                "test", 0, 1, PrintStatus.PRINTED, "test")).permit().permitNumber();

        assertThat(acceptance).doesNotContain(accepted).hasSizeGreaterThan(400);
        assertThat(numbers).doesNotContain(number).hasSizeGreaterThan(200);
        String year = Integer.toString(TODAY.getYear());
        long lastBulkThisYear = numbers.stream().filter(n -> n.substring(12, 16).equals(year))
                .mapToLong(n -> Long.parseLong(n.substring(16))).max().orElse(0);
        assertThat(Long.parseLong(number.substring(16))).as("the next serial of the year").isEqualTo(lastBulkThisYear + 1);
    }

    @Test
    void morePermitsThanPersonsAreRefused() {
        assertThatThrownBy(() -> ctx.demoData().generate(new DemoDataRequest(10, 1095, 7, 11, false),
                DemoDataListener.SILENT)).isInstanceOfSatisfying(DemoDataRefused.class,
                e -> assertThat(e.messageKey()).isEqualTo("demoData.tooManyPermits"));
    }

    private static List<String> column(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        for (String[] row : rows(sql)) values.add(row[0]);
        return values;
    }

    private static List<String[]> rows(String sql) throws SQLException {
        List<String[]> rows = new ArrayList<>();
        try (Connection c = ctx.database().openConnection(); PreparedStatement ps = c.prepareStatement(sql);
             ResultSet rs = ps.executeQuery()) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                String[] row = new String[n];
                for (int i = 0; i < n; i++) row[i] = rs.getString(i + 1);
                rows.add(row);
            }
        }
        return rows;
    }
}

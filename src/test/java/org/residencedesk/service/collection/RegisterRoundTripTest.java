package org.residencedesk.service.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.app.AppContext;
import org.residencedesk.domain.account.Role;
import org.residencedesk.domain.collection.CollectorKind;
import org.residencedesk.domain.collection.RecordKind;
import org.residencedesk.domain.form.FormValues;
import org.residencedesk.domain.registration.SearchKind;
import org.residencedesk.service.Operator;
import org.residencedesk.service.export.ExportFormat;
import org.residencedesk.service.export.ExportSubject;
import org.residencedesk.service.register.EmployerForm;
import org.residencedesk.service.register.HouseForm;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestOperators;
import org.residencedesk.testing.TestStation;

/**
 * A station's registers travel with its registrations (ADR 0292): station A exports its houses, employers and
 * registrations as CSV; station B imports the houses and employers first, then the registrations that name them,
 * and holds every field the same. Registrations imported before their houses are refused row by row (ADR 0212).
 */
class RegisterRoundTripTest {
    static final TestClock CLOCK = TestClock.at("2026-11-28T01:15:00Z");

    @Test
    void housesEmployersAndThenRegistrationsMoveBetweenStationsWithEveryField(@TempDir Path a, @TempDir Path b,
                                                                             @TempDir Path exchange) throws Exception {
        Path houses = exchange.resolve("houses.csv");
        Path employers = exchange.resolve("employers.csv");
        Path registrations = exchange.resolve("registrations.csv");
        Map<String, HouseForm> housesAtA = new LinkedHashMap<>();
        Map<String, EmployerForm> employersAtA = new LinkedHashMap<>();
        Map<String, FormValues> registrationsAtA = new LinkedHashMap<>();
        try (AppContext stationA = TestStation.open(a, CLOCK)) {
            Operator staff = TestOperators.signIn(stationA, "wangfang", "王芳", Role.WINDOW_STAFF);
            List<HouseForm> forms = List.of(
                    new HouseForm("HBRT0001", "RENTAL", RegisterRows.VILLAGE, "珞喻路", "1037号", "3栋", "2单元",
                            "1502", "PERSON", "李四", "34052419800101001X", "", "13900001111", "3", "4", "朝南"),
                    new HouseForm("", "OWN_HOME", RegisterRows.VILLAGE, "关山大道", "12号", "", "", "", "PERSON",
                            "张三", "34052419800101001X", "", "027-87654321", "", "2", ""),
                    new HouseForm("", "DORMITORY", RegisterRows.VILLAGE, "光谷大道", "77号", "A栋", "", "", "ORGANISATION",
                            "武汉某物流有限公司", "", RegisterRows.creditCode(77), "13900002222", "20", "80", "员工宿舍"));
            for (HouseForm f : forms) {
                HouseForm stored = stationA.houseRegister().register(staff, f).form();
                housesAtA.put(stored.houseCode(), stored);
            }
            for (int i = 1; i <= 2; i++) {
                EmployerForm stored = stationA.employerRegister().register(staff, new EmployerForm(
                        RegisterRows.creditCode(800 + i), "武汉第" + i + "物流有限公司", RegisterRows.VILLAGE,
                        "珞喻路" + i + "号", "王五", "027-8765432" + i, i == 1 ? "物流" : "")).form();
                employersAtA.put(stored.creditCode(), stored);
            }
            List<String> houseCodes = new ArrayList<>(housesAtA.keySet());
            List<String> creditCodes = new ArrayList<>(employersAtA.keySet());
            for (int i = 0; i < 3; i++) {
                FormValues v = CollectedPeople.person(80_000 + i).toBuilder().set("houseCode", houseCodes.get(i))
                        .set("workplaceCreditCode", creditCodes.get(i % 2)).set("workplaceName", "武汉物流").build();
                FormValues stored = stationA.registration().register(staff, v).values();
                registrationsAtA.put(stored.get("idNumber"), stored);
            }
            Operator chief = TestOperators.signIn(stationA, "chief", "李站长", Role.CHIEF);
            assertThat(stationA.exports().export(chief, ExportSubject.HOUSES, ExportFormat.CSV, houses)).isEqualTo(3);
            assertThat(stationA.exports().export(chief, ExportSubject.EMPLOYERS, ExportFormat.CSV, employers))
                    .isEqualTo(2);
            stationA.exports().export(chief, ExportSubject.REGISTRATIONS, ExportFormat.CSV, registrations);
        }

        try (AppContext stationB = TestStation.open(b, CLOCK)) {
            Operator staffB = TestOperators.signIn(stationB, "zhangli", "张丽", Role.WINDOW_STAFF);
            ImportResult tooEarly = stationB.collectionImport().register(staffB, RecordKind.REGISTRATION,
                    CollectorKind.GRID_WORKER, registrations);
            assertThat(tooEarly.accepted()).isZero();
            assertThat(tooEarly.rejected()).isEqualTo(3);
            assertThat(tooEarly.errors()).extracting(RowProblem::field).contains("houseCode");

            ImportResult h = stationB.collectionImport().register(staffB, RecordKind.HOUSE, CollectorKind.GRID_WORKER,
                    houses);
            ImportResult e = stationB.collectionImport().register(staffB, RecordKind.EMPLOYER,
                    CollectorKind.GRID_WORKER, employers);
            ImportResult r = stationB.collectionImport().register(staffB, RecordKind.REGISTRATION,
                    CollectorKind.GRID_WORKER, registrations);
            assertThat(h.errors()).isEmpty();
            assertThat(e.errors()).isEmpty();
            assertThat(r.errors()).isEmpty();
            assertThat(List.of(h.accepted(), e.accepted(), r.accepted())).containsExactly(3L, 2L, 3L);

            for (Map.Entry<String, HouseForm> house : housesAtA.entrySet()) {
                assertThat(stationB.houseRegister().findByCode(staffB, house.getKey()).orElseThrow().form())
                        .isEqualTo(house.getValue());
            }
            for (Map.Entry<String, EmployerForm> employer : employersAtA.entrySet()) {
                assertThat(stationB.employerRegister().findByCreditCode(staffB, employer.getKey()).orElseThrow()
                        .form()).isEqualTo(employer.getValue());
            }
            for (Map.Entry<String, FormValues> reg : registrationsAtA.entrySet()) {
                long id = stationB.registration().search(staffB, reg.getKey(), SearchKind.ID_NUMBER, 0, 1).items()
                        .get(0).registrationId();
                FormValues atB = stationB.registration().open(staffB, id).values();
                assertThat(CollectedPeople.typed(atB)).isEqualTo(CollectedPeople.typed(reg.getValue()));
            }

            ImportResult again = stationB.collectionImport().register(staffB, RecordKind.HOUSE,
                    CollectorKind.GRID_WORKER, houses);
            assertThat(again.accepted()).isZero();
            assertThat(again.duplicates()).isEqualTo(3);
        }
    }
}

package org.residencedesk.service.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
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
import org.residencedesk.domain.registration.MoveOutReason;
import org.residencedesk.domain.registration.SearchKind;
import org.residencedesk.service.Operator;
import org.residencedesk.service.export.ExportFormat;
import org.residencedesk.service.export.ExportSubject;
import org.residencedesk.service.registration.Registered;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestOperators;
import org.residencedesk.testing.TestStation;

/**
 * Export → import between two stations: every registration exported by station A is registered at station B with
 * every form field the same (the system's own fields — 经办人, 登记日期, 登记编号 — are B's); an ended registration is
 * not registered again.
 */
class RegistrationRoundTripTest {
    static final TestClock CLOCK = TestClock.at("2026-11-28T01:15:00Z");

    @Test
    void anExportOfOneStationImportsIntoAnotherWithEveryFormField(@TempDir Path a, @TempDir Path b,
                                                                 @TempDir Path exchange) throws Exception {
        Map<String, FormValues> exported = new LinkedHashMap<>();
        Path file = exchange.resolve("station-a.csv");
        try (AppContext stationA = TestStation.open(a, CLOCK)) {
            Operator staff = TestOperators.signIn(stationA, "wangfang", "王芳", Role.WINDOW_STAFF);
            for (int i = 0; i < 40; i++) {
                FormValues v = CollectedPeople.person(60_000 + i);
                if (i % 5 == 1) { // optional fields filled as well
                    v = v.toBuilder().set("formerName", "王小二").set("fixedPhone", "027-87654321")
                            .set("emergencyContact", "王大明").set("emergencyPhone", "13900002222")
                            .set("building", "3栋").set("unit", "2单元").set("room", "1502")
                            .set("workplaceAddress", "武汉市洪山区珞喻路1号").set("contractStart", "2026-01-01")
                            .set("contractEnd", "2027-12-31").set("insuranceStartMonth", "2026-02")
                            .set("validFrom", "2016-05-01").set("validUntil", "长期").set("issuingAuthority", "武汉市公安局")
                            .build();
                }
                Registered r = stationA.registration().register(staff, v);
                exported.put(r.values().get("idNumber"), r.values());
            }
            // one person moved out: the export carries the ended registration, which must not be registered again
            String ended = exported.keySet().iterator().next();
            long endedId = stationA.registration().search(staff, ended, SearchKind.ID_NUMBER, 0, 1).items().get(0)
                    .registrationId();
            stationA.registration().moveOut(staff, endedId, MoveOutReason.values()[0], LocalDate.of(2026, 11, 20));
            exported.remove(ended);
            Operator chief = TestOperators.signIn(stationA, "chief", "李站长", Role.CHIEF);
            stationA.exports().export(chief, ExportSubject.REGISTRATIONS, ExportFormat.CSV, file);
        }

        try (AppContext stationB = TestStation.open(b, CLOCK)) {
            Operator staffB = TestOperators.signIn(stationB, "zhangli", "张丽", Role.WINDOW_STAFF);
            ImportResult result = stationB.collectionImport().register(staffB, RecordKind.REGISTRATION,
                    CollectorKind.GRID_WORKER, file);

            assertThat(result.errors()).isEmpty();
            assertThat(result.accepted()).isEqualTo(39);
            assertThat(result.ended()).isEqualTo(1);
            List<String> differences = new ArrayList<>();
            for (Map.Entry<String, FormValues> e : exported.entrySet()) {
                long id = stationB.registration().search(staffB, e.getKey(), SearchKind.ID_NUMBER, 0, 1).items()
                        .get(0).registrationId();
                FormValues atB = stationB.registration().open(staffB, id).values();
                if (!CollectedPeople.typed(atB).equals(CollectedPeople.typed(e.getValue()))
                        || !atB.groups().equals(e.getValue().groups())) {
                    differences.add(e.getKey());
                }
                assertThat(atB.get("operator")).isEqualTo("zhangli");
            }
            assertThat(differences).isEmpty();
            assertThat(exported.values()).anySatisfy(v -> assertThat(v.rows("companions")).hasSize(1));

            ImportResult again = stationB.collectionImport().register(staffB, RecordKind.REGISTRATION,
                    CollectorKind.GRID_WORKER, file);
            assertThat(again.accepted()).isZero();
            assertThat(again.duplicates()).isEqualTo(39);
        }
    }
}

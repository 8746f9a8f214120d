package org.residencedesk.service.permit;

import static org.residencedesk.service.permit.PermitServiceFixture.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.residencedesk.domain.identity.IdNumber;
import org.junit.jupiter.api.Test;

/** 查询 on a real Derby database: overdue collection from the print day, the flat export rows. */
class PermitQueriesTest extends PermitStageTest {
    @Test
    void overdueCollectionCountsFromThePrintDay() {
        String id = f.accepted();
        f.review().approve(REVIEWER, id);
        f.today(LocalDate.of(2026, 12, 1));
        f.cardProduction().markPrinted(CLERK, f.cardProduction().print(CLERK, id, PrintSpec.first()), printed());
        int days = f.queries().policy().overdueCollectionDays();
        f.today(LocalDate.of(2026, 12, 1).plusDays(days));
        assertThat(overdueIds()).doesNotContain(id);
        assertThat(f.queries().awaitingCollection(STAFF, 0, 0, 500).items()).extracting(i -> i.permit().id()).contains(id);
        f.today(LocalDate.of(2026, 12, 1).plusDays(days + 1L));
        assertThat(overdueIds()).contains(id);
        PermitListItem item = f.queries().overdueCollection(STAFF, 0, 500).items().stream()
                .filter(i -> i.permit().id().equals(id)).findFirst().orElseThrow();
        var registration = f.ctx.registration().open(STAFF, f.queries().summary(STAFF, id).registrationId());
        assertThat(item.maskedIdNumber()).isEqualTo(IdNumber.mask(registration.values().get("idNumber")))
                .isNotEqualTo(registration.values().get("idNumber"));
    }

    private static List<String> overdueIds() {
        return f.queries().overdueCollection(STAFF, 0, 500).items().stream().map(i -> i.permit().id()).toList();
    }

    @Test
    void exportStreamsEveryPermitWithStatusDatesAndEndorsements() {
        String id = f.issuedOn(LocalDate.of(2026, 12, 6));
        List<Map<String, Object>> rows = new ArrayList<>();
        f.queries().exportRows(CHIEF, rows::add);
        Map<String, Object> row = rows.stream().filter(r -> r.get("id").equals(id)).findFirst().orElseThrow();
        assertThat(row).containsEntry("status", "ISSUED").containsEntry("issuedOn", "2026-12-06")
                .containsEntry("endorsements", 0).containsEntry("nextAnniversary", "2027-12-06");
        assertThat(rows).allSatisfy(r -> assertThat(r).doesNotContainKeys("name", "idNumber"));
    }
}

package org.residencedesk.service.collection;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.residencedesk.domain.form.FormColumns;
import org.residencedesk.domain.form.FormValues;
import org.residencedesk.service.export.CsvWriter;
import org.residencedesk.testing.IdNumbers;
import org.residencedesk.testsupport.RegistrationFixture;

/**
 * Demo-like collected rows for the import tests: valid people (distinct ID numbers, both sexes, companions on some
 * rows) and a catalogue of bad values, each with the field whose problem the import must report.
 */
public final class CollectedPeople {
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周"};
    private static final String[] GIVEN = {"秀英", "建国", "丽", "伟", "芳", "军", "敏", "静", "磊", "洋", "婷"};
    private static final String[] COUNTIES = {"420106", "420111", "421087", "110105", "420102"};

    /** One kind of bad value: the field (path prefix) its problem is reported on and how a valid row is spoiled. */
    public record Bad(String field, UnaryOperator<FormValues> spoil) {
    }

    static final List<Bad> CATALOGUE = List.of(
            new Bad("mobile", v -> v.toBuilder().set("mobile", "1381234567").build()),
            new Bad("birthDate", v -> v.toBuilder().set("birthDate", "1990-02-30").build()),
            new Bad("sex", v -> v.toBuilder().set("sex", "9").build()),
            new Bad("idNumber", v -> v.toBuilder().set("idNumber", badCheck(v.get("idNumber"))).build()),
            new Bad("residenceDivision", v -> v.toBuilder().set("residenceDivision", "110105001001").build()),
            new Bad("name", v -> v.toBuilder().set("name", "").build()),
            new Bad("arrivalDate", v -> v.toBuilder().set("arrivalDate", "2027-03-01").build()),
            new Bad("privacyConsent", v -> v.toBuilder().set("privacyConsent", "false").build()),
            new Bad("emergencyPhone", v -> v.toBuilder().set("emergencyContact", "王大明")
                    .set("emergencyPhone", "12345").build()),
            new Bad("companions[", v -> v.toBuilder().addRow("companions",
                    Map.of("name", "王小明", "idNumber", "420106201501010000", "relationship", "20")).build()),
            new Bad("residenceType", v -> v.toBuilder().set("residenceType", "").build()),
            new Bad("education", v -> v.toBuilder().set("education", "很高").build()));

    private CollectedPeople() {
    }

    /** The {@code i}-th valid person (distinct for i below 800,000). */
    public static FormValues person(int i) {
        LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(i % 9000);
        int sequence = 100 + (i / 9000) * 2 + (i % 2);
        String id = IdNumbers.citizen(COUNTIES[i % COUNTIES.length], birth.toString().replace("-", ""), sequence);
        FormValues.Builder b = RegistrationFixture.valid().toBuilder()
                .set("idNumber", id).set("name", SURNAMES[i % SURNAMES.length] + GIVEN[(i / 10) % GIVEN.length])
                .set("sex", sequence % 2 == 1 ? "1" : "2").set("birthDate", birth.toString())
                .set("hukouDivision", COUNTIES[i % COUNTIES.length])
                .set("mobile", "139" + String.format("%08d", i))
                .set("arrivalDate", LocalDate.of(2026, 1, 1).plusDays(i % 300).toString())
                .set("declarant", i % 3 == 0 ? "landlord" : "grid-worker").set("channel", "grid")
                .set("operator", "").set("registrationDate", "").set("registrationNumber", "")
                .set("validFrom", "").set("validUntil", "").set("issuingAuthority", "");
        if (i % 7 == 0) {
            b.addRow("companions", Map.of("name", "王小" + GIVEN[i % GIVEN.length],
                    "idNumber", IdNumbers.citizen("420106", "20150101", 200 + (i % 400)), "relationship", "20",
                    "minor", "true", "schoolNeeds", "primary"));
        }
        return b.build();
    }

    private static String badCheck(String id) {
        char last = id.charAt(17);
        return id.substring(0, 17) + (last == '1' ? '2' : '1');
    }

    /** A file row: a good person, or (every 20th row) a person spoiled by the catalogue's next bad value. */
    public record Row(FormValues values, Bad bad) {
    }

    public static List<Row> rows(int count, int offset) {
        List<Row> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            FormValues good = person(offset + i);
            if (i % 20 == 19) {
                Bad bad = CATALOGUE.get((i / 20) % CATALOGUE.size());
                rows.add(new Row(bad.spoil().apply(good), bad));
            } else {
                rows.add(new Row(good, null));
            }
        }
        return rows;
    }

    /** Writes the rows as an export would: the form's columns prefixed with form. (plus a summary column). */
    public static void writeCsv(Path file, FormColumns columns, List<FormValues> rows) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); CsvWriter csv = new CsvWriter(out)) {
            List<String> header = new ArrayList<>(List.of("registrationNumber"));
            columns.ids().forEach(id -> header.add("form." + id));
            csv.header(header);
            for (FormValues v : rows) {
                List<String> cells = new ArrayList<>();
                cells.add(null);
                cells.addAll(columns.cells(v));
                csv.row(cells);
            }
        }
    }

    /** The values the station stores for comparison: the system's own fields left out. */
    static Map<String, String> typed(FormValues v) {
        Map<String, String> m = new LinkedHashMap<>(v.fields());
        m.keySet().removeAll(List.of("operator", "registrationDate", "registrationNumber", "photoRef"));
        return m;
    }
}

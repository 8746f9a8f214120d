package org.residencedesk.service.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.app.AppContext;
import org.residencedesk.domain.account.Role;
import org.residencedesk.domain.collection.CollectorKind;
import org.residencedesk.domain.collection.RecordKind;
import org.residencedesk.domain.form.FieldError;
import org.residencedesk.domain.form.FormColumns;
import org.residencedesk.domain.form.FormValues;
import org.residencedesk.service.Operator;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestOperators;
import org.residencedesk.testing.TestStation;

/**
 * The import of a 2,000-row file with 5 % bad rows (every bad value of the catalogue several times) on a real
 * station: exactly the good rows are stored (queued, or registered with --confirm), each bad row is reported with its
 * row number, field id and the window's Chinese message, and a second import of the same file adds nothing. How fast
 * 10,000 rows import is a figure of {@code bench/run-all} (issue 17), not asserted here.
 */
class CollectionImportTest {
    static final int ROWS = 2_000;
    static final int GOOD = ROWS / 20 * 19;
    static final int BAD = ROWS / 20;
    @TempDir
    static Path dataDir;
    @TempDir
    static Path files;
    static AppContext ctx;
    static Operator staff;
    static Operator gridWorker;

    @BeforeAll
    static void open() {
        ctx = TestStation.open(dataDir, TestClock.at("2026-11-28T01:15:00Z"));
        staff = TestOperators.signIn(ctx, "wangfang", "王芳", Role.WINDOW_STAFF);
        gridWorker = TestOperators.signIn(ctx, "liwei", "李伟", Role.GRID_WORKER);
    }

    @AfterAll
    static void close() {
        ctx.close();
    }

    private static FormColumns columns() {
        return new FormColumns(ctx.registration().form(), ctx.masterData());
    }

    private static long count(String sql) throws Exception {
        try (Connection c = ctx.database().openConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void twoThousandRowsWithFivePercentBadIntoTheQueueThenNothingTheSecondTime() throws Exception {
        List<CollectedPeople.Row> rows = CollectedPeople.rows(ROWS, 0);
        Path file = files.resolve("网格采集.csv");
        CollectedPeople.writeCsv(file, columns(), rows.stream().map(CollectedPeople.Row::values).toList());
        long queuedBefore = count("SELECT COUNT(*) FROM COLLECTED_ROW WHERE STATUS = 'WAITING'");
        long registrationsBefore = count("SELECT COUNT(*) FROM RESIDENCE_REGISTRATION");

        ImportResult result = ctx.collectionImport().collect(gridWorker, RecordKind.REGISTRATION,
                CollectorKind.GRID_WORKER, file);

        assertThat(result.accepted()).isEqualTo(GOOD);
        assertThat(result.rejected()).isEqualTo(BAD);
        assertThat(result.duplicates()).isZero();
        assertThat(count("SELECT COUNT(*) FROM COLLECTED_ROW WHERE STATUS = 'WAITING'") - queuedBefore)
                .isEqualTo(GOOD);
        assertThat(count("SELECT COUNT(*) FROM RESIDENCE_REGISTRATION")).isEqualTo(registrationsBefore);
        assertEveryBadRowReported(rows, result);

        ImportResult again = ctx.collectionImport().collect(gridWorker, RecordKind.REGISTRATION,
                CollectorKind.GRID_WORKER, file);

        assertThat(again.accepted()).isZero();
        assertThat(again.duplicates()).isEqualTo(GOOD);
        assertThat(again.rejected()).isEqualTo(BAD);
        assertThat(count("SELECT COUNT(*) FROM COLLECTED_ROW WHERE STATUS = 'WAITING'") - queuedBefore)
                .isEqualTo(GOOD);
    }

    @Test
    void withConfirmExactlyTheGoodRowsBecomeRegistrationsOnceEach() throws Exception {
        List<CollectedPeople.Row> rows = CollectedPeople.rows(ROWS, 20_000);
        Path file = files.resolve("confirm.csv");
        CollectedPeople.writeCsv(file, columns(), rows.stream().map(CollectedPeople.Row::values).toList());
        long registrationsBefore = count("SELECT COUNT(*) FROM RESIDENCE_REGISTRATION");
        long eventsBefore = count("SELECT COUNT(*) FROM OUTBOX_EVENT WHERE EVENT_TYPE = 'REGISTRATION_CREATED'");

        ImportResult result = ctx.collectionImport().register(staff, RecordKind.REGISTRATION,
                CollectorKind.LANDLORD, file);

        assertThat(result.accepted()).isEqualTo(GOOD);
        assertThat(result.rejected()).isEqualTo(BAD);
        assertThat(count("SELECT COUNT(*) FROM RESIDENCE_REGISTRATION") - registrationsBefore).isEqualTo(GOOD);
        assertThat(count("SELECT COUNT(*) FROM OUTBOX_EVENT WHERE EVENT_TYPE = 'REGISTRATION_CREATED'")
                - eventsBefore).isEqualTo(GOOD);
        assertThat(result.records()).hasSize(GOOD);
        assertThat(result.records().stream().map(ImportResult.RecordedRow::recordNumber).distinct()).hasSize(GOOD);
        assertEveryBadRowReported(rows, result);
        // every good row's person is registered with the row's arrival date
        FormValues sample = rows.get(1).values();
        assertThat(ctx.registration().isRegistered(staff, sample.get("idNumber"),
                java.time.LocalDate.parse(sample.get("arrivalDate")))).isTrue();

        ImportResult again = ctx.collectionImport().register(staff, RecordKind.REGISTRATION,
                CollectorKind.LANDLORD, file);

        assertThat(again.accepted()).isZero();
        assertThat(again.duplicates()).isEqualTo(GOOD);
        assertThat(count("SELECT COUNT(*) FROM RESIDENCE_REGISTRATION") - registrationsBefore).isEqualTo(GOOD);
    }

    @Test
    void aGridWorkerMayCollectButNotRegisterDirectly() {
        assertThatThrownBy(() -> ctx.collectionImport().register(gridWorker, RecordKind.REGISTRATION,
                CollectorKind.GRID_WORKER, files.resolve("any.csv")))
                .isInstanceOf(org.residencedesk.service.PermissionDenied.class);
    }

    @Test
    void aMissingDamagedOrForeignFileIsRefusedWithOneChineseMessage() throws Exception {
        Path missing = files.resolve("没有.csv");
        assertThatThrownBy(() -> ctx.collectionImport().collect(gridWorker, RecordKind.REGISTRATION,
                CollectorKind.GRID_WORKER, missing)).isInstanceOfSatisfying(CollectionFileRefused.class,
                e -> assertThat(e.userMessage()).isEqualTo("找不到文件 " + missing));
        Path xls = files.resolve("old.xls");
        Files.write(xls, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0});
        assertThatThrownBy(() -> ctx.collectionImport().collect(gridWorker, RecordKind.REGISTRATION,
                CollectorKind.GRID_WORKER, xls)).isInstanceOfSatisfying(CollectionFileRefused.class,
                e -> assertThat(e.userMessage())
                        .isEqualTo("文件 " + xls + " 不是 CSV 或 XLSX 表格（旧版电子表格请另存为 .xlsx 格式）"));
        Path damaged = files.resolve("damaged.xlsx");
        Files.write(damaged, new byte[] {'P', 'K', 3, 4, 1, 2, 3});
        assertThatThrownBy(() -> ctx.collectionImport().collect(gridWorker, RecordKind.REGISTRATION,
                CollectorKind.GRID_WORKER, damaged)).isInstanceOfSatisfying(CollectionFileRefused.class,
                e -> assertThat(e.userMessage()).isEqualTo("文件 " + damaged + " 已损坏，无法作为 XLSX 表格打开"));
        Path notOurs = files.resolve("budget.csv");
        Files.writeString(notOurs, "项目,金额\n办公用品,200\n");
        assertThatThrownBy(() -> ctx.collectionImport().collect(gridWorker, RecordKind.REGISTRATION,
                CollectorKind.GRID_WORKER, notOurs)).isInstanceOfSatisfying(CollectionFileRefused.class,
                e -> assertThat(e.userMessage()).startsWith("文件 " + notOurs + " 的第一行不是采集表的表头"));
        Path empty = files.resolve("empty.csv");
        Files.writeString(empty, "");
        assertThatThrownBy(() -> ctx.collectionImport().collect(gridWorker, RecordKind.REGISTRATION,
                CollectorKind.GRID_WORKER, empty)).isInstanceOfSatisfying(CollectionFileRefused.class,
                e -> assertThat(e.userMessage()).isEqualTo("文件 " + empty + " 是空的，没有可导入的行"));
    }

    @Test
    void aFileSavedByExcelInGb18030WithChineseHeadersImports() throws Exception {
        FormColumns columns = columns();
        FormValues person = CollectedPeople.person(40_001);
        StringBuilder csv = new StringBuilder();
        List<String> labels = new ArrayList<>();
        ctx.registration().form().fieldsInOrder().forEach(f -> labels.add(f.label()));
        csv.append(String.join(",", labels)).append("\r\n");
        csv.append(columns.cells(person).stream().map(c -> c == null ? "" : c).collect(Collectors.joining(",")))
                .append("\r\n");
        Path file = files.resolve("excel.csv");
        Files.write(file, csv.toString().getBytes(java.nio.charset.Charset.forName("GB18030")));

        ImportResult result = ctx.collectionImport().collect(gridWorker, RecordKind.REGISTRATION,
                CollectorKind.LANDLORD, file);

        assertThat(result.errors()).isEmpty();
        assertThat(result.accepted()).isEqualTo(1);
    }

    /** Each bad row: its problems exactly as the window's validator words them, under its own row number. */
    private static void assertEveryBadRowReported(List<CollectedPeople.Row> rows, ImportResult result) {
        Map<Integer, List<RowProblem>> byRow = result.errors().stream()
                .collect(Collectors.groupingBy(RowProblem::row));
        assertThat(byRow).hasSize(BAD);
        for (int i = 0; i < rows.size(); i++) {
            CollectedPeople.Row row = rows.get(i);
            int rowNumber = i + 2; // the header is row 1
            if (row.bad() == null) {
                assertThat(byRow).doesNotContainKey(rowNumber);
                continue;
            }
            List<FieldError> window = ctx.registration().validator().validate(row.values()).errors();
            List<RowProblem> expected = window.stream()
                    .map(e -> new RowProblem(rowNumber, e.fieldPath(), e.message())).toList();
            assertThat(byRow.get(rowNumber)).as("row %d (%s)", rowNumber, row.bad().field())
                    .isEqualTo(expected.isEmpty()
                            ? List.of(new RowProblem(rowNumber, "idNumber", "证件号码不正确")) : expected);
            assertThat(byRow.get(rowNumber)).extracting(RowProblem::field)
                    .anySatisfy(field -> assertThat(field).startsWith(row.bad().field()));
        }
        assertThat(result.errors()).anySatisfy(p -> assertThat(p.message()).isEqualTo("手机号码应为以1开头的11位数字"));
        assertThat(result.errors()).anySatisfy(p -> assertThat(p.message()).isEqualTo("校验码不符，请逐位核对号码"));
        assertThat(result.errors()).anySatisfy(p -> assertThat(p.message()).isEqualTo("性别与证件号码不一致"));
        assertThat(result.errors()).anySatisfy(p -> assertThat(p.message()).isEqualTo("来本地日期不能晚于今天"));
    }
}

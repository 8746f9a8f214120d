package org.residencedesk.service.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.app.AppContext;
import org.residencedesk.domain.account.Role;
import org.residencedesk.domain.collection.CollectorKind;
import org.residencedesk.domain.collection.RecordKind;
import org.residencedesk.service.Operator;
import org.residencedesk.service.PermissionDenied;
import org.residencedesk.service.Problems;
import org.residencedesk.service.ValidationFailure;
import org.residencedesk.testing.IdNumbers;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestOperators;
import org.residencedesk.testing.TestStation;

/**
 * 社会化采集 of houses, employers and outflow periods (ADRs 0290–0293) on a real station: every bad row reported with
 * its row, field id and the register's own Chinese message and nothing of it stored; a second import adds nothing;
 * --confirm creates the records with their audit entries and outbox events; queued rows are confirmed by kind.
 */
class RegisterImportTest {
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

    private static long count(String sql, Object... args) throws Exception {
        try (Connection c = ctx.database().openConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static long waiting(RecordKind kind) throws Exception {
        return count("SELECT COUNT(*) FROM COLLECTED_ROW WHERE KIND = ? AND STATUS = 'WAITING'", kind.name());
    }

    private static String message(String key, Object... args) {
        return Problems.message(key, args);
    }

    @Test
    void housesGoodAndBadRowsIntoTheQueueThenNothingTheSecondTime() throws Exception {
        Path file = files.resolve("房屋采集.csv");
        List<String> h = RegisterRows.HOUSE;
        RegisterRows.writeCsv(file, h, List.of(
                RegisterRows.house("HBQ0001", "珞喻路", "1号", "101"),                               // row 2
                RegisterRows.house("", "珞喻路", "2号", "201"),                                      // row 3: station numbers it
                RegisterRows.with(RegisterRows.house("", "珞喻路", "3号", "301"), h, "kind", "别墅"),    // row 4
                RegisterRows.with(RegisterRows.house("", "珞喻路", "4号", "401"), h, "capacity", "0"), // row 5
                // row 6: labels instead of codes, an organisation manager
                List.of("", "单位宿舍", RegisterRows.VILLAGE, "珞喻路", "5号", "", "", "", "单位", "武汉某物流有限公司",
                        "", RegisterRows.creditCode(5), "027-87654321", "", "40", "")));
        long housesBefore = count("SELECT COUNT(*) FROM RENTAL_HOUSE");

        ImportResult result = ctx.collectionImport().collect(gridWorker, RecordKind.HOUSE, CollectorKind.GRID_WORKER,
                file);

        assertThat(result.accepted()).isEqualTo(3);
        assertThat(result.rejected()).isEqualTo(2);
        assertThat(result.errors()).containsExactly(
                new RowProblem(4, "kind", message("house.unknownKind")),
                new RowProblem(5, "capacity", message("register.notAWholeNumber", 1, 9999)));
        assertThat(waiting(RecordKind.HOUSE)).isEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM RENTAL_HOUSE")).isEqualTo(housesBefore);

        ImportResult again = ctx.collectionImport().collect(gridWorker, RecordKind.HOUSE, CollectorKind.GRID_WORKER,
                file);
        assertThat(again.accepted()).isZero();
        assertThat(again.duplicates()).isEqualTo(3);
        assertThat(again.rejected()).isEqualTo(2);
        assertThat(waiting(RecordKind.HOUSE)).isEqualTo(3);

        // a grid worker cannot confirm; window staff confirm a house row without a card or note (ADR 0293)
        long rowId = ctx.collectionQueue().waiting(staff, 0, 200).items().stream()
                .filter(i -> i.kind() == RecordKind.HOUSE && i.title().startsWith("珞喻路1号")).findFirst()
                .orElseThrow().id();
        assertThatThrownBy(() -> ctx.collectionQueue().confirm(gridWorker, rowId, null, "看过", null))
                .isInstanceOf(PermissionDenied.class);
        String code = ctx.collectionQueue().confirm(staff, rowId, null, null, null);
        assertThat(code).isEqualTo("HBQ0001");
        assertThat(ctx.houseRegister().findByCode(staff, "HBQ0001").orElseThrow().form().managerName())
                .isEqualTo("李四");
        assertThat(count("SELECT COUNT(*) FROM OUTBOX_EVENT WHERE EVENT_TYPE = 'HOUSE_REGISTERED' "
                + "AND AGGREGATE_ID = 'HBQ0001'")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM AUDIT_ENTRY WHERE AUDIT_ACTION = 'COLLECTION_CONFIRMED' "
                + "AND DETAIL LIKE 'record=HBQ0001,check=rules,kind=HOUSE'")).isEqualTo(1);
        assertThat(waiting(RecordKind.HOUSE)).isEqualTo(2);
    }

    @Test
    void employersWithConfirmBecomeRecordsWithAuditAndEventsOnce() throws Exception {
        Path file = files.resolve("单位采集.csv");
        List<String> e = RegisterRows.EMPLOYER;
        String bad = RegisterRows.creditCode(102);
        RegisterRows.writeCsv(file, e, List.of(
                RegisterRows.employer(101, "武汉一号物流有限公司"),                                      // row 2
                RegisterRows.with(RegisterRows.employer(102, "武汉二号物流有限公司"), e, "contactPhone", "12345"), // 3
                RegisterRows.with(RegisterRows.employer(103, ""), e, "name", ""),                        // row 4
                RegisterRows.employer(104, "武汉四号餐饮有限公司")));                                     // row 5
        long eventsBefore = count("SELECT COUNT(*) FROM OUTBOX_EVENT WHERE EVENT_TYPE = 'EMPLOYER_REGISTERED'");

        ImportResult result = ctx.collectionImport().register(staff, RecordKind.EMPLOYER, CollectorKind.EMPLOYER, file);

        assertThat(result.accepted()).isEqualTo(2);
        assertThat(result.errors()).containsExactly(
                new RowProblem(3, "contactPhone", message("register.badPhone")),
                new RowProblem(4, "name", message("validation.required")));
        assertThat(result.records()).extracting(ImportResult.RecordedRow::recordNumber)
                .containsExactly(RegisterRows.creditCode(101), RegisterRows.creditCode(104));
        assertThat(count("SELECT COUNT(*) FROM EMPLOYER WHERE CREDIT_CODE = ?", bad)).isZero();
        for (String code : List.of(RegisterRows.creditCode(101), RegisterRows.creditCode(104))) {
            assertThat(count("SELECT COUNT(*) FROM EMPLOYER WHERE CREDIT_CODE = ?", code)).isEqualTo(1);
            assertThat(count("SELECT COUNT(*) FROM AUDIT_ENTRY WHERE AUDIT_ACTION = 'RECORD_CREATED' "
                    + "AND TARGET_TYPE = 'EMPLOYER' AND TARGET_ID = ? AND ACTOR = 'wangfang'", code)).isEqualTo(1);
        }
        assertThat(count("SELECT COUNT(*) FROM OUTBOX_EVENT WHERE EVENT_TYPE = 'EMPLOYER_REGISTERED'") - eventsBefore)
                .isEqualTo(2);

        ImportResult again = ctx.collectionImport().register(staff, RecordKind.EMPLOYER, CollectorKind.EMPLOYER,
                file);
        assertThat(again.accepted()).isZero();
        assertThat(again.duplicates()).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM OUTBOX_EVENT WHERE EVENT_TYPE = 'EMPLOYER_REGISTERED'") - eventsBefore)
                .isEqualTo(2);
    }

    @Test
    void outflowRowsAreCheckedByTheRegisterAndConfirmedWithANote() throws Exception {
        Path file = files.resolve("流出采集.csv");
        List<String> o = RegisterRows.OUTFLOW;
        RegisterRows.writeCsv(file, o, List.of(
                RegisterRows.outflow(501, "2026-03-01"),                                                     // 2
                RegisterRows.with(RegisterRows.outflow(502, "2026-03-01"), o, "destinationDivision", "420111002005"), // 3
                RegisterRows.with(RegisterRows.outflow(503, "2026-03-01"), o, "leftBehindChildren", "也许"),   // 4
                RegisterRows.with(RegisterRows.outflow(504, "2026/4/2"), o, "reason", "务工")));               // 5
        long periodsBefore = count("SELECT COUNT(*) FROM OUTFLOW_PERIOD");

        ImportResult result = ctx.collectionImport().collect(gridWorker, RecordKind.OUTFLOW, CollectorKind.GRID_WORKER,
                file);

        assertThat(result.accepted()).isEqualTo(2);
        assertThat(result.errors()).containsExactly(
                new RowProblem(3, "destinationDivision", message("outflow.destination.inOurArea")),
                new RowProblem(4, "leftBehindChildren", message("collection.badBoolean")));
        assertThat(count("SELECT COUNT(*) FROM OUTFLOW_PERIOD")).isEqualTo(periodsBefore);
        assertThat(ctx.collectionImport().collect(gridWorker, RecordKind.OUTFLOW, CollectorKind.GRID_WORKER, file)
                .duplicates()).isEqualTo(2);

        String id = IdNumbers.citizen("420111", "19900315", 504);
        long rowId = ctx.collectionQueue().waiting(staff, 0, 200).items().stream()
                .filter(i -> i.kind() == RecordKind.OUTFLOW && i.maskedIdNumber().endsWith(id.substring(14)))
                .findFirst().orElseThrow().id();
        assertThatThrownBy(() -> ctx.collectionQueue().confirm(staff, rowId, null, null, null))
                .isInstanceOfSatisfying(ValidationFailure.class, f -> assertThat(f.fieldMessages())
                        .containsEntry("note", message("collection.note.requiredWithoutCard")));
        String periodId = ctx.collectionQueue().confirm(staff, rowId, null, "其母亲到站报告", null);
        assertThat(count("SELECT COUNT(*) FROM OUTFLOW_PERIOD WHERE ID_NUMBER = ? AND LEFT_ON = '2026-04-02' "
                + "AND REASON = '01'", id)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM OUTBOX_EVENT WHERE EVENT_TYPE = 'OUTFLOW_REGISTERED' "
                + "AND AGGREGATE_ID = ?", periodId)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM AUDIT_ENTRY WHERE AUDIT_ACTION = 'RECORD_CREATED' "
                + "AND TARGET_TYPE = 'OUTFLOW' AND TARGET_ID = ?", periodId)).isEqualTo(1);
    }

    @Test
    void outflowWithConfirmRecordsOnceAndASecondOpenPeriodIsReportedOnItsRow() throws Exception {
        Path file = files.resolve("流出直接登记.csv");
        RegisterRows.writeCsv(file, RegisterRows.OUTFLOW, List.of(
                RegisterRows.outflow(601, "2026-02-01"),
                RegisterRows.outflow(602, "2026-02-01")));
        Path later = files.resolve("流出再次外出.csv");
        RegisterRows.writeCsv(later, RegisterRows.OUTFLOW, List.of(RegisterRows.outflow(601, "2026-05-01")));

        ImportResult result = ctx.collectionImport().register(staff, RecordKind.OUTFLOW, CollectorKind.GRID_WORKER,
                file);
        assertThat(result.accepted()).isEqualTo(2);
        assertThat(result.errors()).isEmpty();
        assertThat(ctx.collectionImport().register(staff, RecordKind.OUTFLOW, CollectorKind.GRID_WORKER, file)
                .duplicates()).isEqualTo(2);

        ImportResult second = ctx.collectionImport().register(staff, RecordKind.OUTFLOW, CollectorKind.GRID_WORKER,
                later);
        assertThat(second.accepted()).isZero();
        assertThat(second.errors()).containsExactly(new RowProblem(2, "form",
                message("outflow.alreadyOpen", divisionName("440305"), "2026-02-01")));
    }

    @Test
    void eachRegisterHasItsTemplateWithCodeListsAndAFilledOneImports() throws Exception {
        Map<RecordKind, List<List<String>>> filledRows = Map.of(
                RecordKind.HOUSE, List.of(RegisterRows.house("HBT0001", "关山大道", "9号", "901")),
                RecordKind.EMPLOYER, List.of(RegisterRows.employer(901, "武汉模板科技有限公司")),
                RecordKind.OUTFLOW, List.of(RegisterRows.outflow(901, "2026-06-01")));
        Map<RecordKind, List<String>> headers = Map.of(RecordKind.HOUSE, RegisterRows.HOUSE, RecordKind.EMPLOYER,
                RegisterRows.EMPLOYER, RecordKind.OUTFLOW, RegisterRows.OUTFLOW);
        Map<RecordKind, String> sheets = Map.of(RecordKind.HOUSE, "出租房屋采集表", RecordKind.EMPLOYER, "用人单位采集表",
                RecordKind.OUTFLOW, "流出人口采集表");
        for (RecordKind kind : List.of(RecordKind.HOUSE, RecordKind.EMPLOYER, RecordKind.OUTFLOW)) {
            Path template = files.resolve(kind + "-模板.xlsx");
            ctx.collectionImport().writeTemplate(kind, template);
            Path filled = files.resolve(kind + "-填好.xlsx");
            List<String> codeRows = new ArrayList<>();
            try (InputStream in = Files.newInputStream(template); XSSFWorkbook book = new XSSFWorkbook(in)) {
                Sheet data = book.getSheetAt(0);
                assertThat(data.getSheetName()).isEqualTo(sheets.get(kind));
                List<String> ids = new ArrayList<>();
                data.getRow(1).forEach(c -> ids.add(c.getStringCellValue()));
                assertThat(ids).isEqualTo(headers.get(kind));
                for (Row r : book.getSheet("代码表")) {
                    codeRows.add(r.getCell(0).getStringCellValue() + ":" + r.getCell(1).getStringCellValue() + "="
                            + r.getCell(2).getStringCellValue());
                }
                int r = 3;
                for (List<String> values : filledRows.get(kind)) {
                    Row row = data.createRow(r++);
                    for (int i = 0; i < values.size(); i++) {
                        if (values.get(i) != null && !values.get(i).isEmpty()) {
                            row.createCell(i).setCellValue(values.get(i));
                        }
                    }
                }
                try (OutputStream out = Files.newOutputStream(filled)) {
                    book.write(out);
                }
            }
            switch (kind) {
                case HOUSE -> assertThat(codeRows).contains("房屋类别:RENTAL=出租房屋", "房屋类别:SITE_SHED=工地工棚",
                        "房东或管理单位:ORGANISATION=单位", "社区（村）区划代码:420111002003=" + divisionName("420111002003"));
                case OUTFLOW -> assertThat(codeRows).contains("外出事由:01=" + ctx.masterData()
                                .codeTable("residence-reasons").byCode("01").orElseThrow().name(),
                        "申报人:RELATIVE=亲属", "申报人与本人关系:10=配偶",
                        "户籍村（社区）:420111002003=" + divisionName("420111002003"));
                default -> assertThat(codeRows).anySatisfy(c -> assertThat(c).startsWith("所在区划代码:="));
            }
            ImportResult result = ctx.collectionImport().collect(gridWorker, kind, CollectorKind.GRID_WORKER, filled);
            assertThat(result.errors()).as(kind.name()).isEmpty();
            assertThat(result.accepted()).as(kind + ": the example row is left out").isEqualTo(1);
        }
    }

    private static String divisionName(String code) {
        return ctx.masterData().division(code).orElseThrow().fullName();
    }
}

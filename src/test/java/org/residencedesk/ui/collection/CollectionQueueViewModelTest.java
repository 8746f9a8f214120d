package org.residencedesk.ui.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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
import org.residencedesk.service.collection.RegisterRows;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestOperators;
import org.residencedesk.testing.TestStation;
import org.residencedesk.ui.BackgroundWork;

/**
 * 采集队列 in the window takes every kind of collection form (issue 14 item 4): the clerk picks 出租房屋 or 用人单位
 * as the 采集表, writes its template and imports a landlord's file; the rows wait in the queue with their kind.
 */
class CollectionQueueViewModelTest {
    @TempDir
    static Path dataDir;
    @TempDir
    static Path files;
    static AppContext ctx;
    static Operator staff;

    @BeforeAll
    static void open() {
        ctx = TestStation.open(dataDir, TestClock.at("2026-11-28T01:15:00Z"));
        staff = TestOperators.signIn(ctx, "wangfang", "王芳", Role.WINDOW_STAFF);
    }

    @AfterAll
    static void close() {
        ctx.close();
    }

    private static CollectionQueueViewModel model() {
        return new CollectionQueueViewModel(ctx.collectionQueue(), ctx.collectionImport(), staff,
                BackgroundWork.inline());
    }

    @Test
    void aLandlordsHouseFileGoesIntoTheQueueAsHouses() throws Exception {
        Path file = files.resolve("房东交来的房屋采集表.csv");
        RegisterRows.writeCsv(file, RegisterRows.HOUSE, List.of(
                RegisterRows.house("", "珞喻路", "11号", "101"),
                RegisterRows.house("", "珞喻路", "12号", "201")));
        CollectionQueueViewModel model = model();
        model.kindProperty().set(RecordKind.HOUSE);
        model.collectorProperty().set(CollectorKind.LANDLORD);

        model.importFile(file);

        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(model.messageProperty().get()).isEqualTo("已放入采集队列 2 行；已存在而跳过 0 行；不合格 0 行");
        assertThat(model.items()).filteredOn(i -> i.kind() == RecordKind.HOUSE)
                .extracting(i -> i.title().substring(0, 6)).containsExactly("珞喻路11号", "珞喻路12号");
        assertThat(model.items()).filteredOn(i -> i.kind() == RecordKind.HOUSE)
                .allMatch(i -> i.collector() == CollectorKind.LANDLORD);

        // the same file again adds nothing
        model.importFile(file);
        assertThat(model.messageProperty().get()).isEqualTo("已放入采集队列 0 行；已存在而跳过 2 行；不合格 0 行");
    }

    @Test
    void theTemplateIsTheChosenForms() throws Exception {
        CollectionQueueViewModel model = model();
        model.kindProperty().set(RecordKind.EMPLOYER);
        Path target = files.resolve("单位采集模板.xlsx");

        model.writeTemplate(target);

        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(Files.size(target)).isPositive();
        try (var workbook = org.apache.poi.ss.usermodel.WorkbookFactory.create(target.toFile())) {
            String headers = workbook.getSheetAt(0).getRow(0).cellIterator().next().getStringCellValue();
            assertThat(headers).as("the employer form's first column").contains("统一社会信用代码");
        }
    }
}

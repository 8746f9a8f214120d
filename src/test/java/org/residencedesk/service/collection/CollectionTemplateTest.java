package org.residencedesk.service.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.app.AppContext;
import org.residencedesk.domain.account.Role;
import org.residencedesk.domain.collection.CollectorKind;
import org.residencedesk.domain.collection.RecordKind;
import org.residencedesk.domain.form.FieldDefinition;
import org.residencedesk.domain.form.FormColumns;
import org.residencedesk.domain.form.FormValues;
import org.residencedesk.service.Operator;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestOperators;
import org.residencedesk.testing.TestStation;

/** The XLSX template: written, read back as a workbook, filled in like a landlord would, and imported. */
class CollectionTemplateTest {
    @TempDir
    static Path dataDir;
    @TempDir
    static Path files;
    static AppContext ctx;
    static Operator gridWorker;

    @BeforeAll
    static void open() {
        ctx = TestStation.open(dataDir, TestClock.at("2026-11-28T01:15:00Z"));
        gridWorker = TestOperators.signIn(ctx, "liwei", "李伟", Role.GRID_WORKER);
    }

    @AfterAll
    static void close() {
        ctx.close();
    }

    @Test
    void theTemplateHasChineseHeadersHiddenIdsAnExampleAndTheCodeLists() throws Exception {
        Path template = files.resolve("模板.xlsx");
        ctx.collectionImport().writeTemplate(RecordKind.REGISTRATION, template);

        List<FieldDefinition> fields = ctx.registration().form().fieldsInOrder();
        try (InputStream in = Files.newInputStream(template); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet data = book.getSheetAt(0);
            assertThat(data.getSheetName()).isEqualTo("居住登记采集表");
            Row labels = data.getRow(0);
            Row ids = data.getRow(1);
            assertThat(ids.getZeroHeight()).isTrue();
            for (int i = 0; i < fields.size(); i++) {
                FieldDefinition f = fields.get(i);
                assertThat(labels.getCell(i).getStringCellValue())
                        .isEqualTo((f.required() || f.requiredTrue() ? "*" : "") + f.label());
                assertThat(ids.getCell(i).getStringCellValue()).isEqualTo(f.id());
            }
            assertThat(labels.getCell(fieldIndex(fields, "companions")).getCellComment().getString().getString())
                    .contains("姓名|证件号码|与本人关系|未成年|入学需求");
            assertThat(data.getRow(2).getCell(fieldIndex(fields, "name")).getStringCellValue()).isEqualTo("张秀英");
            Sheet codes = book.getSheet("代码表");
            List<String> sexRows = new ArrayList<>();
            for (Row r : codes) {
                if (r.getCell(0).getStringCellValue().equals("性别")) {
                    sexRows.add(r.getCell(1).getStringCellValue() + "=" + r.getCell(2).getStringCellValue());
                }
            }
            assertThat(sexRows).contains("1=男", "2=女");
        }
        assertThat(Files.getPosixFilePermissions(template)).extracting(Enum::name)
                .containsExactlyInAnyOrder("OWNER_READ", "OWNER_WRITE");
    }

    @Test
    void aFilledTemplateImportsAndItsExampleRowIsLeftOut() throws Exception {
        Path template = files.resolve("blank.xlsx");
        ctx.collectionImport().writeTemplate(RecordKind.REGISTRATION, template);
        FormColumns columns = new FormColumns(ctx.registration().form(), ctx.masterData());
        List<FormValues> people = List.of(CollectedPeople.person(70_001), CollectedPeople.person(70_002),
                CollectedPeople.person(70_007));
        Path filled = files.resolve("filled.xlsx");
        try (InputStream in = Files.newInputStream(template); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet data = book.getSheetAt(0);
            int r = 3;
            for (FormValues person : people) {
                Row row = data.createRow(r++);
                List<String> cells = columns.cells(person);
                for (int i = 0; i < cells.size(); i++) {
                    if (cells.get(i) != null) {
                        row.createCell(i).setCellValue(cells.get(i));
                    }
                }
            }
            // what a landlord types: Chinese labels of choices, 是 for a box, the sex by its name
            int sex = fieldIndex(ctx.registration().form().fieldsInOrder(), "sex");
            int documentType = fieldIndex(ctx.registration().form().fieldsInOrder(), "documentType");
            int consent = fieldIndex(ctx.registration().form().fieldsInOrder(), "privacyConsent");
            Row first = data.getRow(3);
            first.getCell(sex).setCellValue(people.get(0).get("sex").equals("1") ? "男" : "女");
            first.getCell(documentType).setCellValue("居民身份证");
            first.getCell(consent).setCellValue("是");
            try (OutputStream out = Files.newOutputStream(filled)) {
                book.write(out);
            }
        }

        ImportResult result = ctx.collectionImport().collect(gridWorker, RecordKind.REGISTRATION,
                CollectorKind.LANDLORD, filled);

        assertThat(result.errors()).isEmpty();
        assertThat(result.accepted()).isEqualTo(3);
        QueuePage page = ctx.collectionQueue().waiting(gridWorker, 0, 50);
        assertThat(page.items()).extracting(QueueItem::sourceRow).contains(4, 5, 6);
        assertThat(page.items()).extracting(QueueItem::title).doesNotContain("张秀英");
        assertThat(page.items()).allSatisfy(i -> assertThat(i.maskedIdNumber()).contains("********"));
    }

    @Test
    void anExistingFileIsNotReplacedByTheTemplate() throws Exception {
        Path existing = files.resolve("keep.xlsx");
        Files.writeString(existing, "不要覆盖");
        assertThatThrownBy(() -> ctx.collectionImport().writeTemplate(RecordKind.REGISTRATION, existing))
                .isInstanceOfSatisfying(CollectionFileRefused.class, e -> assertThat(e.userMessage())
                        .isEqualTo("未生成模板：" + existing + " 已存在，原有内容未改动。请换一个文件名。"));
        assertThat(Files.readString(existing)).isEqualTo("不要覆盖");
    }

    private static int fieldIndex(List<FieldDefinition> fields, String id) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new AssertionError(id);
    }
}

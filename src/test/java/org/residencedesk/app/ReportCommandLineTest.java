package org.residencedesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TimeZone;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.app.CommandLines.Run;
import org.residencedesk.domain.account.Role;
import org.residencedesk.service.report.ReportFixture;
import org.residencedesk.testing.PasswordFiles;
import org.residencedesk.testing.SystemTools;
import org.residencedesk.testing.TestOperators;

/**
 * {@code report daily} and {@code report period} through the real command tree on {@link ReportFixture}'s station
 * (JVM zone UTC): the JSON's figures equal the hand-counted ones, and every figure of the JSON stands with the
 * same value in the PDF (pdftotext) and in the XLSX (POI), in the same order; the period PDF holds its two charts
 * as images; the files are owner-only; refusals have their exit codes and Chinese messages.
 */
class ReportCommandLineTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final ResourceBundle TEXTS = ResourceBundle.getBundle("i18n.report");

    @TempDir
    static Path root;
    static Path dataDir;
    static Path files;
    static Path chiefPassword;
    static Path staffPassword;
    static ReportFixture fixture;
    static TimeZone original;

    @BeforeAll
    static void build() throws Exception {
        original = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        dataDir = root.resolve("station");
        files = Files.createDirectories(root.resolve("out"));
        fixture = new ReportFixture(dataDir, root.resolve("station-keys")).build();
        TestOperators.signIn(fixture.ctx, "zhanzhang", "张站长", Role.CHIEF);
        fixture.close();
        chiefPassword = PasswordFiles.write(files, "chief.txt", TestOperators.PASSWORD);
        staffPassword = PasswordFiles.write(files, "staff.txt", TestOperators.PASSWORD);
    }

    @AfterAll
    static void restoreZone() {
        TimeZone.setDefault(original);
    }

    static Run run(String... args) {
        return CommandLines.run(dataDir, fixture.clock, args);
    }

    static List<String> as(String login, Path password, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--operator", login, "--password-file", password.toString()));
        return all;
    }

    static Run report(String... args) {
        return run(as("zhanzhang", chiefPassword, args).toArray(String[]::new));
    }

    @Test
    void dailyJsonPdfAndXlsxHoldTheSameFigures() throws Exception {
        Run json = report("report", "daily", "--date", "2026-11-28", "--format", "json");
        assertThat(json.exitCode()).as(json.err()).isZero();
        JsonNode figures = JSON.readTree(json.out()).get("figures");
        assertThat(figures.get("registrations").get("new").asLong()).isEqualTo(2);
        assertThat(figures.get("registrations").get("late").asLong()).isEqualTo(1);
        assertThat(figures.get("permits").get("reprinted").asLong()).isEqualTo(1);
        assertThat(figures.get("fees").get("taken").decimalValue()).isEqualByComparingTo("40.00");
        assertThat(figures.get("work").get("collectionOverdue").asLong()).isEqualTo(1);
        assertThat(figures.get("outflow").get("new").asLong()).isEqualTo(1);
        assertThat(figures.get("outflow").get("returned").asLong()).isEqualTo(1);
        assertThat(figures.get("sync").get("rejected").asLong()).isEqualTo(1);
        assertThat(figures.get("sync").get("lastUpload").asText()).isEqualTo("2026-11-28T00:00:00Z"); // 08:00 in 武汉
        // the fixture's ID numbers all start 420106 19900315: none in full, and no names
        assertThat(json.out()).doesNotContain("居民", "42010619900315").containsPattern("420106\\*{8}\\d{3}[\\dX]");

        Path pdf = files.resolve("daily.pdf");
        Run exported = report("report", "daily", "--date", "2026-11-28", "--out", pdf.toString());
        assertThat(exported.exitCode()).as(exported.err()).isZero();
        assertThat(exported.out()).isEqualTo("报表已导出到 " + pdf + "。" + System.lineSeparator());
        assertThat(Files.getPosixFilePermissions(pdf)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        String text = pdfText(pdf);
        assertThat(text).contains("关山街道流动人口服务站 日报", "2026年11月28日", "超期未办结名单");
        assertThat(text).doesNotContain("42010619900315").containsPattern("420106\\*{8}\\d{3}[\\dX]");
        Path xlsx = files.resolve("daily.xlsx");
        assertThat(report("report", "daily", "--date", "2026-11-28", "--out", xlsx.toString()).exitCode()).isZero();
        List<List<String>> cells = xlsxRows(xlsx);

        int pdfAt = 0;
        int xlsxAt = 0;
        int checked = 0;
        for (Iterator<Map.Entry<String, JsonNode>> groups = figures.fields(); groups.hasNext(); ) {
            Map.Entry<String, JsonNode> group = groups.next();
            for (Iterator<Map.Entry<String, JsonNode>> fs = group.getValue().fields(); fs.hasNext(); ) {
                Map.Entry<String, JsonNode> f = fs.next();
                String label = TEXTS.getString("report.figure." + group.getKey() + "." + f.getKey());
                String value = number(f.getValue());
                Matcher m = Pattern.compile("(?m)^\\s*" + Pattern.quote(label) + "\\s+" + Pattern.quote(value) + "\\s*$")
                        .matcher(text);
                assertThat(m.find(pdfAt)).as("PDF line %s %s", label, value).isTrue();
                pdfAt = m.end();
                xlsxAt = findRow(cells, xlsxAt, label, value);
                checked++;
            }
        }
        assertThat(checked).isEqualTo(33);
    }

    @Test
    void periodStatisticsCarryComparisonsAndChartsInThePdf() throws Exception {
        Run json = report("report", "period", "--from", "2026-11-22", "--to", "2026-11-28", "--format", "json");
        assertThat(json.exitCode()).as(json.err()).isZero();
        JsonNode all = JSON.readTree(json.out());
        assertThat(all.get("previousFrom").asText()).isEqualTo("2026-11-15");
        assertThat(all.get("lastYear").get("permits").get("issued").asLong()).isEqualTo(1);
        assertThat(all.get("previous").get("work").size()).as("stock figures are not compared").isZero();
        Path pdf = files.resolve("week.pdf");
        Run exported = report("report", "period", "--from", "2026-11-22", "--to", "2026-11-28", "--out", pdf.toString());
        assertThat(exported.exitCode()).as(exported.err()).isZero();
        String text = pdfText(pdf);
        int at = 0;
        for (Iterator<Map.Entry<String, JsonNode>> groups = all.get("figures").fields(); groups.hasNext(); ) {
            Map.Entry<String, JsonNode> group = groups.next();
            for (Iterator<Map.Entry<String, JsonNode>> fs = group.getValue().fields(); fs.hasNext(); ) {
                Map.Entry<String, JsonNode> f = fs.next();
                String label = TEXTS.getString("report.figure." + group.getKey() + "." + f.getKey());
                JsonNode prev = all.get("previous").get(group.getKey()).get(f.getKey());
                JsonNode last = all.get("lastYear").get(group.getKey()).get(f.getKey());
                // an instant (sync.lastUpload) may wrap in the period's narrow value column: its date must stand there
                String shown = number(f.getValue());
                String value = f.getValue().isTextual() ? Pattern.quote(shown.substring(0, 10)) + "[\\s\\S]*?"
                        : Pattern.quote(shown);
                String row = "^\\s*" + Pattern.quote(label) + "\\s+" + value + "\\s+"
                        + Pattern.quote(prev == null ? "—" : number(prev)) + "\\s+"
                        + Pattern.quote(last == null ? "—" : number(last)) + "\\s*$";
                Matcher m = Pattern.compile("(?m)" + row).matcher(text);
                assertThat(m.find(at)).as("PDF row %s", row).isTrue();
                at = m.end();
            }
        }
        assertThat(text).doesNotContain("null"); // the charts are images: their titles are not text
        assertThat(pdfImageCount(pdf)).isEqualTo(2);
    }

    @Test
    void refusalsHaveTheirExitCodesAndChineseMessages() throws Exception {
        Path pdf = files.resolve("twice.pdf");
        assertThat(report("report", "daily", "--date", "2026-11-28", "--out", pdf.toString()).exitCode()).isZero();
        byte[] first = Files.readAllBytes(pdf);
        Run again = report("report", "daily", "--date", "2026-11-28", "--out", pdf.toString());
        assertThat(again.exitCode()).isEqualTo(3);
        assertThat(again.err()).isEqualTo("文件已存在，未覆盖：" + pdf + System.lineSeparator());
        assertThat(Files.readAllBytes(pdf)).isEqualTo(first);
        assertThat(report("report", "daily", "--date", "2026-11-28", "--out", pdf.toString(), "--overwrite").exitCode())
                .isZero();

        Run inside = report("report", "daily", "--date", "2026-11-28", "--out", dataDir.resolve("r.pdf").toString());
        assertThat(inside.exitCode()).isEqualTo(5);
        assertThat(Files.exists(dataDir.resolve("r.pdf"))).isFalse();

        Run both = report("report", "daily", "--date", "2026-11-28", "--out", pdf.toString(), "--format", "json");
        assertThat(both.exitCode()).isEqualTo(64);
        assertThat(both.err()).isEqualTo("请指定 --out 文件（.pdf 或 .xlsx）或 --format json，二者选一。"
                + System.lineSeparator());
        Run csv = report("report", "daily", "--date", "2026-11-28", "--out", files.resolve("r.csv").toString());
        assertThat(csv.exitCode()).isEqualTo(64);
        Run backwards = report("report", "period", "--from", "2026-11-28", "--to", "2026-11-01", "--format", "json");
        assertThat(backwards.exitCode()).isEqualTo(64);
        assertThat(backwards.err()).isEqualTo("请选择起止日期，结束日期不能早于开始日期。" + System.lineSeparator());

        Run staff = run(as("wangfang", staffPassword, "report", "daily", "--date", "2026-11-28", "--format", "json")
                .toArray(String[]::new));
        assertThat(staff.exitCode()).isEqualTo(2);
        assertThat(staff.err()).isEqualTo("账号 wangfang 没有“报表与统计”权限（须为站长或审核人员），不能查看报表。"
                + System.lineSeparator());
        assertThat(staff.out()).isEmpty();
    }

    @Test
    void helpIsChinese() {
        Run help = run("report", "daily", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("日报", "--date", "退出码").doesNotContain("Usage");
    }

    /** A JSON figure as the PDF prints it: counts, yuan with two decimals, instants as station time or 无. */
    private static String number(JsonNode n) {
        if (n.isNull()) {
            return "无";
        }
        if (n.isTextual()) {
            return org.residencedesk.domain.DateFormats.DATE_TIME.format(java.time.Instant.parse(n.asText())
                    .atZone(java.time.ZoneId.of("Asia/Shanghai")));
        }
        return n.isIntegralNumber() ? n.asText() : n.decimalValue().setScale(2).toPlainString();
    }

    /** The row after {@code from} whose first cell is {@code label} and whose value cell equals {@code value}. */
    private static int findRow(List<List<String>> rows, int from, String label, String value) {
        for (int i = from; i < rows.size(); i++) {
            List<String> r = rows.get(i);
            if (!r.isEmpty() && r.get(0).strip().equals(label)) {
                assertThat(r).as("XLSX row %s", r).hasSizeGreaterThan(1);
                if (value.matches("-?\\d+(\\.\\d+)?")) {
                    assertThat(new BigDecimal(r.get(1))).as("XLSX %s", label).isEqualByComparingTo(value);
                } else {
                    assertThat(r.get(1)).as("XLSX %s", label).isEqualTo(value);
                }
                return i + 1;
            }
        }
        throw new AssertionError("XLSX has no row " + label + " after row " + from);
    }

    /** Each row's non-blank cells as text (numbers as plain decimals). */
    private static List<List<String>> xlsxRows(Path xlsx) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (Cell c : row) {
                    String v = c.getCellType() == CellType.NUMERIC
                            ? BigDecimal.valueOf(c.getNumericCellValue()).stripTrailingZeros().toPlainString()
                            : c.getCellType() == CellType.STRING ? c.getStringCellValue() : "";
                    if (!v.isBlank()) {
                        cells.add(v);
                    }
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    private static String pdfText(Path pdf) throws Exception {
        SystemTools.require(Files.isExecutable(Path.of("/usr/bin/pdftotext")), "pdftotext (poppler-utils)");
        Process p = new ProcessBuilder(List.of("pdftotext", "-layout", "-enc", "UTF-8", pdf.toString(), "-"))
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }

    private static long pdfImageCount(Path pdf) throws Exception {
        SystemTools.require(Files.isExecutable(Path.of("/usr/bin/pdfimages")), "pdfimages (poppler-utils)");
        Process p = new ProcessBuilder(List.of("pdfimages", "-list", pdf.toString())).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        // two header lines, then one line per image
        return out.lines().skip(2).filter(l -> !l.isBlank()).count();
    }
}

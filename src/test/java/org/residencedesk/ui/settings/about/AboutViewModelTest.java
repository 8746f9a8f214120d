package org.residencedesk.ui.settings.about;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.app.AppContext;
import org.residencedesk.app.Diagnosis;
import org.residencedesk.print.JavaxPrinterCatalog;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestStation;
import org.residencedesk.ui.BackgroundWork;

/**
 * 关于与诊断 without a window (docs/decisions/0253): on a real station with no daily backup configured, the page
 * shows the program, schema and station-policy versions, names the backup as needing attention, and "复制给技术支持"
 * copies exactly the JSON report shown.
 */
class AboutViewModelTest {
    @TempDir
    Path temp;

    @Test
    void showsTheVersionsTheVerdictAndCopiesTheReportShown() throws Exception {
        TestClock clock = TestClock.at("2026-11-28T01:00:00Z");
        try (AppContext ctx = TestStation.open(temp.resolve("station"), clock)) {
            Diagnosis diagnosis = new Diagnosis(ctx.dataDir(), temp.resolve("keys"), new JavaxPrinterCatalog(), clock);
            AboutViewModel model = new AboutViewModel(() -> diagnosis.report(ctx), BackgroundWork.inline());
            assertThat(model.textForSupport()).isEmpty();

            model.refresh();

            assertThat(model.busyProperty().get()).isFalse();
            assertThat(model.versionsProperty().get())
                    .isEqualTo("程序版本 0.1 · 数据库版本 " + newestMigration() + " · 站点政策文件版本 1");
            assertThat(model.verdictProperty().get())
                    .isEqualTo("以下项目需要处理：backup。详情见下方报告，可点「复制给技术支持」发给技术支持。");
            assertThat(model.textForSupport()).isEqualTo(model.reportProperty().get());
            var report = new ObjectMapper().readTree(model.textForSupport());
            assertThat(report.get("status").asText()).isEqualTo("ATTENTION");
            assertThat(report.get("checks").get("database").get("integrity").asText()).isEqualTo("OK");
            assertThat(report.get("checks").get("backup").get("reason").asText()).isEqualTo("daily backup not configured");
        }
    }

    /** The schema version a new station has: the newest migration the product ships. */
    private static int newestMigration() throws java.io.IOException {
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("src/main/resources/db/migration"))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow();
        }
    }
}

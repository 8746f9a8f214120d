package org.residencedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.residencedesk.port.ConcurrentChangeException;
import org.residencedesk.port.StationLockedException;
import org.residencedesk.service.ValidationFailure;

/** Where each kind of outcome goes, on the result executor, with no window. */
class BackgroundWorkTest {
    private final List<String> failures = new ArrayList<>();
    private final List<Map<String, String>> invalid = new ArrayList<>();
    private final List<Object> results = new ArrayList<>();

    private <T> CompletableFuture<T> run(java.util.function.Supplier<T> work) {
        return BackgroundWork.inline().run(work, results::add, v -> invalid.add(v.fieldMessages()), failures::add);
    }

    @Test
    void aResultReachesTheSuccessCallback() {
        assertThat(run(() -> 42)).isCompletedWithValue(42);
        assertThat(results).containsExactly(42);
        assertThat(failures).isEmpty();
    }

    @Test
    void inputProblemsGoBesideTheirFields() {
        assertThat(run(() -> {
            throw new ValidationFailure(Map.of("idNumber", "公民身份号码不正确"));
        })).isCompletedExceptionally();
        assertThat(invalid).containsExactly(Map.of("idNumber", "公民身份号码不正确"));
        assertThat(failures).isEmpty();
    }

    @Test
    void aLockedStationIsToldInWordsNotAsAnIncident() {
        run(() -> {
            throw new StationLockedException(StationLockedException.Reason.KEY_MISSING, "/keys/x.key");
        });
        assertThat(failures).containsExactly(
                "数据目录已加密，但本机没有它的密钥文件（/keys/x.key），无法打开。请在原工作站上使用本数据目录，或由管理员恢复密钥文件。");
    }

    @Test
    void aConcurrentChangeAndAnythingElseGetChineseLines() {
        run(() -> {
            throw new ConcurrentChangeException(new RuntimeException("stale"));
        });
        run(() -> {
            throw new IllegalStateException("boom");
        });
        assertThat(failures).hasSize(2);
        assertThat(failures.get(0)).isEqualTo(Fxml.text("app.changedMeanwhile"));
        assertThat(failures.get(1)).matches("[^A-Za-z]*[0-9a-f]{8}[^A-Za-z]*").doesNotContain("boom");
    }
}

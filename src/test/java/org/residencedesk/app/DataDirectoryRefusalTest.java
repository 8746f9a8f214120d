package org.residencedesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data folder that cannot be used safely is refused by the real entry point before anything is opened or
 * created, with a Chinese message on stderr, nothing on stdout and no stack trace (docs/decisions/0136).
 */
class DataDirectoryRefusalTest {
    @TempDir
    Path dir;

    record Run(int exit, String out, String err) { }

    static Run main(Map<String, String> environment, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        int exit;
        // the tests' console log would put other tests' late log lines (their workers) into this capture
        ch.qos.logback.classic.Logger root = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(
                org.slf4j.Logger.ROOT_LOGGER_NAME);
        ch.qos.logback.core.Appender<ch.qos.logback.classic.spi.ILoggingEvent> console = root.getAppender("CONSOLE");
        if (console != null) {
            root.detachAppender(console);
        }
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            exit = Main.run(args, environment);
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
            if (console != null) {
                root.addAppender(console);
            }
        }
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static void assertRefused(Run run, String message) {
        assertThat(run.exit()).isEqualTo(Main.EXIT_BAD_DATA_DIR);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo(message + System.lineSeparator());
    }

    @Test
    void derbyAttributesInTheFolderNameAreRefusedAndNothingIsCreated() throws Exception {
        for (String attribute : new String[] {";create=false", ";shutdown=true", ";bootPassword=x;create=true"}) {
            String given = dir.resolve("station" + attribute).toString();

            Run run = main(Map.of(), "--data-dir", given, "demo-data", "--persons", "1");

            assertRefused(run, "数据目录“" + given + "”含有分号或控制字符，不能使用，请换一个不含这些字符的文件夹。");
            Run fromEnvironment = main(Map.of(DataDirectory.ENV_VARIABLE, given), "demo-data", "--persons", "1");
            assertRefused(fromEnvironment, "数据目录“" + given + "”含有分号或控制字符，不能使用，请换一个不含这些字符的文件夹。");
        }
        try (var entries = Files.list(dir)) {
            assertThat(entries).as("no folder, database or log was created").isEmpty();
        }
    }

    @Test
    void aBlankFolderIsRefusedInsteadOfUsingTheCurrentDirectory() {
        String message = "数据目录不能为空：请给 --data-dir 或环境变量 RESIDENCE_DESK_HOME 指定一个文件夹（不设则使用 ~/.residence-desk）。";
        assertRefused(main(Map.of(), "--data-dir", "", "demo-data", "--persons", "1"), message);
        assertRefused(main(Map.of(), "--data-dir=  ", "demo-data", "--persons", "1"), message);
        assertRefused(main(Map.of(DataDirectory.ENV_VARIABLE, " "), "demo-data", "--persons", "1"), message);
        assertThat(Path.of("db")).as("nothing in the working directory").doesNotExist();
    }

    @Test
    void aFileGivenAsTheDataFolderIsRefusedAndLeftAlone() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "keep");

        Run run = main(Map.of(), "--data-dir", file.toString(), "demo-data", "--persons", "1");

        assertRefused(run, "数据目录“" + file + "”是一个文件，不是文件夹，请指定一个文件夹。");
        assertThat(file).hasContent("keep");
    }

    @Test
    void aUsableFolderIsStillAccepted() {
        Run run = main(Map.of(), "--data-dir", dir.resolve("ok").toString(), "id-check", "11010519491231002X");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("{");
    }
}

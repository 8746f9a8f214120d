package org.residencedesk.multicounter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.app.AppContext;
import org.residencedesk.domain.account.Role;
import org.residencedesk.domain.form.FormValues;
import org.residencedesk.port.StationProblem;
import org.residencedesk.service.Operator;
import org.residencedesk.service.registration.Registered;
import org.residencedesk.testing.IdNumbers;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestMasterData;
import org.residencedesk.testing.TestOperators;
import org.residencedesk.testing.TestStation;
import org.residencedesk.testsupport.RegistrationFixture;

/**
 * The main PC's server goes away under an open counter (docs/decisions/0330): the counter's next save fails with the
 * SERVER_UNREACHABLE message, nothing of it is stored (no person, registration, audit entry or outbox event), and once
 * {@code serve-db} is back on the same port the very next save works, on fresh connections, and numbers go on without a
 * gap. The server is the product's own {@code serve-db} in a child JVM, stopped with SIGTERM and started again.
 */
class CounterServerGoneTest {
    @TempDir
    Path mainPc;
    @TempDir
    Path counter;
    @TempDir
    Path shared;

    private final TestClock clock = TestClock.at("2026-11-28T01:15:00Z");

    @Test
    void aSaveWhileTheServerIsGoneStoresNothingAndTheNextSaveAfterItIsBackWorks() throws Exception {
        try (AppContext main = TestStation.open(mainPc, clock)) {
            assertThat(main.transactions().readOnly(() -> main.stations().find())).isPresent();
        }
        int port = MultiCounterStationTest.freePort();
        Path counterFile = shared.resolve("counter.properties");
        String failedId = IdNumbers.citizen("420106", "19900315", 103);
        ServeDbProcess server = ServeDbProcess.start(mainPc, port, counterFile);
        try {
            MultiCounterStationTest.install(server.counterSettings(), counter, "counter-2");
            try (AppContext ctx = AppContext.openForTests(counter, TestMasterData.shared(), clock)) {
                Operator clerk = TestOperators.signIn(ctx, "wangfang", "王芳", Role.WINDOW_STAFF);
                Registered first = ctx.registration().register(clerk, person(IdNumbers.citizen("420106", "19900315", 101)));
                assertThat(first.registrationNumber()).isEqualTo(TestStation.CODE + "2026000001");
                long audit = count(ctx, "SELECT COUNT(*) FROM AUDIT_ENTRY");
                long outbox = count(ctx, "SELECT COUNT(*) FROM OUTBOX_EVENT");

                assertThat(server.stop()).as("serve-db stopped cleanly on SIGTERM").isTrue();
                Throwable failed = catchThrowable(() -> ctx.registration().register(clerk, person(failedId)));

                StationProblem problem = problemIn(failed);
                if (problem == null && failed != null) {
                    failed.printStackTrace(System.out); // the report's output file: test data only
                }
                assertThat(problem).as("the failed save's cause: %s", failed).isNotNull();
                assertThat(problem.kind()).isEqualTo(StationProblem.Kind.SERVER_UNREACHABLE);
                assertThat(problem.userMessage()).isEqualTo("无法连接主机上的数据库服务（127.0.0.1:" + port + "），没有保存任何"
                        + "内容；窗口中已填写的内容仍在。请确认主机已开机、网络已连通且数据库服务（residence-desk serve-db）正在运行，"
                        + "然后再试；如仍无法连接请联系县局信息员。");
                assertThat(ctx.databaseDamaged()).as("an unreachable server is not a damaged database").isFalse();

                server = ServeDbProcess.start(mainPc, port, counterFile);
                assertThat(count(ctx, "SELECT COUNT(*) FROM RESIDENCE_REGISTRATION")).isEqualTo(1);
                assertThat(count(ctx, "SELECT COUNT(*) FROM PERSON WHERE ID_NUMBER = '" + failedId + "'")).isZero();
                assertThat(count(ctx, "SELECT COUNT(*) FROM AUDIT_ENTRY")).as("audit entries").isEqualTo(audit);
                assertThat(count(ctx, "SELECT COUNT(*) FROM OUTBOX_EVENT")).as("outbox events").isEqualTo(outbox);

                Registered again = ctx.registration().register(clerk, person(failedId));
                assertThat(again.registrationNumber()).isEqualTo(TestStation.CODE + "2026000002");
                assertThat(count(ctx, "SELECT COUNT(*) FROM RESIDENCE_REGISTRATION")).isEqualTo(2);
                assertThat(ctx.audit().verify().ok()).as("the audit chain across the outage").isTrue();
            }
        } finally {
            server.close();
        }
    }

    static FormValues person(String idNumber) {
        return RegistrationFixture.valid().toBuilder().set("idNumber", idNumber).set("name", "欧阳春晓").set("sex", "1")
                .set("birthDate", "1990-03-15").set("mobile", "13712345601").set("operator", "")
                .set("registrationDate", "").set("registrationNumber", "").build();
    }

    private static StationProblem problemIn(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StationProblem p) {
                return p;
            }
        }
        return null;
    }

    private static long count(AppContext ctx, String sql) throws Exception {
        try (Connection c = ctx.database().openConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

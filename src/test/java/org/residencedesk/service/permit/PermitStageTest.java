package org.residencedesk.service.permit;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.service.Operator;

/** One real Derby station per stage-service test class, shared by its tests. */
abstract class PermitStageTest {
    @TempDir
    static Path dataDir;
    static PermitServiceFixture f;
    /** The fixture's signed-in operators of each role. */
    static Operator STAFF;
    static Operator REVIEWER;
    static Operator CLERK;
    static Operator CHIEF;

    @BeforeAll
    static void open() {
        f = new PermitServiceFixture(dataDir);
        STAFF = f.STAFF;
        REVIEWER = f.REVIEWER;
        CLERK = f.CLERK;
        CHIEF = f.CHIEF;
    }

    @AfterAll
    static void close() {
        f.close();
    }
}

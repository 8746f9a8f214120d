package org.residencedesk.service.permit;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** One real Derby station per stage-service test class, shared by its tests. */
abstract class PermitStageTest {
    @TempDir
    static Path dataDir;
    static PermitServiceFixture f;

    @BeforeAll
    static void open() {
        f = new PermitServiceFixture(dataDir);
    }

    @AfterAll
    static void close() {
        f.close();
    }
}

package org.residencedesk.ui.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.app.AppContext;
import org.residencedesk.domain.account.Role;
import org.residencedesk.domain.form.FormValues;
import org.residencedesk.domain.masterdata.UsageCounts;
import org.residencedesk.service.Operator;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestOperators;
import org.residencedesk.testing.TestStation;
import org.residencedesk.testsupport.RegistrationFixture;
import org.residencedesk.ui.BackgroundWork;

/** Each new registration counts its look-up picks once at this counter (ADR 0177); a change counts nothing again. */
class LookupPicksCountedTest {
    @TempDir
    Path dataDir;

    @Test
    void aNewRegistrationCountsItsPicksAndAChangeDoesNotCountThemAgain() {
        try (AppContext ctx = TestStation.open(dataDir, TestClock.at("2026-11-28T01:15:00Z"))) {
            Operator clerk = TestOperators.signIn(ctx, "wangfang", "王芳", Role.WINDOW_STAFF);
            RegistrationViewModel screen = new RegistrationViewModel(ctx.registration(), ctx.certificates(),
                    ctx.printer(), ctx.printAudit(), clerk, ctx.drafts(), ctx.formCodec(), ctx.clock(),
                    BackgroundWork.inline(), ctx.lookupUsage());
            FormValues valid = RegistrationFixture.valid();
            screen.startFromValues(valid);
            screen.save();
            assertThat(screen.savedNumberProperty().get()).isEqualTo("4201110020012026000001");

            assertThat(ctx.lookupUsage().uses("education", valid.get("education"))).isEqualTo(1);
            assertThat(ctx.lookupUsage().uses("residence-types", valid.get("residenceType"))).isEqualTo(1);
            assertThat(ctx.lookupUsage().uses(UsageCounts.DIVISIONS, valid.get("residenceDivision"))).isEqualTo(1);
            assertThat(ctx.lookupUsage().uses("choice:declarant", valid.get("declarant"))).isEqualTo(1);

            screen.form().value("mobile").set("13900001111");
            screen.save();
            assertThat(screen.noticeProperty().get()).startsWith("变更成功");
            assertThat(ctx.lookupUsage().uses("education", valid.get("education"))).isEqualTo(1);
        }
    }
}

package org.residencedesk.ui.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.app.AppContext;
import org.residencedesk.domain.account.Role;
import org.residencedesk.domain.card.CardType;
import org.residencedesk.domain.card.IdCardData;
import org.residencedesk.domain.card.WltPhoto;
import org.residencedesk.domain.form.PhotoValue;
import org.residencedesk.port.PhotoDecoder;
import org.residencedesk.service.Operator;
import org.residencedesk.testing.IdNumbers;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestOperators;
import org.residencedesk.testing.TestStation;
import org.residencedesk.ui.BackgroundWork;

/** A swiped card's photo goes into 相片 when the port decodes it, and the placeholder stays when it cannot (ADR 0284). */
class CardPhotosTest {
    @TempDir
    static Path dataDir;
    static AppContext ctx;
    static Operator clerk;

    @BeforeAll
    static void open() {
        ctx = TestStation.open(dataDir, TestClock.at("2026-11-28T01:15:00Z"));
        clerk = TestOperators.signIn(ctx, "wangfang", "王芳", Role.WINDOW_STAFF);
    }

    @AfterAll
    static void close() {
        ctx.close();
    }

    private static RegistrationViewModel screen(PhotoDecoder decoder) {
        return new RegistrationViewModel(ctx.registration(), ctx.certificates(), ctx.printer(), ctx.printAudit(), clerk,
                ctx.drafts(), ctx.formCodec(), ctx.clock(), BackgroundWork.inline()).decodingPhotosWith(decoder);
    }

    private static IdCardData card(WltPhoto photo) {
        return new IdCardData(CardType.ID_CARD, "周建华", null, "1", "01", LocalDate.of(1988, 3, 15),
                "湖北省武汉市武昌区中山路300号", IdNumbers.citizen("420106", "19880315", 123), "武汉市公安局武昌分局",
                LocalDate.of(2022, 5, 20), LocalDate.of(2032, 5, 20), false, null, null, null, photo);
    }

    @Test
    void aDecodedPhotoFillsAndLocksThePhotoField() {
        RegistrationViewModel vm = screen(new KeystrokeCountTest.StandInPhotoDecoder());
        vm.fillFromCard(card(new WltPhoto(new byte[1024])));
        assertThat(PhotoValue.decode(vm.form().value("photo").get()))
                .hasValueSatisfying(b -> assertThat(b).isEqualTo(KeystrokeCountTest.StandInPhotoDecoder.PNG));
        assertThat(vm.form().locked("photo").get()).isTrue();
    }

    @Test
    void withoutTheVendorLibraryThePlaceholderStays() {
        assertThat(ctx.photoDecoder().isAvailable()).as("no vendor library on this machine").isFalse();
        RegistrationViewModel vm = screen(ctx.photoDecoder());
        vm.fillFromCard(card(new WltPhoto(new byte[1024])));
        assertThat(vm.form().value("photo").get()).isEmpty();
        assertThat(vm.form().locked("photo").get()).isFalse();
        assertThat(vm.form().value("name").get()).as("the rest of the card is there").isEqualTo("周建华");
    }

    @Test
    void aCardWithoutAPhotoAsksNothing() {
        PhotoDecoder never = new PhotoDecoder() {
            @Override public boolean isAvailable() { return true; }
            @Override public String availabilityMessage() { return ""; }
            @Override public Result decode(WltPhoto photo) { throw new AssertionError("no photo to decode"); }
        };
        RegistrationViewModel vm = screen(never);
        vm.fillFromCard(card(WltPhoto.empty()));
        assertThat(vm.form().value("photo").get()).isEmpty();
    }
}

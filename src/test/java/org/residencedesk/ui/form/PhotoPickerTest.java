package org.residencedesk.ui.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.domain.form.PhotoValue;

/** 从文件选择 with real files: a JPEG/PNG is kept, anything else is refused in Chinese and the old photo stays. */
class PhotoPickerTest {
    private static final ResourceBundle FORM = ResourceBundle.getBundle("i18n.form");
    @TempDir
    Path dir;
    private final StringProperty value = new SimpleStringProperty("");
    private final List<String> messages = new ArrayList<>();

    @Test
    void aPngFileBecomesThePhoto() throws Exception {
        byte[] png = org.residencedesk.domain.form.PhotoValueTestAccess.png();
        Path file = Files.write(dir.resolve("相片.png"), png);

        PhotoPicker.take(file, value, messages::add, FORM);

        assertThat(messages).isEmpty();
        assertThat(PhotoValue.decode(value.get())).hasValueSatisfying(b -> assertThat(b).isEqualTo(png));
    }

    @Test
    void aFileThatIsNotAPictureIsRefusedAndTheOldPhotoStays() throws Exception {
        value.set("kept");
        Path file = Files.writeString(dir.resolve("photo.jpg"), "not really a jpeg");

        PhotoPicker.take(file, value, messages::add, FORM);

        assertThat(messages).containsExactly("相片须为 JPEG 或 PNG 图片文件");
        assertThat(value.get()).isEqualTo("kept");
    }

    @Test
    void aFileOverTheLimitIsRefusedBeforeItIsRead() throws Exception {
        Path file = Files.write(dir.resolve("big.png"), new byte[PhotoValue.MAX_BYTES + 1]);

        PhotoPicker.take(file, value, messages::add, FORM);

        assertThat(messages).containsExactly("相片文件不能超过 100 KB，请先缩小（证件照 102×126 像素即可）");
        assertThat(value.get()).isEmpty();
    }

    @Test
    void aMissingFileSaysSo() {
        PhotoPicker.take(dir.resolve("gone.png"), value, messages::add, FORM);

        assertThat(messages).containsExactly("无法读取所选文件，请重新选择");
    }
}

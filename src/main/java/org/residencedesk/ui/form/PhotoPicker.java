package org.residencedesk.ui.form;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;
import org.residencedesk.domain.form.PhotoValue;

/**
 * The 相片 field (ADR 0196): the photo in a 102×126 box — or 无相片 — with 从文件选择 below it. A file that is not
 * a JPEG/PNG or is over 100 KB is refused with a Chinese message beside the field; nothing is kept. Not a Tab stop
 * (typing runs past it); a card swipe locks it like the other identity fields.
 */
final class PhotoPicker {
    static final double WIDTH = 102;
    static final double HEIGHT = 126;

    private PhotoPicker() {
    }

    static Button create(StringProperty value, ObservableBooleanValue locked, Consumer<String> showMessage,
                         ResourceBundle bundle) {
        ImageView view = new ImageView();
        view.setFitWidth(WIDTH);
        view.setFitHeight(HEIGHT);
        view.setPreserveRatio(true);
        view.imageProperty().bind(Bindings.createObjectBinding(() -> image(value.get()), value));
        Label none = new Label(bundle.getString("form.photo.none"));
        none.visibleProperty().bind(view.imageProperty().isNull());
        StackPane box = new StackPane(none, view);
        box.setMinSize(WIDTH, HEIGHT);
        box.setMaxSize(WIDTH, HEIGHT);
        box.setStyle("-fx-border-color: #9aa5b1; -fx-border-width: 1;");
        Button button = new Button(bundle.getString("form.photo.chooseFile"), box);
        button.setContentDisplay(ContentDisplay.TOP);
        button.setFocusTraversable(false);
        button.disableProperty().bind(Bindings.createBooleanBinding(locked::get, locked));
        button.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(bundle.getString("form.photo.fileTitle"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(bundle.getString("form.photo.files"),
                    "*.jpg", "*.jpeg", "*.png", "*.JPG", "*.JPEG", "*.PNG"));
            java.io.File file = chooser.showOpenDialog(button.getScene().getWindow());
            if (file != null) {
                take(file.toPath(), value, showMessage, bundle);
            }
        });
        return button;
    }

    /** Checks the file and keeps it as the field's value, or shows why not (the value stays as it was). */
    static void take(Path file, StringProperty value, Consumer<String> showMessage, ResourceBundle bundle) {
        byte[] bytes;
        try {
            // the size is checked before reading, so a huge file is never loaded
            if (Files.size(file) > PhotoValue.MAX_BYTES) {
                showMessage.accept(bundle.getString("form.photo.tooLarge"));
                return;
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            showMessage.accept(bundle.getString("form.photo.unreadable"));
            return;
        }
        Optional<String> problem = PhotoValue.problem(bytes);
        if (problem.isPresent()) {
            showMessage.accept(bundle.getString(problem.get()));
            return;
        }
        value.set(PhotoValue.encode(bytes));
    }

    private static Image image(String value) {
        return PhotoValue.decode(value).map(b -> new Image(new ByteArrayInputStream(b), WIDTH, HEIGHT, true, true))
                .filter(i -> !i.isError()).orElse(null);
    }
}

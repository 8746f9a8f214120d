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
 * The 相片 field (ADR 0196): the photo in a 102×126 box — or 无相片 — with 从文件选择 below it (and 拍照 when the
 * station has a camera, ADR 0338). A file that is not a JPEG/PNG is refused with a Chinese message beside the field;
 * nothing is kept. A photo over 100 KB is scaled down to fit ({@link PhotoFit}). Not a Tab stop
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

    /**
     * Checks the file and keeps it as the field's value, or shows why not (the value stays as it was). A photo over
     * 100 KB is scaled down first ({@link PhotoFit}, ADR 0338); a file over 20 MB is not read.
     */
    static void take(Path file, StringProperty value, Consumer<String> showMessage, ResourceBundle bundle) {
        byte[] bytes;
        try {
            // the size is checked before reading, so a huge file is never loaded
            if (Files.size(file) > PhotoFit.MAX_SOURCE_BYTES) {
                showMessage.accept(bundle.getString("form.photo.fileTooLarge"));
                return;
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            showMessage.accept(bundle.getString("form.photo.unreadable"));
            return;
        }
        takeBytes(bytes, value, showMessage, bundle);
    }

    /** The picture of a file or a camera: scaled down when over 100 KB, checked, kept — or refused in Chinese. */
    static void takeBytes(byte[] bytes, StringProperty value, Consumer<String> showMessage, ResourceBundle bundle) {
        // the kind of file is read from its first bytes, whatever its size
        Optional<String> problem = PhotoValue.kindProblem(java.util.Arrays.copyOf(bytes, Math.min(bytes.length, 64)));
        if (problem.isPresent()) {
            showMessage.accept(bundle.getString(problem.get()));
            return;
        }
        Optional<byte[]> fitted = PhotoFit.fit(bytes);
        if (fitted.isEmpty()) {
            showMessage.accept(bundle.getString("form.photo.cannotShrink"));
            return;
        }
        Optional<String> after = PhotoValue.problem(fitted.get());
        if (after.isPresent()) {
            showMessage.accept(bundle.getString(after.get()));
            return;
        }
        value.set(PhotoValue.encode(fitted.get()));
    }

    /**
     * 拍照 (ADR 0338): runs the station's camera on {@code workers} and takes its picture like a chosen file; while it
     * runs the button is disabled and says 正在拍照…; a camera that cannot take one says why beside the field.
     */
    static Button cameraButton(org.residencedesk.port.Camera camera, java.util.concurrent.Executor workers,
                               StringProperty value, ObservableBooleanValue locked, Consumer<String> showMessage,
                               ResourceBundle bundle) {
        Button button = new Button(bundle.getString("form.photo.camera"));
        button.setId("photoCameraButton");
        button.setFocusTraversable(false);
        javafx.beans.property.BooleanProperty busy = new javafx.beans.property.SimpleBooleanProperty(false);
        button.disableProperty().bind(Bindings.createBooleanBinding(() -> locked.get() || busy.get(), locked, busy));
        button.textProperty().bind(Bindings.when(busy).then(bundle.getString("form.photo.camera.busy"))
                .otherwise(bundle.getString("form.photo.camera")));
        button.setOnAction(e -> {
            busy.set(true);
            workers.execute(() -> {
                org.residencedesk.port.Camera.Result result;
                try {
                    result = camera.capture();
                } catch (RuntimeException ex) {
                    result = new org.residencedesk.port.Camera.Failed(bundle.getString("form.photo.cannotShrink"));
                }
                org.residencedesk.port.Camera.Result r = result;
                javafx.application.Platform.runLater(() -> {
                    busy.set(false);
                    if (r instanceof org.residencedesk.port.Camera.Captured c) {
                        takeBytes(c.image(), value, showMessage, bundle);
                    } else if (r instanceof org.residencedesk.port.Camera.Failed f) {
                        showMessage.accept(f.message());
                    }
                });
            });
        });
        return button;
    }

    private static Image image(String value) {
        return PhotoValue.decode(value).map(b -> new Image(new ByteArrayInputStream(b), WIDTH, HEIGHT, true, true))
                .filter(i -> !i.isError()).orElse(null);
    }
}

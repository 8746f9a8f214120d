package org.residencedesk.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Asks where to save a file (and which file to open). The window uses the system dialog; UI tests answer with a fixed path. */
@FunctionalInterface
public interface FileDialogs {
    Optional<Path> chooseSaveTarget(Window owner, String title, String suggestedName);

    /** Asks which file to open; the system dialog unless a test answers. */
    default Optional<Path> chooseOpenFile(Window owner, String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    static FileDialogs system() {
        return (owner, title, suggestedName) -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(title);
            chooser.setInitialFileName(suggestedName);
            File file = chooser.showSaveDialog(owner);
            return Optional.ofNullable(file).map(File::toPath);
        };
    }
}

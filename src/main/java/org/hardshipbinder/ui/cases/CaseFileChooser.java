package org.hardshipbinder.ui.cases;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.hardshipbinder.ui.UiText;

/** Where a case file is written or read from: the system's file chooser (a test gives its own answer). */
public interface CaseFileChooser {

    Optional<Path> saveTo(Window owner, String suggestedName);

    Optional<Path> open(Window owner);

    static CaseFileChooser system(UiText text) {
        return new CaseFileChooser() {
            @Override
            public Optional<Path> saveTo(Window owner, String suggestedName) {
                FileChooser chooser = chooser(text, text.get("transfer.ui.export"));
                chooser.setInitialFileName(suggestedName);
                return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
            }

            @Override
            public Optional<Path> open(Window owner) {
                return Optional.ofNullable(chooser(text, text.get("transfer.ui.import")).showOpenDialog(owner)).map(File::toPath);
            }
        };
    }

    private static FileChooser chooser(UiText text, String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title.replace("…", ""));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(text.get("transfer.ui.fileType"),
                "*" + CaseTransferViewModel.EXTENSION));
        return chooser;
    }
}

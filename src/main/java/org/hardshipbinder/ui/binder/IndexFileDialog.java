package org.hardshipbinder.ui.binder;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.hardshipbinder.ui.UiText;
import org.hardshipbinder.ui.common.Dialogs;

/**
 * "Print index…" where there is no printer: the exhibit index PDF the export wrote, named with its folder, to open
 * in a PDF reader (and print from there), to save elsewhere, or to find in its folder. Before any export, it says so.
 */
final class IndexFileDialog extends Dialog<IndexFileDialog.Choice> {

    enum Choice { OPEN, SAVE_COPY, OPEN_FOLDER, EXPORT }

    IndexFileDialog(Path indexFile, UiText text, Node owner) {
        setTitle(text.get("desktop.print.title"));
        Label header = new Label(text.get("desktop.print.noPrinter"));
        header.setWrapText(true);
        header.setMaxWidth(Dialogs.TEXT_WIDTH);
        header.getStyleClass().add("section-title");
        Label where = new Label(indexFile == null ? text.get("desktop.print.exportFirst")
                : text.get("desktop.print.indexIs", indexFile.getFileName(), indexFile.toAbsolutePath().getParent()));
        where.setId("indexFileText");
        where.setWrapText(true);
        where.setMaxWidth(Dialogs.TEXT_WIDTH);
        getDialogPane().setContent(new VBox(8, header, where));
        ButtonType cancel = new ButtonType(text.get("desktop.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        if (indexFile == null) {
            ButtonType export = new ButtonType(text.get("ui.binder.export").replace("…", ""), ButtonBar.ButtonData.OK_DONE);
            getDialogPane().getButtonTypes().setAll(export, cancel);
            setResultConverter(b -> b == export ? Choice.EXPORT : null);
        } else {
            ButtonType open = new ButtonType(text.get("desktop.print.open"), ButtonBar.ButtonData.OK_DONE);
            ButtonType save = new ButtonType(text.get("desktop.print.saveCopy"), ButtonBar.ButtonData.OTHER);
            ButtonType folder = new ButtonType(text.get("ui.binder.openFolder"), ButtonBar.ButtonData.OTHER);
            getDialogPane().getButtonTypes().setAll(open, save, folder, cancel);
            getDialogPane().lookupButton(open).setId("openIndexPdf");
            getDialogPane().lookupButton(folder).setId("openIndexFolder");
            setResultConverter(b -> b == open ? Choice.OPEN : b == save ? Choice.SAVE_COPY
                    : b == folder ? Choice.OPEN_FOLDER : null);
        }
        Dialogs.own(this, owner);
    }
}

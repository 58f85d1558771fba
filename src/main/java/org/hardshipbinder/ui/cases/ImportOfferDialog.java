package org.hardshipbinder.ui.cases;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import org.hardshipbinder.model.Case;
import org.hardshipbinder.ui.UiText;
import org.hardshipbinder.ui.common.Controls;
import org.hardshipbinder.ui.common.Dialogs;

/** Files handed to the app when it starts ("Open with"): which case to import them into, or not now. */
public final class ImportOfferDialog extends Dialog<Case> {

    /** {@code cases} recently opened first; with none, the dialog says to create a case first. */
    public ImportOfferDialog(List<Path> files, List<Case> cases, UiText text, Node owner) {
        setTitle(text.get("desktop.offer.title"));
        Label header = new Label(text.get("desktop.offer.header", files.size()));
        header.setWrapText(true);
        header.setMaxWidth(Dialogs.TEXT_WIDTH);
        header.getStyleClass().add("section-title");
        ListView<String> names = new ListView<>();
        names.setId("offeredFiles");
        names.getItems().setAll(files.stream().map(f -> f.getFileName() == null ? f.toString() : f.getFileName().toString()).toList());
        names.setPrefSize(Dialogs.TEXT_WIDTH, Math.min(200, 28 * files.size() + 8));
        names.setAccessibleText(text.get("desktop.offer.files"));
        ComboBox<Case> target = Controls.combo(cases, Case::displayTitle);
        target.setId("offerCase");
        target.setMaxWidth(Dialogs.TEXT_WIDTH);
        target.getSelectionModel().selectFirst();
        Label none = new Label(text.get("desktop.offer.noCase"));
        none.setWrapText(true);
        none.setMaxWidth(Dialogs.TEXT_WIDTH);
        VBox content = cases.isEmpty() ? new VBox(8, header, names, none)
                : new VBox(8, header, names, Controls.label(text.get("desktop.offer.case"), target), target);
        getDialogPane().setContent(content);
        ButtonType later = new ButtonType(text.get("desktop.offer.later"), ButtonBar.ButtonData.CANCEL_CLOSE);
        if (cases.isEmpty()) {
            getDialogPane().getButtonTypes().setAll(later);
            setResultConverter(b -> null);
        } else {
            ButtonType importThem = new ButtonType(text.get("desktop.offer.import"), ButtonBar.ButtonData.OK_DONE);
            getDialogPane().getButtonTypes().setAll(importThem, later);
            getDialogPane().lookupButton(importThem).setId("offerImportOk");
            setResultConverter(b -> b == importThem ? target.getValue() : null);
        }
        Dialogs.own(this, owner);
    }
}

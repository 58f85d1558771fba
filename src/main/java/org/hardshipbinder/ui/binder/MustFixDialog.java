package org.hardshipbinder.ui.binder;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.hardshipbinder.ui.UiText;
import org.hardshipbinder.ui.common.Dialogs;

/** Before an export: the "must fix" findings still open, and the choice to fix them first or export anyway. */
final class MustFixDialog extends Dialog<MustFixDialog.Choice> {

    enum Choice { FIX_FIRST, EXPORT_ANYWAY }

    MustFixDialog(List<String> findings, UiText text, Node owner) {
        setTitle(text.get("desktop.export.mustFixTitle"));
        Label header = new Label(text.get("desktop.export.mustFixHeader", findings.size()));
        header.setWrapText(true);
        header.setMaxWidth(Dialogs.TEXT_WIDTH);
        header.getStyleClass().add("section-title");
        ListView<String> list = new ListView<>();
        list.setId("mustFixList");
        list.getItems().setAll(findings);
        list.setPrefSize(Dialogs.TEXT_WIDTH, 220);
        list.setCellFactory(l -> new ListCell<>() {
            private final Text shown = new Text();

            {
                shown.wrappingWidthProperty().bind(l.widthProperty().subtract(30));
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                shown.setText(item);
                setGraphic(empty || item == null ? null : shown);
                setAccessibleText(empty ? null : item);
            }
        });
        Label help = new Label(text.get("desktop.export.mustFixHelp"));
        help.setWrapText(true);
        help.setMaxWidth(Dialogs.TEXT_WIDTH);
        help.getStyleClass().add("explanation");
        getDialogPane().setContent(new VBox(8, header, list, help));
        ButtonType fix = new ButtonType(text.get("desktop.export.fixFirst"), ButtonBar.ButtonData.OK_DONE);
        ButtonType anyway = new ButtonType(text.get("desktop.export.anyway"), ButtonBar.ButtonData.OTHER);
        ButtonType cancel = new ButtonType(text.get("desktop.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(fix, anyway, cancel);
        getDialogPane().lookupButton(fix).setId("fixFirst");
        getDialogPane().lookupButton(anyway).setId("exportAnyway");
        setResultConverter(b -> b == fix ? Choice.FIX_FIRST : b == anyway ? Choice.EXPORT_ANYWAY : null);
        Dialogs.own(this, owner);
    }
}

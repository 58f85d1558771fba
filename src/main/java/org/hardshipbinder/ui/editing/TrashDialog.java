package org.hardshipbinder.ui.editing;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.hardshipbinder.ui.UiText;

/** The case's trash: restore what was deleted, or empty it after being told what that deletes for good. */
public final class TrashDialog extends Dialog<Void> {

    public TrashDialog(TrashViewModel viewModel, UiText text, Window owner) {
        setTitle(text.get("grouping.trash.title"));
        ListView<TrashViewModel.Row> list = new ListView<>(viewModel.rows());
        list.setId("trashList");
        list.setPlaceholder(new Label(text.get("grouping.trash.none")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(TrashViewModel.Row row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : row.label());
            }
        });
        org.hardshipbinder.ui.common.Fit.em(list, "-fx-pref-width", 40);
        org.hardshipbinder.ui.common.Fit.em(list, "-fx-pref-height", 20);
        Button restore = new Button(text.get("grouping.trash.restore"));
        restore.setId("restoreFromTrash");
        restore.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        restore.setOnAction(e -> viewModel.restore(list.getSelectionModel().getSelectedItem()));
        Button empty = new Button(text.get("grouping.trash.empty"));
        empty.setId("emptyTrash");
        empty.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(viewModel.rows()));
        empty.setOnAction(e -> {
            Alert alert = new Alert(Alert.AlertType.CONFIRMATION, viewModel.emptyWarning(), ButtonType.OK, ButtonType.CANCEL);
            alert.setHeaderText(text.get("grouping.trash.emptyQuestion"));
            org.hardshipbinder.ui.common.Dialogs.own(alert, getDialogPane().getScene().getWindow());
            alert.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> viewModel.empty());
        });
        Label message = new Label();
        message.setWrapText(true);
        message.textProperty().bind(viewModel.messageProperty());
        getDialogPane().setContent(new VBox(8, list, org.hardshipbinder.ui.common.Fit.row(restore, empty), message));
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        org.hardshipbinder.ui.common.Dialogs.own(this, owner);
    }
}

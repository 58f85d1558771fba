package org.hardshipbinder.ui.preferences;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.hardshipbinder.ui.UiText;
import org.hardshipbinder.ui.common.Dialogs;

/** The Restore part of Preferences: choose a backup, confirm what happens to the current vault, follow the steps. */
final class RestoreSection extends VBox {

    private final RestoreViewModel viewModel;
    private final UiText text;

    RestoreSection(RestoreViewModel viewModel, UiText text) {
        super(8);
        this.viewModel = viewModel;
        this.text = text;
        Label help = new Label(text.get("restore.help"));
        help.setWrapText(true);
        help.getStyleClass().add("explanation");
        Button restore = Dialogs.opensSystemChooser(new Button(text.get("restore.button")));
        restore.setId("restoreFromBackup");
        restore.disableProperty().bind(viewModel.busyProperty());
        restore.setOnAction(e -> chooseAndConfirm());
        ProgressIndicator working = new ProgressIndicator();
        working.setPrefSize(18, 18);
        working.visibleProperty().bind(viewModel.busyProperty());
        Label status = new Label();
        status.setId("restoreStatus");
        status.setWrapText(true);
        status.textProperty().bind(viewModel.statusProperty());
        HBox row = new HBox(8, restore, working);
        row.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(help, row, status);
        // While the vault is closed for the restore, nothing else in the window may reach for it.
        viewModel.busyProperty().addListener((o, was, busy) -> {
            if (getScene() != null) {
                getScene().getRoot().setDisable(busy);
            }
        });
        viewModel.passphraseWantedProperty().addListener((o, old, backup) -> {
            if (backup != null) {
                askPassphrase().ifPresent(chars -> viewModel.restore(backup, chars));
            }
        });
    }

    /** For the window tests, which cannot drive the system's file chooser. */
    RestoreViewModel viewModel() {
        return viewModel;
    }

    private void chooseAndConfirm() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.get("restore.chooserTitle"));
        File chosen = chooser.showOpenDialog(getScene().getWindow());
        if (chosen != null && confirm(chosen.toPath())) {
            viewModel.start(chosen.toPath());
        }
    }

    private boolean confirm(Path backup) {
        ButtonType go = new ButtonType(text.get("restore.confirmButton"), ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, viewModel.confirmation(backup), go, ButtonType.CANCEL);
        alert.setHeaderText(text.get("restore.confirmTitle"));
        Dialogs.own(alert, this);
        return alert.showAndWait().filter(go::equals).isPresent();
    }

    private Optional<char[]> askPassphrase() {
        Dialog<char[]> dialog = new Dialog<>();
        dialog.setTitle(text.get("restore.passphraseTitle"));
        dialog.setHeaderText(text.get("restore.passphraseTitle"));
        PasswordField field = new PasswordField();
        field.setId("restorePassphrase");
        Label prompt = new Label(text.get("restore.passphrasePrompt"));
        prompt.setLabelFor(field);
        dialog.getDialogPane().setContent(new VBox(6, prompt, field));
        ButtonType go = new ButtonType(text.get("restore.confirmButton"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(go, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button == go ? field.getText().toCharArray() : null);
        Dialogs.own(dialog, this);
        return dialog.showAndWait().filter(chars -> chars.length > 0);
    }
}

package org.hardshipbinder.ui.cases;

import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.hardshipbinder.ui.UiText;

/**
 * Asks for a case file's passphrase: a new one typed twice for an export (with a word on handing it over and on what
 * losing it means), the one it was made with for an import. Only asks; the work runs in the background afterwards.
 */
final class CasePassphraseDialog {

    private CasePassphraseDialog() {
    }

    static Optional<char[]> forExport(Window owner, UiText text, CaseTransferViewModel viewModel) {
        PasswordField again = field("casePassphraseAgain", text.get("transfer.ui.passphraseAgain"));
        return ask(owner, text, "transfer.ui.exportPassphraseTitle", "transfer.ui.exportPassphraseHeader", again, viewModel);
    }

    static Optional<char[]> forImport(Window owner, UiText text) {
        return ask(owner, text, "transfer.ui.importPassphraseTitle", "transfer.ui.importPassphraseHeader", null, null);
    }

    private static Optional<char[]> ask(Window owner, UiText text, String titleKey, String headerKey, PasswordField again,
                                        CaseTransferViewModel viewModel) {
        ButtonType ok = new ButtonType(text.get("transfer.ui.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(text.get("transfer.ui.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        PasswordField field = field("casePassphrase", text.get("transfer.ui.passphrase"));
        Label header = new Label(text.get(headerKey));
        header.setWrapText(true);
        Label problem = new Label();
        problem.setId("casePassphraseProblem");
        problem.setWrapText(true);
        problem.getStyleClass().add("error-text");
        VBox content = again == null ? new VBox(10, header, field) : new VBox(10, header, field, again, problem);
        Dialog<char[]> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(text.get(titleKey));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setPrefWidth(480);
        dialog.getDialogPane().getButtonTypes().addAll(ok, cancel);
        var okButton = dialog.getDialogPane().lookupButton(ok);
        okButton.setId("casePassphraseOk");
        if (again == null) {
            okButton.disableProperty().bind(field.textProperty().isEmpty());
        } else {
            Runnable check = () -> {
                Optional<String> why = viewModel.checkNewPassphrase(field.getText().toCharArray(), again.getText().toCharArray());
                problem.setText(again.getText().isEmpty() ? "" : why.orElse(""));
                okButton.setDisable(why.isPresent());
            };
            field.textProperty().addListener((o, a, b) -> check.run());
            again.textProperty().addListener((o, a, b) -> check.run());
            check.run();
        }
        dialog.setOnShown(e -> field.requestFocus());
        dialog.setResultConverter(button -> button == ok ? field.getText().toCharArray() : null);
        Optional<char[]> result = dialog.showAndWait();
        field.clear();
        if (again != null) {
            again.clear();
        }
        return result;
    }

    private static PasswordField field(String id, String prompt) {
        PasswordField field = new PasswordField();
        field.setId(id);
        field.setPromptText(prompt);
        field.setAccessibleText(prompt);
        return field;
    }
}

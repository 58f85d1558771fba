package org.hardshipbinder.app;

import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import org.hardshipbinder.model.UserMessage;
import org.hardshipbinder.ui.UiText;

/**
 * Asks for the passphrase of an encrypted vault before the window opens, saying why (encrypted, or the last one was
 * wrong) and what a lost passphrase means. Only asks: the key derivation runs afterwards on a background thread.
 */
final class PassphraseDialog {

    private PassphraseDialog() {
    }

    /**
     * The passphrase typed, or empty when the user quits. {@code fontScale}: the text size chosen in Preferences, in
     * percent; the dialog's width follows it (in em), so nothing is cut at large sizes.
     */
    static Optional<char[]> ask(UiText text, UserMessage reason, int fontScale) {
        ButtonType unlock = new ButtonType(text.get("vault.unlockButton"), ButtonBar.ButtonData.OK_DONE);
        ButtonType quit = new ButtonType(text.get("ui.vault.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        PasswordField field = new PasswordField();
        field.setPromptText(text.get("vault.unlockPrompt"));
        Label why = new Label(text.format(inWindowWords(reason)));
        why.setWrapText(true);
        Label warning = new Label(text.get("vault.lostPassphraseWarning"));
        warning.setWrapText(true);
        Dialog<char[]> dialog = new Dialog<>();
        dialog.setTitle(text.get("vault.unlockTitle"));
        dialog.setHeaderText(text.get("vault.unlockTitle"));
        dialog.getDialogPane().setContent(new VBox(10, why, field, warning));
        dialog.getDialogPane().setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx; -fx-pref-width: 34em;",
                javafx.scene.text.Font.getDefault().getSize() * fontScale / 100.0));
        dialog.getDialogPane().getButtonTypes().addAll(unlock, quit);
        dialog.getDialogPane().lookupButton(unlock).disableProperty().bind(field.textProperty().isEmpty());
        dialog.setOnShown(e -> field.requestFocus());
        dialog.setResultConverter(button -> button == unlock ? field.getText().toCharArray() : null);
        Optional<char[]> result = dialog.showAndWait();
        field.clear();
        return result;
    }

    /** The vault's reasons speak to every interface; in the window, the user types the passphrase here. */
    static UserMessage inWindowWords(UserMessage reason) {
        Object folder = reason.args().isEmpty() ? "" : reason.args().get(0);
        return switch (reason.key()) {
            case "vault.wrongPassphrase" -> UserMessage.of("security.unlock.wrong", folder);
            case "vault.passphraseNeeded" -> UserMessage.of("security.unlock.needed", folder);
            default -> reason;
        };
    }
}

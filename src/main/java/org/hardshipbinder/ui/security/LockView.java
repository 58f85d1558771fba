package org.hardshipbinder.ui.security;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.hardshipbinder.ui.UiText;

/** What the window shows while the vault is locked: why, the passphrase field, and what a lost passphrase means. */
public final class LockView extends StackPane {

    public LockView(LockViewModel viewModel, UiText text) {
        setId("lockScreen");
        getStyleClass().add("cover");
        Label title = new Label(text.get("security.lock.title"));
        title.getStyleClass().add("screen-title");
        title.setWrapText(true);
        Label why = wrapped(text.get("security.lock.explanation"), "explanation");
        PasswordField passphrase = new PasswordField();
        passphrase.setId("lockPassphrase");
        passphrase.setPromptText(text.get("vault.unlockPrompt"));
        passphrase.setAccessibleText(text.get("vault.unlockPrompt"));
        Button unlock = new Button(text.get("vault.unlockButton"));
        unlock.setId("unlockButton");
        unlock.setDefaultButton(true);
        unlock.disableProperty().bind(passphrase.textProperty().isEmpty().or(viewModel.busy()));
        unlock.setOnAction(e -> {
            char[] typed = passphrase.getText().toCharArray();
            passphrase.clear();
            viewModel.unlock(typed);
        });
        ProgressIndicator working = new ProgressIndicator();
        working.getStyleClass().add("small-progress");
        working.visibleProperty().bind(viewModel.busy());
        working.managedProperty().bind(viewModel.busy());
        Label message = wrapped("", "error-text");
        message.setId("lockMessage");
        message.textProperty().bind(Bindings.createStringBinding(() -> viewModel.messageProperty().get() == null ? ""
                : text.format(viewModel.messageProperty().get()), viewModel.messageProperty()));
        Label lost = wrapped(text.get("vault.lostPassphraseWarning"), "warning-text");
        VBox card = new VBox(title, why, passphrase, unlock, working, message, lost);
        card.getStyleClass().add("cover-card");
        card.setMaxHeight(Region.USE_PREF_SIZE);
        setAlignment(Pos.CENTER);
        getChildren().add(card);
        viewModel.stateProperty().addListener((o, old, now) -> {
            if (now == LockViewModel.State.LOCKED) {
                passphrase.requestFocus();
            }
        });
        sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                passphrase.requestFocus();
            }
        });
    }

    static Label wrapped(String content, String styleClass) {
        Label label = new Label(content);
        label.setWrapText(true);
        label.getStyleClass().add(styleClass);
        return label;
    }
}

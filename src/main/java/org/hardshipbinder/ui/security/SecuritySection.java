package org.hardshipbinder.ui.security;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.hardshipbinder.model.UserMessage;
import org.hardshipbinder.ui.UiText;
import org.hardshipbinder.ui.common.Controls;

/**
 * The Security part of Preferences: whether the vault is encrypted, the idle lock (only for an encrypted vault), and
 * the form that encrypts a plain vault or changes the passphrase of an encrypted one.
 */
public final class SecuritySection extends VBox {

    /** {@code idleChoice}: the idle-time list of the preferences form, placed here with its explanation. */
    public SecuritySection(VaultSecurityViewModel viewModel, Node idleChoice, UiText text) {
        super(10);
        setId("securitySection");
        viewModel.refresh();
        var encrypted = viewModel.encryptedProperty();
        Label status = LockView.wrapped("", "explanation");
        status.setId("encryptionStatus");
        status.textProperty().bind(Bindings.when(encrypted).then(text.get("security.status.encrypted"))
                .otherwise(text.get("security.status.plain")));

        GridPane idleForm = Controls.form();
        idleForm.addRow(0, Controls.label(text.get("security.idleLock"), idleChoice), idleChoice);
        idleChoice.disableProperty().bind(encrypted.not());
        Label idleHelp = LockView.wrapped("", "explanation");
        idleHelp.setId("idleLockHelp");
        idleHelp.textProperty().bind(Bindings.when(encrypted).then(text.get("security.idleLockHelp"))
                .otherwise(text.get("security.idleLockPlain")));
        idleForm.add(idleHelp, 1, 1);
        Button lockNow = new Button(text.get("security.lockNow"));
        lockNow.setId("lockNowButton");
        lockNow.setOnAction(e -> viewModel.lockNow());
        lockNow.visibleProperty().bind(encrypted);
        lockNow.managedProperty().bind(encrypted);
        lockNow.disableProperty().bind(viewModel.busyProperty());
        idleForm.add(lockNow, 1, 2);

        PasswordField current = field("currentPassphrase", viewModel.currentProperty());
        PasswordField next = field("newPassphrase", viewModel.nextProperty());
        PasswordField confirmation = field("confirmPassphrase", viewModel.confirmationProperty());
        Label currentLabel = Controls.label(text.get("security.current"), current);
        for (Node n : new Node[] {current, currentLabel}) {
            n.visibleProperty().bind(encrypted);
            n.managedProperty().bind(encrypted);
        }
        Label hint = LockView.wrapped("", "explanation");
        hint.setId("passphraseHint");
        hint.textProperty().bind(Bindings.createStringBinding(() -> text.format(viewModel.hint().get()), viewModel.nextProperty()));
        Label lost = LockView.wrapped(text.get("vault.lostPassphraseWarning"), "warning-text");
        GridPane form = Controls.form();
        form.addRow(0, currentLabel, current);
        form.addRow(1, Controls.label(text.get("security.new"), next), next);
        form.add(hint, 1, 2);
        form.addRow(3, Controls.label(text.get("security.confirm"), confirmation), confirmation);
        form.add(lost, 1, 4);

        Button action = new Button();
        action.setId("securityAction");
        action.textProperty().bind(Bindings.when(encrypted).then(text.get("security.changeButton"))
                .otherwise(text.get("security.encryptButton")));
        action.disableProperty().bind(viewModel.busyProperty().or(viewModel.writableProperty().not()));
        form.disableProperty().bind(viewModel.writableProperty().not());
        Label readOnly = LockView.wrapped(text.get("security.readOnly"), "warning-text");
        readOnly.visibleProperty().bind(viewModel.writableProperty().not());
        readOnly.managedProperty().bind(viewModel.writableProperty().not());
        action.setOnAction(e -> {
            if (encrypted.get()) {
                viewModel.changePassphrase();
            } else {
                viewModel.encrypt();
            }
        });
        ProgressIndicator working = new ProgressIndicator();
        working.getStyleClass().add("small-progress");
        working.visibleProperty().bind(viewModel.busyProperty());
        working.managedProperty().bind(viewModel.busyProperty());
        Label message = LockView.wrapped("", "explanation");
        message.setId("securityMessage");
        message.textProperty().bind(Bindings.createStringBinding(() -> {
            UserMessage said = viewModel.messageProperty().get();
            return said == null ? "" : text.format(said);
        }, viewModel.messageProperty()));
        viewModel.messageIsErrorProperty().addListener((o, old, error) -> restyle(message, error));
        restyle(message, viewModel.messageIsErrorProperty().get());
        getChildren().addAll(status, idleForm, readOnly, form, new HBox(8, action, working), message);
    }

    private static PasswordField field(String id, javafx.beans.property.StringProperty value) {
        PasswordField field = new PasswordField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private static void restyle(Label message, boolean error) {
        message.getStyleClass().removeAll("explanation", "error-text");
        message.getStyleClass().add(error ? "error-text" : "explanation");
    }
}

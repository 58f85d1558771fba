package org.hardshipbinder.ui.checks;

import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import org.hardshipbinder.ui.UiText;
import org.hardshipbinder.ui.common.Controls;
import org.hardshipbinder.ui.common.Dialogs;

/** "Dismiss with a reason…": the finding's sentence, wrapped, and a box for the reason (required). */
final class ReasonDialog extends Dialog<String> {

    ReasonDialog(String finding, UiText text, Node owner) {
        setTitle(text.get("ui.checks.fix.dismiss").replace("…", ""));
        Label what = new Label(finding);
        what.setWrapText(true);
        what.setMaxWidth(Dialogs.TEXT_WIDTH);
        what.setPrefWidth(Dialogs.TEXT_WIDTH);
        TextArea reason = new TextArea();
        reason.setId("dismissReason");
        reason.setWrapText(true);
        reason.setPrefRowCount(3);
        reason.setPrefColumnCount(40);
        reason.setMaxWidth(Dialogs.TEXT_WIDTH);
        Label help = new Label(text.get("desktop.dismiss.help"));
        help.setWrapText(true);
        help.setMaxWidth(Dialogs.TEXT_WIDTH);
        help.getStyleClass().add("explanation");
        getDialogPane().setContent(new VBox(8, what, Controls.label(text.get("ui.checks.reason"), reason), reason, help));
        ButtonType dismiss = new ButtonType(text.get("desktop.dismiss.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(text.get("desktop.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(dismiss, cancel);
        Node ok = getDialogPane().lookupButton(dismiss);
        ok.setId("dismissOk");
        ok.disableProperty().bind(reason.textProperty().isEmpty());
        setResultConverter(b -> b == dismiss && !reason.getText().isBlank() ? reason.getText().strip() : null);
        Dialogs.own(this, owner);
        setOnShowing(e -> reason.requestFocus());
    }
}

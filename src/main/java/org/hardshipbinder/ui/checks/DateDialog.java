package org.hardshipbinder.ui.checks;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.hardshipbinder.ui.UiText;
import org.hardshipbinder.ui.common.Controls;
import org.hardshipbinder.ui.common.Dialogs;

/** "Set the date…": the document's date, picked or typed; a typed date counts even before Enter is pressed. */
final class DateDialog extends Dialog<LocalDate> {

    DateDialog(String documentTitle, LocalDate current, UiText text, Node owner) {
        setTitle(text.get("ui.checks.fix.date").replace("…", ""));
        Label header = new Label(text.get("ui.checks.dateHeader", documentTitle));
        header.setWrapText(true);
        header.setMaxWidth(Dialogs.TEXT_WIDTH);
        header.getStyleClass().add("section-title");
        DatePicker picker = new DatePicker(current);
        picker.setId("fixDatePicker");
        Label problem = new Label();
        problem.getStyleClass().add("error-text");
        problem.setWrapText(true);
        problem.setMaxWidth(Dialogs.TEXT_WIDTH);
        getDialogPane().setContent(new VBox(8, header, Controls.label(text.get("ui.document.date"), picker), picker, problem));
        org.hardshipbinder.ui.common.Fit.em(getDialogPane(), "-fx-pref-width", 28);
        ButtonType save = new ButtonType(text.get("desktop.date.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(text.get("desktop.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(save, cancel);
        Node ok = getDialogPane().lookupButton(save);
        ok.setId("dateOk");
        ok.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            if (typed(picker) == null) {
                problem.setText(text.get("desktop.date.invalid"));
                e.consume();
            }
        });
        setResultConverter(b -> b == save ? typed(picker) : null);
        Dialogs.own(this, owner);
        setOnShowing(e -> picker.requestFocus());
    }

    private static LocalDate typed(DatePicker picker) {
        String typed = picker.getEditor().getText();
        if (typed == null || typed.isBlank()) {
            return picker.getValue();
        }
        try {
            return picker.getConverter().fromString(typed.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

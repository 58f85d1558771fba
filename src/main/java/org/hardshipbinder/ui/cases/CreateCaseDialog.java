package org.hardshipbinder.ui.cases;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;
import org.hardshipbinder.model.CaseKind;
import org.hardshipbinder.ui.UiText;

/** The form for a new case: kind of request, applicant, optional title. */
final class CreateCaseDialog extends Dialog<CreateCaseDialog.Form> {

    record Form(CaseKind kind, String applicant, String title) {
    }

    CreateCaseDialog(CasesViewModel viewModel, UiText text) {
        setTitle(text.get("ui.cases.create.title"));
        ComboBox<CaseKind> kind = new ComboBox<>();
        kind.setId("caseKind");
        kind.getItems().setAll(viewModel.kinds());
        kind.getSelectionModel().selectFirst();
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(CaseKind k) {
                return k == null ? "" : viewModel.kindLabel(k);
            }

            @Override
            public CaseKind fromString(String s) {
                return null;
            }
        });
        TextField applicant = new TextField();
        applicant.setId("applicantField");
        TextField title = new TextField();
        title.setId("caseTitleField");
        Label problem = new Label();
        problem.getStyleClass().add("error-text");

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        grid.addRow(0, label(text.get("ui.cases.create.kind"), kind), kind);
        grid.addRow(1, label(text.get("ui.cases.create.applicant"), applicant), applicant);
        grid.addRow(2, label(text.get("ui.cases.create.caseTitle"), title), title);
        grid.add(problem, 1, 3);
        getDialogPane().setContent(grid);

        ButtonType ok = new ButtonType(text.get("ui.cases.create.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(text.get("ui.cases.create.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(ok, cancel);
        getDialogPane().lookupButton(ok).setId("createCaseOk");
        getDialogPane().lookupButton(ok).addEventFilter(javafx.event.ActionEvent.ACTION, e ->
                viewModel.validate(kind.getValue(), applicant.getText()).ifPresent(reason -> {
                    problem.setText(reason);
                    e.consume();
                }));
        setResultConverter(button -> button == ok ? new Form(kind.getValue(), applicant.getText(), title.getText()) : null);
        setOnShown(e -> applicant.requestFocus());
    }

    private static Label label(String text, javafx.scene.Node target) {
        Label label = new Label(text);
        label.setLabelFor(target);
        return label;
    }
}

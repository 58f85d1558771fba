package org.hardshipbinder.ui.cases;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.hardshipbinder.model.Case;
import org.hardshipbinder.ui.UiText;

/** The list of cases: open one, or create a new one. */
public final class CasesView extends BorderPane {

    public CasesView(CasesViewModel viewModel, UiText text, Consumer<Case> openCase) {
        Label title = new Label(text.get("ui.cases.title"));
        title.getStyleClass().add("screen-title");

        TableView<Case> table = new TableView<>(viewModel.items());
        table.setId("casesTable");
        table.setPlaceholder(new Label(text.get("ui.cases.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<Case, String> titleColumn = new TableColumn<>(text.get("ui.cases.column.title"));
        titleColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().displayTitle()));
        TableColumn<Case, String> kindColumn = new TableColumn<>(text.get("ui.cases.column.kind"));
        kindColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(viewModel.kindLabel(c.getValue().kind())));
        TableColumn<Case, String> applicantColumn = new TableColumn<>(text.get("ui.cases.column.applicant"));
        applicantColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().applicant()));
        table.getColumns().setAll(java.util.List.of(titleColumn, kindColumn, applicantColumn));
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && table.getSelectionModel().getSelectedItem() != null) {
                openCase.accept(table.getSelectionModel().getSelectedItem());
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                openCase.accept(table.getSelectionModel().getSelectedItem());
            }
        });

        Button create = new Button(text.get("ui.cases.new"));
        create.setId("newCaseButton");
        create.setDefaultButton(false);
        create.setOnAction(e -> new CreateCaseDialog(viewModel, text).showAndWait()
                .ifPresent(form -> viewModel.create(form.kind(), form.applicant(), form.title(), created -> {
                    table.getSelectionModel().select(created);
                })));
        Button open = new Button(text.get("ui.cases.open"));
        open.setId("openCaseButton");
        open.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(e -> openCase.accept(table.getSelectionModel().getSelectedItem()));

        Label error = new Label();
        error.textProperty().bind(viewModel.errorProperty());
        error.getStyleClass().add("error-text");

        HBox actions = new HBox(8, create, open, error);
        actions.setPadding(new Insets(8, 0, 8, 0));
        setTop(title);
        setCenter(table);
        setBottom(actions);
        setPadding(new Insets(12));
    }
}

package org.hardshipbinder.ui.checks;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.hardshipbinder.model.Case;
import org.hardshipbinder.model.Document;
import org.hardshipbinder.ui.UiText;
import org.hardshipbinder.ui.common.Controls;
import org.hardshipbinder.ui.shell.MainWindow;
import org.hardshipbinder.ui.shell.ScreenView;

/** The checks: findings grouped by severity, filters, "go to" the page, and the fixes. */
public final class ChecksView extends BorderPane implements ScreenView {

    private final ChecksViewModel viewModel;
    private final UiText text;
    private final TableView<FindingRow> table;

    public ChecksView(ChecksViewModel viewModel, UiText text) {
        this.viewModel = viewModel;
        this.text = text;
        Label title = new Label(text.get("ui.checks.title"));
        title.getStyleClass().add("screen-title");
        Label summary = new Label();
        summary.setId("checksSummaryLine");
        summary.setWrapText(true);
        summary.textProperty().bind(viewModel.summaryProperty());

        ComboBox<String> severity = Controls.combo(List.of("error", "warning", "info"), viewModel::severityLabel);
        severity.setId("severityFilter");
        severity.setPromptText(text.get("ui.filter.severity"));
        severity.setAccessibleText(text.get("ui.filter.severity"));
        severity.valueProperty().bindBidirectional(viewModel.severityFilterProperty());
        ComboBox<String> code = Controls.combo(List.of(), c -> c);
        code.setId("codeFilter");
        code.setPromptText(text.get("ui.checks.code"));
        code.setAccessibleText(text.get("ui.checks.code"));
        code.setOnShowing(e -> code.getItems().setAll(viewModel.codes()));
        code.valueProperty().bindBidirectional(viewModel.codeFilterProperty());
        ComboBox<Document> document = Controls.combo(List.of(), Document::displayTitle);
        document.setPromptText(text.get("ui.checks.document"));
        document.setAccessibleText(text.get("ui.checks.document"));
        document.setItems(viewModel.documents());
        document.valueProperty().addListener((o, old, d) -> viewModel.documentFilterProperty().set(d == null ? null : d.id()));
        Button clear = new Button(text.get("ui.filter.clear"));
        clear.setOnAction(e -> {
            severity.setValue(null);
            code.setValue(null);
            document.setValue(null);
        });
        Button rerun = new Button(text.get("ui.checks.rerun"));
        rerun.setId("rerunChecks");
        HBox filters = new HBox(6, new Label(text.get("ui.filter.label")), severity, code, document, clear,
                MainWindow.spacer(), rerun);
        filters.setAlignment(Pos.CENTER_LEFT);

        table = table();
        Button goTo = new Button(text.get("ui.checks.goTo"));
        goTo.setId("goToFinding");
        goTo.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        goTo.setOnAction(e -> viewModel.goTo(table.getSelectionModel().getSelectedItem()));
        Button link = new Button(text.get("ui.checks.fix.link"));
        link.setId("linkTranslation");
        Button date = new Button(text.get("ui.checks.fix.date"));
        date.setId("editDate");
        Button dismiss = new Button(text.get("ui.checks.fix.dismiss"));
        dismiss.setId("dismissFinding");
        link.setOnAction(e -> askTranslation(table.getSelectionModel().getSelectedItem()));
        date.setOnAction(e -> askDate(table.getSelectionModel().getSelectedItem()));
        dismiss.setOnAction(e -> askReason(table.getSelectionModel().getSelectedItem()));
        table.getSelectionModel().selectedItemProperty().addListener((o, old, row) -> {
            List<FixAction> actions = row == null ? List.of() : FixAction.forCode(row.code());
            link.setDisable(!actions.contains(FixAction.LINK_TRANSLATION));
            date.setDisable(!actions.contains(FixAction.EDIT_DATE) || row.documentId() == null);
            dismiss.setDisable(row == null);
        });
        link.setDisable(true);
        date.setDisable(true);
        dismiss.setDisable(true);
        rerun.setOnAction(e -> viewModel.load(currentCase));
        HBox actions = new HBox(8, goTo, link, date, dismiss);
        actions.getStyleClass().add("tool-bar-row");

        setTop(new VBox(6, title, summary, filters));
        setCenter(table);
        setBottom(actions);
        setPadding(MainWindow.screenPadding());
    }

    private Case currentCase;

    private TableView<FindingRow> table() {
        TableView<FindingRow> view = new TableView<>(viewModel.items());
        view.setId("findingsTable");
        view.setAccessibleText(text.get("ui.checks.title"));
        view.setPlaceholder(new Label(text.get("ui.checks.none")));
        view.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<FindingRow, String> severity = new TableColumn<>(text.get("ui.filter.severity"));
        severity.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().severity()));
        severity.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String value, boolean empty) {
                super.updateItem(value, empty);
                getStyleClass().removeAll("severity-error", "severity-warning", "severity-info");
                setText(empty || value == null ? null : viewModel.severityLabel(value));
                if (!empty && value != null) {
                    getStyleClass().add("severity-" + value);
                }
            }
        });
        severity.setMaxWidth(130);
        TableColumn<FindingRow, String> message = new TableColumn<>(text.get("ui.checks.message"));
        message.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().message()
                + (c.getValue().fix() == null || c.getValue().fix().isBlank() ? "" : "\n→ " + c.getValue().fix())));
        message.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty ? null : value);
                setWrapText(true);
                setPrefHeight(USE_COMPUTED_SIZE);
            }
        });
        TableColumn<FindingRow, String> where = new TableColumn<>(text.get("ui.checks.where"));
        where.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().documentId() == null ? ""
                : text.get("ui.search.where", viewModel.documentTitle(c.getValue().documentId()), Math.max(1, c.getValue().page()))));
        where.setMaxWidth(260);
        view.getColumns().setAll(List.of(severity, message, where));
        view.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                viewModel.goTo(view.getSelectionModel().getSelectedItem());
            }
        });
        view.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                viewModel.goTo(view.getSelectionModel().getSelectedItem());
            }
        });
        return view;
    }

    private void askReason(FindingRow row) {
        if (row == null) {
            return;
        }
        TextInputDialog dialog = new TextInputDialog();
        dialog.setTitle(text.get("ui.checks.fix.dismiss"));
        dialog.setHeaderText(row.message());
        dialog.setContentText(text.get("ui.checks.reason"));
        dialog.showAndWait().ifPresent(reason -> viewModel.dismiss(row, reason));
    }

    private void askTranslation(FindingRow row) {
        if (row == null) {
            return;
        }
        List<Document> others = viewModel.documents().stream().filter(d -> !d.equals(find(row.documentId()))).toList();
        ChoiceDialog<Document> dialog = new ChoiceDialog<>(null, others);
        dialog.setTitle(text.get("ui.checks.fix.link"));
        dialog.setHeaderText(text.get("ui.checks.linkHeader", viewModel.documentTitle(row.documentId())));
        dialog.setContentText(text.get("ui.checks.linkChoose"));
        Optional<Document> chosen = dialog.showAndWait();
        chosen.ifPresent(translation -> viewModel.linkTranslation(row, translation));
    }

    private Document find(Long id) {
        return viewModel.documents().stream().filter(d -> id != null && d.id() == id).findFirst().orElse(null);
    }

    private void askDate(FindingRow row) {
        if (row == null) {
            return;
        }
        Dialog<java.time.LocalDate> dialog = new Dialog<>();
        dialog.setTitle(text.get("ui.checks.fix.date"));
        dialog.setHeaderText(text.get("ui.checks.dateHeader", viewModel.documentTitle(row.documentId())));
        DatePicker picker = new DatePicker();
        picker.setAccessibleText(text.get("ui.document.date"));
        dialog.getDialogPane().setContent(picker);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(b -> b == ButtonType.OK ? picker.getValue() : null);
        dialog.showAndWait().ifPresent(d -> viewModel.setDate(row, d));
    }

    @Override
    public Node node() {
        return this;
    }

    @Override
    public void shown(Case openCase) {
        currentCase = openCase;
        viewModel.load(openCase);
    }
}

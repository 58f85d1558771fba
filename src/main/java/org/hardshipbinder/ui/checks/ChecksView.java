package org.hardshipbinder.ui.checks;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.scene.layout.FlowPane;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.hardshipbinder.ui.common.Fit;
import org.hardshipbinder.model.Case;
import org.hardshipbinder.model.Document;
import org.hardshipbinder.ui.UiText;
import org.hardshipbinder.ui.common.Controls;
import org.hardshipbinder.ui.common.ThumbnailSource;
import org.hardshipbinder.ui.shell.MainWindow;
import org.hardshipbinder.ui.shell.Screen;
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
        ComboBox<String> code = Controls.combo(List.of(), viewModel::kindLabel);
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
        FlowPane filters = Fit.row(new Label(text.get("ui.filter.label")), severity, code, document, clear, rerun);

        table = table();
        FlowPane actions = Fit.row();
        actions.setId("findingActions");
        for (FixAction action : FixAction.values()) {
            Button button = new Button(text.get("desktop.fix." + action.name()));
            button.setId(BUTTON_IDS.get(action));
            button.setOnAction(e -> act(action, table.getSelectionModel().getSelectedItem()));
            Fit.whole(button);
            actionButtons.put(action, button);
            actions.getChildren().add(button);
        }
        table.getSelectionModel().selectedItemProperty().addListener((o, old, row) -> showActions(row));
        showActions(null);
        rerun.setOnAction(e -> viewModel.load(currentCase));
        Label detail = new Label();
        detail.setId("findingDetail");
        detail.setWrapText(true);
        detail.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        table.getSelectionModel().selectedItemProperty().addListener((o, old, row) -> detail.setText(row == null
                ? text.get("desktop.checks.choose")
                : row.message() + (row.fix() == null || row.fix().isBlank() ? "" : "\n→ " + row.fix())));
        detail.setText(text.get("desktop.checks.choose"));

        setTop(new VBox(6, title, summary, filters));
        setCenter(table);
        setBottom(new VBox(4, detail, actions));
        setPadding(MainWindow.screenPadding());
    }

    private Case currentCase;
    private ThumbnailSource thumbnails;
    private final Map<FixAction, Button> actionButtons = new EnumMap<>(FixAction.class);
    private static final Map<FixAction, String> BUTTON_IDS = Map.of(FixAction.OPEN_PAGE, "goToFinding",
            FixAction.LINK_TRANSLATION, "linkTranslation", FixAction.LINK_PAIR, "linkPair", FixAction.EDIT_DATE, "editDate",
            FixAction.REVIEW_SUGGESTIONS, "reviewSuggestionsFix", FixAction.OPEN_BINDER, "openBinderFix",
            FixAction.DISMISS, "dismissFinding");

    /** Where the translation picker gets its thumbnails. */
    public void setThumbnails(ThumbnailSource thumbnails) {
        this.thumbnails = thumbnails;
    }

    /** Only the fixes the selected finding offers are shown; with nothing selected, none. */
    private void showActions(FindingRow row) {
        List<FixAction> offered = FixAction.forRow(row);
        actionButtons.forEach((action, button) -> {
            button.setVisible(offered.contains(action));
            button.setManaged(offered.contains(action));
        });
    }

    private void act(FixAction action, FindingRow row) {
        if (row == null) {
            return;
        }
        switch (action) {
            case OPEN_PAGE -> viewModel.goTo(row);
            case LINK_TRANSLATION -> askTranslation(row);
            case LINK_PAIR -> viewModel.linkPair(row);
            case EDIT_DATE -> askDate(row);
            case REVIEW_SUGGESTIONS -> viewModel.show(Screen.SUGGESTIONS);
            case OPEN_BINDER -> viewModel.show(Screen.BINDER);
            case DISMISS -> askReason(row);
            default -> { }
        }
    }

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
        Controls.wrapping(message);
        TableColumn<FindingRow, String> where = new TableColumn<>(text.get("ui.checks.where"));
        where.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().documentId() == null ? ""
                : text.get("ui.search.where", viewModel.documentTitle(c.getValue().documentId()), Math.max(1, c.getValue().page()))));
        where.setMaxWidth(260);
        Controls.wrapping(where);
        view.getColumns().setAll(List.of(severity, message, where));
        Fit.headersWhole(view);
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
        new ReasonDialog(row.message(), text, this).showAndWait().ifPresent(reason -> viewModel.dismiss(row, reason));
    }

    private void askTranslation(FindingRow row) {
        new TranslationPicker(viewModel.documentTitle(row.documentId()), viewModel.translationCandidates(row), text,
                thumbnails, this).showAndWait().ifPresent(translation -> viewModel.linkTranslation(row, translation));
    }

    private void askDate(FindingRow row) {
        LocalDate current = viewModel.documents().stream().filter(d -> d.id() == row.documentId())
                .map(d -> d.metadata().date()).filter(java.util.Objects::nonNull).findFirst().orElse(null);
        new DateDialog(viewModel.documentTitle(row.documentId()), current, text, this).showAndWait()
                .ifPresent(d -> viewModel.setDate(row, d));
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

package org.hardshipbinder.ui.suggestions;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.hardshipbinder.ui.common.Fit;
import org.hardshipbinder.model.Case;
import org.hardshipbinder.model.Document;
import org.hardshipbinder.ui.UiText;
import org.hardshipbinder.ui.common.Controls;
import org.hardshipbinder.ui.shell.MainWindow;
import org.hardshipbinder.ui.shell.Navigator;
import org.hardshipbinder.ui.shell.ScreenView;

/**
 * Review suggestions: every open suggestion of the case (document, what, for whom, why, how sure), several selected
 * with Shift or Ctrl, answered for the selection, for a whole document, or for everything above a confidence.
 */
public final class SuggestionsView extends BorderPane implements ScreenView {

    private final SuggestionsViewModel viewModel;

    public SuggestionsView(SuggestionsViewModel viewModel, UiText text, Navigator navigator) {
        this.viewModel = viewModel;
        setId("suggestionsScreen");
        Label title = new Label(text.get("desktop.suggestions.title"));
        title.getStyleClass().add("screen-title");
        Label help = new Label(text.get("desktop.suggestions.help"));
        help.setWrapText(true);
        help.getStyleClass().add("explanation");
        ComboBox<Document> document = Controls.combo(List.of(), Document::displayTitle);
        document.setId("suggestionsDocument");
        document.setItems(viewModel.documents());
        document.setPromptText(text.get("desktop.suggestions.allDocuments"));
        document.valueProperty().bindBidirectional(viewModel.documentFilterProperty());
        Fit.em(document, "-fx-max-width", 28);
        Button all = new Button(text.get("ui.filter.clear"));
        all.setOnAction(e -> document.setValue(null));
        FlowPane filters = Fit.row(Controls.label(text.get("ui.checks.document"), document), document, all);

        TableView<SuggestionRow> table = table(text);
        Button accept = button(text.get("desktop.suggestions.acceptSelected"), "acceptSelected",
                () -> viewModel.accept(List.copyOf(table.getSelectionModel().getSelectedItems())));
        Button reject = button(text.get("desktop.suggestions.rejectSelected"), "rejectSelected",
                () -> viewModel.reject(List.copyOf(table.getSelectionModel().getSelectedItems())));
        for (Button b : new Button[] {accept, reject}) {
            b.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull().or(viewModel.busyProperty()));
        }
        Function<SuggestionRow, Long> documentOf = r -> r.suggestion().documentId();
        Button acceptDocument = button(text.get("desktop.suggestions.acceptDocument"), "acceptDocument",
                () -> viewModel.accept(viewModel.forDocument(documentOf.apply(table.getSelectionModel().getSelectedItem()))));
        Button rejectDocument = button(text.get("desktop.suggestions.rejectDocument"), "rejectDocument",
                () -> viewModel.reject(viewModel.forDocument(documentOf.apply(table.getSelectionModel().getSelectedItem()))));
        Button open = button(text.get("desktop.suggestions.openDocument"), "openSuggestionDocument",
                () -> navigator.openDocument(documentOf.apply(table.getSelectionModel().getSelectedItem()), 1, null));
        for (Button b : new Button[] {acceptDocument, rejectDocument, open}) {
            b.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull().or(viewModel.busyProperty()));
        }
        Spinner<Integer> threshold = new Spinner<>(10, 100, viewModel.thresholdProperty().get(), 5);
        threshold.setId("confidenceThreshold");
        threshold.setEditable(true);
        Fit.em(threshold, "-fx-pref-width", 6);
        threshold.valueProperty().addListener((o, old, now) -> viewModel.thresholdProperty().set(now));
        Button acceptSure = button(text.get("desktop.suggestions.acceptAbove"), "acceptAbove", viewModel::acceptAtLeastThreshold);
        acceptSure.disableProperty().bind(viewModel.busyProperty());
        FlowPane sure = Fit.row(Controls.label(text.get("desktop.suggestions.threshold"), threshold), threshold, acceptSure);
        FlowPane actions = Fit.row(accept, reject, acceptDocument, rejectDocument, open, sure);
        Label message = new Label();
        message.setId("suggestionsMessage");
        message.setWrapText(true);
        message.textProperty().bind(viewModel.messageProperty());

        setTop(new VBox(6, title, help, filters));
        setCenter(table);
        setBottom(new VBox(4, actions, message));
        setPadding(MainWindow.screenPadding());
    }

    private TableView<SuggestionRow> table(UiText text) {
        TableView<SuggestionRow> table = new TableView<>(viewModel.items());
        table.setId("suggestionsTable");
        table.setAccessibleText(text.get("desktop.suggestions.title"));
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label(text.get("desktop.suggestions.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<SuggestionRow, String> document = column(text.get("ui.checks.document"), SuggestionRow::document);
        document.setPrefWidth(200);
        TableColumn<SuggestionRow, String> what = column(text.get("desktop.suggestions.what"), SuggestionRow::what);
        what.setPrefWidth(280);
        TableColumn<SuggestionRow, String> person = column(text.get("desktop.suggestions.person"), SuggestionRow::person);
        person.setPrefWidth(150);
        TableColumn<SuggestionRow, String> sure = column(text.get("desktop.suggestions.confidence"),
                r -> r.confidencePercent() + " %");
        sure.setPrefWidth(90);
        TableColumn<SuggestionRow, String> why = column(text.get("desktop.suggestions.reason"), SuggestionRow::reason);
        table.getColumns().setAll(List.of(document, what, person, sure, why));
        Fit.headersWhole(table);
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && !table.getSelectionModel().getSelectedItems().isEmpty()) {
                viewModel.accept(List.copyOf(table.getSelectionModel().getSelectedItems()));
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE && !table.getSelectionModel().getSelectedItems().isEmpty()) {
                viewModel.reject(List.copyOf(table.getSelectionModel().getSelectedItems()));
                e.consume();
            }
        });
        return table;
    }

    /** A column whose cells wrap, so long titles and reasons are read whole. */
    private static TableColumn<SuggestionRow, String> column(String title, Function<SuggestionRow, String> value) {
        TableColumn<SuggestionRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        Controls.wrapping(column);
        return column;
    }

    private static Button button(String label, String id, Runnable action) {
        Button button = new Button(label);
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    public SuggestionsViewModel viewModel() {
        return viewModel;
    }

    @Override
    public Node node() {
        return this;
    }

    @Override
    public void shown(Case openCase) {
        viewModel.load(openCase);
    }
}

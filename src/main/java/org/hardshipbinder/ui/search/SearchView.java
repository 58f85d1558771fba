package org.hardshipbinder.ui.search;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.hardshipbinder.model.Case;
import org.hardshipbinder.ui.UiText;
import org.hardshipbinder.ui.shell.MainWindow;
import org.hardshipbinder.ui.shell.Navigator;
import org.hardshipbinder.ui.shell.ScreenView;

/** The search screen: type, press Enter, open a result at its page with the words marked. */
public final class SearchView extends BorderPane implements ScreenView {

    private final SearchViewModel viewModel;
    private final TextField box = new TextField();

    public SearchView(SearchViewModel viewModel, UiText text, Navigator navigator) {
        this.viewModel = viewModel;
        Label title = new Label(text.get("ui.search.title"));
        title.getStyleClass().add("screen-title");
        box.setId("searchBox");
        box.setPromptText(text.get("ui.search.prompt"));
        box.setAccessibleText(text.get("ui.search.prompt"));
        box.textProperty().bindBidirectional(viewModel.queryProperty());
        box.setOnAction(e -> viewModel.search());
        HBox.setHgrow(box, Priority.ALWAYS);
        Button go = new Button(text.get("ui.search.go"));
        go.setId("searchButton");
        go.setOnAction(e -> viewModel.search());
        Label summary = new Label();
        summary.setId("searchSummary");
        summary.textProperty().bind(viewModel.summaryProperty());
        Label help = new Label(text.get("ui.search.help"));
        help.getStyleClass().add("explanation");
        help.setWrapText(true);

        ListView<SearchResult> list = new ListView<>(viewModel.results());
        list.setId("searchResults");
        list.setAccessibleText(text.get("ui.search.title"));
        list.setPlaceholder(new Label(text.get("ui.search.empty")));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(SearchResult r, boolean empty) {
                super.updateItem(r, empty);
                if (empty || r == null) {
                    setGraphic(null);
                    return;
                }
                Label where = new Label(text.get("ui.search.where", r.documentTitle(), r.page()));
                where.setStyle("-fx-font-weight: bold;");
                Label snippet = new Label(r.snippet());
                snippet.setWrapText(true);
                snippet.getStyleClass().add("snippet");
                snippet.maxWidthProperty().bind(list.widthProperty().subtract(40));
                setGraphic(new VBox(2, where, snippet));
            }
        });
        Runnable open = () -> {
            SearchResult r = list.getSelectionModel().getSelectedItem();
            if (r != null) {
                navigator.openDocument(r.documentId(), r.page(), viewModel.queryProperty().get());
            }
        };
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                open.run();
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                open.run();
            }
        });
        HBox row = new HBox(8, box, go);
        row.setAlignment(Pos.CENTER_LEFT);
        setTop(new VBox(6, title, row, help, summary));
        setCenter(list);
        setPadding(MainWindow.screenPadding());
    }

    @Override
    public Node node() {
        return this;
    }

    @Override
    public void shown(Case openCase) {
        if (openCase != null && (viewModel.currentCaseProperty().get() == null
                || viewModel.currentCaseProperty().get().id() != openCase.id())) {
            viewModel.currentCaseProperty().set(openCase);
            viewModel.results().clear();
        }
        box.requestFocus();
    }
}

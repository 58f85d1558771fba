package org.hardshipbinder.ui.timeline;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.hardshipbinder.model.Case;
import org.hardshipbinder.ui.UiText;
import org.hardshipbinder.ui.shell.MainWindow;
import org.hardshipbinder.ui.shell.Navigator;
import org.hardshipbinder.ui.shell.ScreenView;

/** Dated documents and facts on one line of time, so contradictions and gaps stand out; Enter opens the document. */
public final class TimelineView extends BorderPane implements ScreenView {

    private final TimelineViewModel viewModel;

    public TimelineView(TimelineViewModel viewModel, UiText text, Navigator navigator) {
        this.viewModel = viewModel;
        Label title = new Label(text.get("ui.timeline.title"));
        title.getStyleClass().add("screen-title");
        Label help = new Label(text.get("ui.timeline.help"));
        help.getStyleClass().add("explanation");
        help.setWrapText(true);
        Label message = new Label();
        message.getStyleClass().add("warning-text");
        message.textProperty().bind(viewModel.messageProperty());
        ListView<TimelineEntry> list = new ListView<>(viewModel.entries());
        list.setId("timelineList");
        list.setAccessibleText(text.get("ui.timeline.title"));
        list.setPlaceholder(new Label(text.get("ui.timeline.empty")));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(TimelineEntry entry, boolean empty) {
                super.updateItem(entry, empty);
                if (empty || entry == null) {
                    setGraphic(null);
                    return;
                }
                Label date = new Label(viewModel.dateLabel(entry));
                date.setMinWidth(130);
                date.setStyle("-fx-font-weight: bold;");
                Label what = new Label((entry.fact() ? "• " : "") + entry.what());
                what.setWrapText(true);
                if (entry.date() == null) {
                    date.getStyleClass().add("warning-text");
                }
                setGraphic(new HBox(12, date, what));
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
                TimelineEntry entry = list.getSelectionModel().getSelectedItem();
                navigator.openDocument(entry.documentId(), entry.page(), null);
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                TimelineEntry entry = list.getSelectionModel().getSelectedItem();
                navigator.openDocument(entry.documentId(), entry.page(), null);
            }
        });
        setTop(new VBox(4, title, help, message));
        setCenter(list);
        setPadding(MainWindow.screenPadding());
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

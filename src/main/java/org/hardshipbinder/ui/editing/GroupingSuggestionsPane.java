package org.hardshipbinder.ui.editing;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.hardshipbinder.ui.UiText;

/** A notice above the documents: papers to join or to cut, each with its reasons, accepted or rejected in one click. */
public final class GroupingSuggestionsPane extends VBox {

    private final GroupingSuggestionsViewModel viewModel;
    private final UiText text;
    private final VBox list = new VBox(4);

    public GroupingSuggestionsPane(GroupingSuggestionsViewModel viewModel, UiText text) {
        this.viewModel = viewModel;
        this.text = text;
        setId("groupingSuggestions");
        getStyleClass().add("notice");
        setSpacing(4);
        Label title = new Label(text.get("grouping.suggestions.title"));
        title.getStyleClass().add("section-title");
        Button all = new Button(text.get("grouping.suggestions.acceptAll"));
        all.setId("acceptAllGrouping");
        all.setOnAction(e -> viewModel.acceptAll());
        javafx.scene.layout.FlowPane head = org.hardshipbinder.ui.common.Fit.row(title, all);
        Label message = new Label();
        message.setId("groupingMessage");
        message.setWrapText(true);
        message.textProperty().bind(viewModel.messageProperty());
        getChildren().addAll(head, list, message);
        visibleProperty().bind(Bindings.isNotEmpty(viewModel.rows()).or(message.textProperty().isNotEmpty()));
        managedProperty().bind(visibleProperty());
        viewModel.rows().addListener((ListChangeListener<GroupingSuggestionsViewModel.Row>) c -> rebuild());
        rebuild();
    }

    private void rebuild() {
        list.getChildren().clear();
        int i = 0;
        for (GroupingSuggestionsViewModel.Row row : viewModel.rows()) {
            Label summary = new Label(row.summary());
            summary.getStyleClass().add("strong");
            summary.setWrapText(true);
            Label reasons = new Label(row.reasons());
            reasons.setWrapText(true);
            reasons.getStyleClass().add("explanation");
            VBox words = new VBox(2, summary, reasons);
            HBox.setHgrow(words, Priority.ALWAYS);
            Button accept = new Button(text.get("grouping.suggestions.accept"));
            accept.setId("acceptGrouping" + i);
            accept.setOnAction(e -> viewModel.accept(row));
            Button reject = new Button(text.get("grouping.suggestions.reject"));
            reject.setId("rejectGrouping" + i);
            reject.setOnAction(e -> viewModel.reject(row));
            words.setMinWidth(0);
            HBox line = new HBox(8, words, org.hardshipbinder.ui.common.Fit.whole(new Label(row.confidence())), org.hardshipbinder.ui.common.Fit.whole(accept), org.hardshipbinder.ui.common.Fit.whole(reject));
            line.setAlignment(Pos.CENTER_LEFT);
            list.getChildren().add(line);
            i++;
        }
    }
}

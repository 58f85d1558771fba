package org.hardshipbinder.ui.document;

import java.util.Arrays;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.hardshipbinder.factors.Suggestion;
import org.hardshipbinder.model.Person;
import org.hardshipbinder.model.Role;
import org.hardshipbinder.model.Scenario;
import org.hardshipbinder.model.Tag;
import org.hardshipbinder.ui.UiText;
import org.hardshipbinder.ui.common.Controls;

/** Factor tags per qualifying relative and scenario, and the app's suggestions to accept or reject with their reasons. */
final class TagsPane extends VBox {

    TagsPane(DocumentViewModel viewModel, UiText text) {
        Label suggestionsTitle = new Label(text.get("ui.document.suggestions"));
        suggestionsTitle.getStyleClass().add("section-title");
        suggestionsTitle.setWrapText(true);
        ListView<Suggestion> suggestions = new ListView<>(viewModel.suggestions());
        suggestions.setId("suggestionsList");
        org.hardshipbinder.ui.common.Fit.em(suggestions, "-fx-pref-height", 13);
        suggestions.setPlaceholder(new Label(text.get("ui.document.noSuggestions")));
        suggestions.setCellFactory(l -> new SuggestionCell(viewModel, text));

        Label tagsTitle = new Label(text.get("ui.document.tags"));
        tagsTitle.getStyleClass().add("section-title");
        tagsTitle.setWrapText(true);
        ListView<Tag> tags = new ListView<>(viewModel.tags());
        tags.setId("tagsList");
        org.hardshipbinder.ui.common.Fit.em(tags, "-fx-pref-height", 10);
        tags.setPlaceholder(new Label(text.get("ui.document.noTags")));
        tags.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Tag tag, boolean empty) {
                super.updateItem(tag, empty);
                setText(empty || tag == null ? null : viewModel.tagLabel(tag));
            }
        });
        Button remove = new Button(text.get("ui.document.removeTag"));
        remove.disableProperty().bind(tags.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> viewModel.removeTag(tags.getSelectionModel().getSelectedItem()));

        ComboBox<String> factor = Controls.combo(List.of(), text::factor);
        factor.setItems(viewModel.factorCodes());
        factor.setId("tagFactor");
        factor.setPromptText(text.get("ui.filter.factor"));
        factor.setAccessibleText(text.get("ui.filter.factor"));
        ComboBox<Person> person = Controls.combo(List.of(), Person::name);
        person.setId("tagPerson");
        person.setPromptText(text.get("ui.document.forWhom"));
        person.setAccessibleText(text.get("ui.document.forWhom"));
        viewModel.dataProperty().addListener((o, old, d) -> person.getItems().setAll(d == null ? List.of()
                : d.people().stream().filter(p -> p.role() == Role.QR || p.role() == Role.BENEFICIARY || p.role() == Role.SPONSOR).toList()));
        ComboBox<Scenario> scenario = Controls.combo(Arrays.asList(Scenario.values()), s -> text.get("ui.scenario." + s.code()));
        scenario.setId("tagScenario");
        scenario.setValue(Scenario.BOTH);
        scenario.setAccessibleText(text.get("ui.document.scenario"));
        Button add = new Button(text.get("ui.document.addTag"));
        add.setId("addTagButton");
        add.disableProperty().bind(factor.valueProperty().isNull());
        add.setOnAction(e -> viewModel.addTag(factor.getValue(), person.getValue(), scenario.getValue()));
        Label scenarioHelp = new Label(text.get("ui.document.scenarioHelp"));
        scenarioHelp.setWrapText(true);
        scenarioHelp.getStyleClass().add("explanation");
        FlowPane addRow = new FlowPane(6, 6, factor, person, scenario, add);
        addRow.setAlignment(Pos.CENTER_LEFT);
        setSpacing(6);
        getChildren().addAll(suggestionsTitle, suggestions, tagsTitle, tags, remove, addRow, scenarioHelp);
    }

    /** A suggestion with its explanation and its two answers. */
    private static final class SuggestionCell extends ListCell<Suggestion> {

        private final DocumentViewModel viewModel;
        private final UiText text;

        SuggestionCell(DocumentViewModel viewModel, UiText text) {
            this.viewModel = viewModel;
            this.text = text;
        }

        @Override
        protected void updateItem(Suggestion suggestion, boolean empty) {
            super.updateItem(suggestion, empty);
            if (empty || suggestion == null) {
                setGraphic(null);
                return;
            }
            Label what = new Label(viewModel.suggestionLabel(suggestion));
            what.setStyle("-fx-font-weight: bold;");
            Label why = new Label(viewModel.suggestionExplanation(suggestion));
            why.setWrapText(true);
            why.getStyleClass().add("explanation");
            Button accept = new Button(text.get("ui.document.accept"));
            accept.getStyleClass().add("accept-suggestion");
            accept.setAccessibleText(text.get("ui.document.accept") + ": " + viewModel.suggestionLabel(suggestion));
            accept.setOnAction(e -> viewModel.accept(suggestion));
            Button reject = new Button(text.get("ui.document.reject"));
            reject.setAccessibleText(text.get("ui.document.reject") + ": " + viewModel.suggestionLabel(suggestion));
            reject.setOnAction(e -> viewModel.reject(suggestion));
            VBox words = new VBox(2, what, why);
            HBox.setHgrow(words, Priority.ALWAYS);
            what.setWrapText(true);
            org.hardshipbinder.ui.common.Fit.whole(accept);
            org.hardshipbinder.ui.common.Fit.whole(reject);
            // The sentence takes what the two buttons leave of the list's width, whatever the text size.
            words.prefWidthProperty().bind(getListView().widthProperty().subtract(accept.widthProperty())
                    .subtract(reject.widthProperty()).subtract(40));
            words.maxWidthProperty().bind(words.prefWidthProperty());
            words.setMinWidth(0);
            setPrefWidth(0);
            setGraphic(new HBox(6, words, accept, reject));
        }
    }
}

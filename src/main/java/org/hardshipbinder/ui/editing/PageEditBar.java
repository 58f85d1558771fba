package org.hardshipbinder.ui.editing;

import java.util.List;
import javafx.scene.layout.FlowPane;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.hardshipbinder.ui.common.Fit;
import org.hardshipbinder.model.Document;
import org.hardshipbinder.ui.UiText;

/** The document screen's page edits: merge with…, split here, move page to…, turn left/right, remove, delete. */
public final class PageEditBar extends VBox {

    /** A document as offered in a chooser. */
    private record Choice(Document document, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final PageEditViewModel viewModel;
    private final UiText text;

    public PageEditBar(PageEditViewModel viewModel, UiText text) {
        this.viewModel = viewModel;
        this.text = text;
        setId("pageEditBar");
        FlowPane buttons = Fit.row(
                button("mergeWith", "grouping.edit.merge", this::chooseMerge),
                button("splitHere", "grouping.edit.split", viewModel::splitHere),
                button("movePage", "grouping.edit.move", this::chooseMove),
                button("turnPageLeft", "grouping.edit.turnLeft", viewModel::turnLeft),
                button("turnPageRight", "grouping.edit.turnRight", viewModel::turnRight),
                button("removePage", "grouping.edit.removePage", viewModel::removePage),
                button("deleteDocument", "grouping.edit.deleteDocument", this::confirmDelete),
                button("undoEdit", "grouping.edit.undo", viewModel::undo));
        buttons.disableProperty().bind(viewModel.busyProperty().or(viewModel.targetProperty().isNull()));
        buttons.lookup("#undoEdit").disableProperty().bind(viewModel.canUndoProperty().not());
        Label message = new Label();
        message.setId("pageEditMessage");
        message.setWrapText(true);
        message.textProperty().bind(viewModel.messageProperty());
        getChildren().addAll(buttons, message);
        setSpacing(2);
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button(text.get(key));
        button.setId(id);
        String help = text.get(key + ".help");
        button.setTooltip(new Tooltip(help));
        button.setAccessibleHelp(help);
        button.setOnAction(e -> action.run());
        return button;
    }

    private void chooseMerge() {
        viewModel.otherDocuments(others -> choose(others, "grouping.edit.merge.title", "grouping.edit.merge.question")
                .ifPresent(c -> viewModel.mergeWith(c.document().id())));
    }

    private void chooseMove() {
        viewModel.otherDocuments(others -> choose(others, "grouping.edit.move.title", "grouping.edit.move.question")
                .ifPresent(c -> viewModel.moveTo(c.document().id())));
    }

    private java.util.Optional<Choice> choose(List<Document> others, String title, String question) {
        if (others.isEmpty()) {
            viewModel.messageProperty().set(text.get("grouping.edit.noOther"));
            return java.util.Optional.empty();
        }
        List<Choice> choices = others.stream().map(d -> new Choice(d, text.get("grouping.edit.choice",
                String.valueOf(d.id()), d.displayTitle(), d.pageCount()))).toList();
        ChoiceDialog<Choice> dialog = new ChoiceDialog<>(choices.get(0), choices);
        dialog.setTitle(text.get(title));
        dialog.setHeaderText(text.get(question));
        // The question says it all; the stock question-mark picture would be an image without a name for a reader.
        dialog.setGraphic(null);
        org.hardshipbinder.ui.common.Dialogs.own(dialog, this);
        return dialog.showAndWait();
    }

    private void confirmDelete() {
        viewModel.deletionImpacts(lines -> {
            Alert alert = new Alert(Alert.AlertType.CONFIRMATION, String.join("\n", lines), ButtonType.OK, ButtonType.CANCEL);
            alert.setTitle(text.get("grouping.edit.deleteDocument"));
            alert.setHeaderText(text.get("grouping.edit.delete.question"));
            org.hardshipbinder.ui.common.Dialogs.own(alert, this);
            alert.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> viewModel.deleteDocument());
        });
    }
}

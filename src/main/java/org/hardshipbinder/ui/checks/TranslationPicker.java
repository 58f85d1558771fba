package org.hardshipbinder.ui.checks;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.hardshipbinder.model.Document;
import org.hardshipbinder.ui.UiText;
import org.hardshipbinder.ui.common.Dialogs;
import org.hardshipbinder.ui.common.ThumbnailSource;

/**
 * "Link a translation…": the documents of the case as the user knows them (first-page thumbnail, title, kind, date and
 * language), English documents that translate nothing yet first. Enter or a double click chooses.
 */
final class TranslationPicker extends Dialog<Document> {

    private static final double THUMBNAIL_WIDTH = 44;

    TranslationPicker(String originalTitle, List<Document> candidates, UiText text, ThumbnailSource thumbnails, Node owner) {
        setTitle(text.get("desktop.link.title"));
        Label header = new Label(text.get("ui.checks.linkHeader", originalTitle));
        header.setWrapText(true);
        header.setMaxWidth(Dialogs.TEXT_WIDTH);
        header.getStyleClass().add("section-title");
        ListView<Document> list = new ListView<>();
        list.setId("translationCandidates");
        list.getItems().setAll(candidates);
        list.setAccessibleText(text.get("ui.checks.linkChoose"));
        list.setPlaceholder(new Label(text.get("desktop.link.none")));
        list.setPrefSize(Dialogs.TEXT_WIDTH, 330);
        list.setCellFactory(l -> new CandidateCell(text, thumbnails));
        Label help = new Label(text.get("desktop.link.help"));
        help.setWrapText(true);
        help.setMaxWidth(Dialogs.TEXT_WIDTH);
        help.getStyleClass().add("explanation");
        getDialogPane().setContent(new VBox(8, header, list, help));

        ButtonType link = new ButtonType(text.get("desktop.link.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(text.get("desktop.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(link, cancel);
        Node linkButton = getDialogPane().lookupButton(link);
        linkButton.setId("linkTranslationOk");
        linkButton.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                ((javafx.scene.control.Button) linkButton).fire();
            }
        });
        setResultConverter(b -> b == link ? list.getSelectionModel().getSelectedItem() : null);
        Dialogs.own(this, owner);
        setOnShowing(e -> list.requestFocus());
    }

    /** A thumbnail, the title in bold, and "kind · date · language" under it. */
    private static final class CandidateCell extends ListCell<Document> {

        private final UiText text;
        private final ThumbnailSource thumbnails;

        CandidateCell(UiText text, ThumbnailSource thumbnails) {
            this.text = text;
            this.thumbnails = thumbnails;
        }

        @Override
        protected void updateItem(Document document, boolean empty) {
            super.updateItem(document, empty);
            setText(null);
            if (empty || document == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            ImageView image = new ImageView();
            image.setFitWidth(THUMBNAIL_WIDTH);
            image.setPreserveRatio(true);
            image.setAccessibleText(text.get("desktop.thumbnail", document.displayTitle()));
            StackPane frame = new StackPane(image);
            frame.setMinSize(THUMBNAIL_WIDTH, THUMBNAIL_WIDTH * 1.3);
            frame.setMaxSize(THUMBNAIL_WIDTH, THUMBNAIL_WIDTH * 1.3);
            if (thumbnails != null) {
                thumbnails.request(document, shown -> {
                    if (document.equals(getItem())) {
                        image.setImage(shown);
                    }
                });
            }
            Label title = new Label(document.displayTitle());
            title.setStyle("-fx-font-weight: bold;");
            title.setWrapText(true);
            String details = details(document);
            Label what = new Label(details);
            what.setWrapText(true);
            what.getStyleClass().add("explanation");
            VBox words = new VBox(2, title, what);
            words.setMaxWidth(Dialogs.TEXT_WIDTH - THUMBNAIL_WIDTH - 40);
            HBox row = new HBox(10, frame, words);
            row.setAlignment(Pos.CENTER_LEFT);
            setGraphic(row);
            setAccessibleText(document.displayTitle() + ", " + details);
        }

        private String details(Document d) {
            Document.DocumentMetadata m = d.metadata();
            String kind = m.evidenceType() == null ? text.get("desktop.link.noKind") : text.evidenceType(m.evidenceType());
            String translates = m.translationOf() == null ? "" : " · " + text.get("desktop.link.alreadyTranslation");
            return text.get("desktop.link.details", kind, text.date(m.date()), text.language(m.language())) + translates;
        }
    }
}

package org.hardshipbinder.ui.document;

import java.util.Arrays;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.hardshipbinder.model.Document;
import org.hardshipbinder.model.SourceKind;
import org.hardshipbinder.ui.UiText;
import org.hardshipbinder.ui.common.Controls;

/** What the user knows about the document: title, type, date, source, author, language, and which one it translates. */
final class MetadataForm extends VBox {

    static final List<String> TYPES = List.of("birth_certificate", "marriage_certificate", "medical_record",
            "physician_letter", "psychological_evaluation", "tax_return", "pay_stub", "bank_statement", "employer_letter",
            "school_record", "affidavit", "letter_of_support", "country_report", "photo", "translation", "other");
    static final List<String> LANGUAGES = List.of("en", "es", "fr", "pt", "ar", "vi", "zh", "und");

    private final TextField title = new TextField();
    private final ComboBox<String> type;
    private final DatePicker date = new DatePicker();
    private final CheckBox approximate;
    private final ComboBox<SourceKind> source;
    private final TextField author = new TextField();
    private final ComboBox<String> language;
    private final ComboBox<Document> translationOf;

    MetadataForm(DocumentViewModel viewModel, UiText text) {
        type = Controls.combo(TYPES, text::evidenceType);
        approximate = new CheckBox(text.get("ui.document.approximate"));
        approximate.setWrapText(true);
        source = Controls.combo(Arrays.asList(SourceKind.values()), s -> text.get("ui.source." + s.code()));
        language = Controls.combo(LANGUAGES, text::language);
        translationOf = Controls.combo(List.of(), Document::displayTitle);
        title.setId("metaTitle");
        type.setId("metaType");
        date.setId("metaDate");
        source.setId("metaSource");
        language.setId("metaLanguage");
        translationOf.setId("metaTranslationOf");
        GridPane grid = Controls.form();
        int row = 0;
        grid.addRow(row++, Controls.label(text.get("ui.document.title"), title), title);
        grid.addRow(row++, Controls.label(text.get("ui.document.type"), type), type);
        grid.addRow(row++, Controls.label(text.get("ui.document.date"), date), date);
        grid.add(approximate, 1, row++);
        grid.addRow(row++, Controls.label(text.get("ui.document.source"), source), source);
        grid.addRow(row++, Controls.label(text.get("ui.document.author"), author), author);
        grid.addRow(row++, Controls.label(text.get("ui.document.language"), language), language);
        grid.addRow(row++, Controls.label(text.get("ui.document.translationOf"), translationOf), translationOf);
        Label sourceHelp = new Label(text.get("ui.document.sourceHelp"));
        sourceHelp.setWrapText(true);
        sourceHelp.getStyleClass().add("explanation");
        Button save = new Button(text.get("ui.document.save"));
        save.setId("saveMetadataButton");
        save.setDefaultButton(false);
        save.setOnAction(e -> viewModel.saveMetadata(read()));
        Button clearTranslation = new Button(text.get("ui.document.notATranslation"));
        clearTranslation.setOnAction(e -> translationOf.setValue(null));
        setSpacing(8);
        getChildren().addAll(grid, sourceHelp, org.hardshipbinder.ui.common.Fit.row(save, clearTranslation));
        viewModel.dataProperty().addListener((o, old, d) -> {
            if (d != null) {
                fill(d);
            }
        });
    }

    private void fill(DocumentData d) {
        Document.DocumentMetadata m = d.document().metadata();
        title.setText(m.title() == null ? "" : m.title());
        type.setValue(m.evidenceType());
        date.setValue(m.date());
        approximate.setSelected(m.dateApproximate());
        source.setValue(m.source());
        author.setText(m.author() == null ? "" : m.author());
        language.setValue(m.language());
        translationOf.getItems().setAll(d.otherDocuments());
        translationOf.setValue(d.otherDocuments().stream()
                .filter(o -> m.translationOf() != null && o.id() == m.translationOf()).findFirst().orElse(null));
    }

    private Document.DocumentMetadata read() {
        return new Document.DocumentMetadata(blankToNull(title.getText()), type.getValue(), date.getValue(),
                approximate.isSelected(), source.getValue(), blankToNull(author.getText()), language.getValue(),
                translationOf.getValue() == null ? null : translationOf.getValue().id());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

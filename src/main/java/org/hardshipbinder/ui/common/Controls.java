package org.hardshipbinder.ui.common;

import java.util.List;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.util.StringConverter;

/** Small builders the screens share so forms look and behave the same everywhere. */
public final class Controls {

    private Controls() {
    }

    /** A combo box that shows each item through {@code label} (null shows as empty), never narrower than its prompt. */
    public static <T> ComboBox<T> combo(List<T> items, Function<T, String> label) {
        ComboBox<T> box = new ComboBox<>();
        box.getItems().setAll(items);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? "" : label.apply(item);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        Fit.promptWhole(box);
        return box;
    }

    /** A label for a field: mnemonic-free, and tied to the field so screen readers announce them together. */
    public static Label label(String text, Node target) {
        Label label = new Label(text);
        label.setLabelFor(target);
        target.setAccessibleText(text);
        return label;
    }

    /**
     * Cells of {@code column} that wrap their text to the column's width and grow the row to fit it, so a long
     * sentence or title is read whole instead of cut with an ellipsis.
     */
    public static <S> void wrapping(TableColumn<S, String> column) {
        column.setCellFactory(c -> new TableCell<>() {
            private final Text shown = new Text();

            {
                shown.wrappingWidthProperty().bind(column.widthProperty().subtract(12));
                shown.getStyleClass().add("cell-text");
                setPrefHeight(Region.USE_COMPUTED_SIZE);
            }

            @Override
            protected void updateItem(String value, boolean empty) {
                super.updateItem(value, empty);
                setText(null);
                if (empty || value == null) {
                    setGraphic(null);
                    setAccessibleText(null);
                } else {
                    shown.setText(value);
                    setGraphic(shown);
                    setAccessibleText(value);
                }
            }
        });
    }

    /** A two-column form: labels on the left, fields growing on the right. */
    public static GridPane form() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE); // a label is never cut to make room for its field
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, fields);
        return grid;
    }
}

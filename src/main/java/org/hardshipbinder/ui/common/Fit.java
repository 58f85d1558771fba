package org.hardshipbinder.ui.common;

import javafx.beans.InvalidationListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Layout rules that keep every word whole at any text size (the font-size preference goes up to 150 %) and in any
 * language: rows of controls wrap onto a second line instead of squeezing their buttons, a button or label in such a
 * row never gets narrower than its text, a drop-down is never narrower than its prompt, and a table column never
 * narrower than its heading. Sizes that must follow the text are in em ({@link #em}), never in pixels.
 */
public final class Fit {

    /** Room a drop-down needs beside its text for the arrow button, in em. */
    private static final double ARROW_EM = 3.4;
    /** Room a column heading needs beside its text (padding, sort arrow), in em. */
    private static final double HEADER_EM = 1.6;

    private Fit() {
    }

    /** {@code region} is never laid out narrower than its text. */
    public static <R extends Region> R whole(R region) {
        region.setMinWidth(Region.USE_PREF_SIZE);
        return region;
    }

    /**
     * A row of tools that wraps onto more lines when the window is narrow, the text large or the words long: its
     * controls keep their whole width.
     */
    public static FlowPane row(Node... nodes) {
        FlowPane row = new FlowPane(6, 6);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("tool-bar-row");
        for (Node node : nodes) {
            if (node instanceof Region region && !(node instanceof javafx.scene.control.TextInputControl)) {
                whole(region);
            }
            row.getChildren().add(node);
        }
        return row;
    }

    /** Adds sizes in em to the inline style of {@code node}, e.g. {@code em(n, "-fx-pref-width", 30)}. */
    public static <N extends Node> N em(N node, String property, double ems) {
        String style = node.getStyle() == null ? "" : node.getStyle();
        node.setStyle(style + (style.isBlank() || style.strip().endsWith(";") ? "" : ";") + property + ": " + ems + "em;");
        return node;
    }

    /**
     * The drop-down is at least as wide as its prompt or the choice it shows, in the font it is drawn in. It shows
     * them in a cell of its own (the skin's cell is made and added out of reach), through the box's converter.
     */
    public static <T> void promptWhole(ComboBox<T> box) {
        ListCell<T> cell = new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? box.getPromptText()
                        : box.getConverter() == null ? String.valueOf(item) : box.getConverter().toString(item));
            }
        };
        box.setButtonCell(cell);
        InvalidationListener update = x -> {
            double text = Math.max(width(cell.getFont(), box.getPromptText()), width(cell.getFont(), cell.getText()));
            double arrow = box.lookup(".arrow-button") instanceof Region r ? r.prefWidth(-1) : 0;
            double around = cell.snappedLeftInset() + cell.snappedRightInset() + arrow
                    + box.snappedLeftInset() + box.snappedRightInset();
            box.setMinWidth(Math.ceil(text + Math.max(around, cell.getFont().getSize() * ARROW_EM) + 2));
        };
        cell.fontProperty().addListener(update);
        cell.textProperty().addListener(update);
        box.promptTextProperty().addListener(update);
        update.invalidated(null);
    }

    /** Every column of {@code table} is at least as wide as its heading, in the font the heading is drawn in. */
    public static void headersWhole(TableView<?> table) {
        table.skinProperty().addListener((o, old, skin) -> {
            if (skin != null) {
                javafx.application.Platform.runLater(() -> fitHeaders(table));
            }
        });
        table.getColumns().addListener((InvalidationListener) o -> {
            if (table.getSkin() != null) {
                javafx.application.Platform.runLater(() -> fitHeaders(table));
            }
        });
    }

    private static void fitHeaders(TableView<?> table) {
        table.applyCss();
        for (Node node : table.lookupAll(".column-header")) {
            if (node instanceof TableColumnHeader header && header.lookup(".label") instanceof Labeled label) {
                TableColumnBase<?, ?> column = header.getTableColumn();
                InvalidationListener update = x -> {
                    Font font = label.getFont();
                    column.setMinWidth(Math.ceil(width(font, column.getText()) + font.getSize() * HEADER_EM));
                };
                label.fontProperty().addListener(update);
                update.invalidated(null);
            }
        }
    }

    static double width(Font font, String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        Text measure = new Text(text);
        measure.setFont(font);
        return measure.getLayoutBounds().getWidth();
    }
}

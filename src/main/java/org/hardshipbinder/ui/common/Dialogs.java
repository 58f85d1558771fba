package org.hardshipbinder.ui.common;

import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ScrollPane;
import javafx.stage.Modality;
import javafx.stage.Screen;
import javafx.stage.Window;

/**
 * Every dialog of the app goes through here: owned by the main window (so it stays in front of it and is announced
 * with it), styled like it (same stylesheet and font size), no wider or taller than it nor than the screen, and
 * centred on it. Its content scrolls when large text or long words make it taller than that, and its buttons keep
 * their whole labels.
 */
public final class Dialogs {

    /** Room left around a dialog inside the main window. */
    private static final double MARGIN = 40;
    /** The width a dialog's text wraps at, so one long sentence never makes a dialog wider than the window. */
    public static final double TEXT_WIDTH = 520;
    /**
     * Set (to {@code Boolean.TRUE}) in a button's properties when it opens a chooser of the operating system (files,
     * folders, printing), which a headless walk through the window cannot close.
     */
    public static final String SYSTEM_CHOOSER = "hardshipbinder.systemChooser";

    private Dialogs() {
    }

    /** Prepares {@code dialog} to be shown over the window that shows {@code owner}. */
    public static <T> Dialog<T> own(Dialog<T> dialog, Node owner) {
        Scene scene = owner == null ? null : owner.getScene();
        return own(dialog, scene == null ? null : scene.getWindow());
    }

    /** Prepares {@code dialog} to be shown over {@code window}. */
    public static <T> Dialog<T> own(Dialog<T> dialog, Window window) {
        Scene scene = window == null ? null : window.getScene();
        DialogPane pane = dialog.getDialogPane();
        if (pane.getContent() != null && !(pane.getContent() instanceof ScrollPane)) {
            ScrollPane scroll = new ScrollPane(pane.getContent());
            scroll.setFitToWidth(true);
            scroll.getStyleClass().addAll("edge-to-edge", "dialog-scroll");
            pane.setContent(scroll);
        }
        wholeButtons(pane);
        pane.getButtonTypes().addListener((javafx.collections.ListChangeListener<javafx.scene.control.ButtonType>) c ->
                javafx.application.Platform.runLater(() -> wholeButtons(pane)));
        if (window != null) {
            dialog.initOwner(window);
            dialog.initModality(Modality.WINDOW_MODAL);
            pane.getStylesheets().setAll(scene.getStylesheets());
            pane.setStyle(scene.getRoot().getStyle());
            pane.setMaxWidth(room(window).getWidth());
            pane.setMaxHeight(room(window).getHeight());
        }
        dialog.setResizable(true);
        dialog.setOnShown(e -> fit(dialog, window));
        return dialog;
    }

    /** Keeps the dialog inside the owner window (and the screen it is on) and centres it there. */
    private static void fit(Dialog<?> dialog, Window window) {
        if (window == null) {
            return;
        }
        Rectangle2D room = room(window);
        if (dialog.getWidth() > room.getWidth()) {
            dialog.setWidth(room.getWidth());
        }
        if (dialog.getHeight() > room.getHeight()) {
            dialog.setHeight(room.getHeight());
        }
        double x = window.getX() + (window.getWidth() - dialog.getWidth()) / 2;
        double y = window.getY() + (window.getHeight() - dialog.getHeight()) / 2;
        Rectangle2D screen = screenOf(window);
        dialog.setX(Math.max(screen.getMinX(), Math.min(x, screen.getMaxX() - dialog.getWidth())));
        dialog.setY(Math.max(screen.getMinY(), Math.min(y, screen.getMaxY() - dialog.getHeight())));
    }

    /** The size a dialog may take: the owner window's, less a margin, and never more than the screen shows. */
    private static Rectangle2D room(Window window) {
        Rectangle2D screen = screenOf(window);
        double width = Math.min(window.getWidth(), screen.getWidth()) - MARGIN;
        double height = Math.min(window.getHeight(), screen.getHeight()) - MARGIN;
        return new Rectangle2D(0, 0, Math.max(200, width), Math.max(150, height));
    }

    /** The visual bounds (without task bars) of the screen the window is on. */
    private static Rectangle2D screenOf(Window window) {
        var screens = Screen.getScreensForRectangle(window.getX(), window.getY(), Math.max(1, window.getWidth()),
                Math.max(1, window.getHeight()));
        return (screens.isEmpty() ? Screen.getPrimary() : screens.get(0)).getVisualBounds();
    }

    /** A dialog's buttons are never narrower than their labels ("Guardar la fecha" at 150 %). */
    private static void wholeButtons(DialogPane pane) {
        for (var type : pane.getButtonTypes()) {
            if (pane.lookupButton(type) instanceof javafx.scene.layout.Region button) {
                Fit.whole(button);
            }
        }
    }

    /** Marks a button that opens a chooser of the operating system. */
    public static <N extends Node> N opensSystemChooser(N button) {
        button.getProperties().put(SYSTEM_CHOOSER, Boolean.TRUE);
        return button;
    }
}

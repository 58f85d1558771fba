package org.hardshipbinder.ui.common;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * Every dialog of the app goes through here: owned by the main window (so it stays in front of it and is announced
 * with it), styled like it (same stylesheet and font size), no wider or taller than it, and centred on it.
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
        Window window = scene == null ? null : scene.getWindow();
        DialogPane pane = dialog.getDialogPane();
        if (window != null) {
            dialog.initOwner(window);
            dialog.initModality(Modality.WINDOW_MODAL);
            pane.getStylesheets().setAll(scene.getStylesheets());
            pane.setStyle(scene.getRoot().getStyle());
            pane.setMaxWidth(window.getWidth() - MARGIN);
            pane.setMaxHeight(window.getHeight() - MARGIN);
        }
        dialog.setResizable(true);
        dialog.setOnShown(e -> fit(dialog, window));
        return dialog;
    }

    /** Keeps the dialog inside the owner window and centres it there. */
    private static void fit(Dialog<?> dialog, Window window) {
        if (window == null) {
            return;
        }
        if (dialog.getWidth() > window.getWidth() - MARGIN) {
            dialog.setWidth(window.getWidth() - MARGIN);
        }
        if (dialog.getHeight() > window.getHeight() - MARGIN) {
            dialog.setHeight(window.getHeight() - MARGIN);
        }
        dialog.setX(window.getX() + (window.getWidth() - dialog.getWidth()) / 2);
        dialog.setY(window.getY() + (window.getHeight() - dialog.getHeight()) / 2);
    }

    /** Marks a button that opens a chooser of the operating system. */
    public static <N extends Node> N opensSystemChooser(N button) {
        button.getProperties().put(SYSTEM_CHOOSER, Boolean.TRUE);
        return button;
    }
}

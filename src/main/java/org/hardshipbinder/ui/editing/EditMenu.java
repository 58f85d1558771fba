package org.hardshipbinder.ui.editing;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import org.hardshipbinder.ui.UiText;

/** Edit ▸ Undo (Ctrl+Z, installed with the window's shortcuts) and Edit ▸ Trash…. */
public final class EditMenu {

    private EditMenu() {
    }

    public static MenuBar create(PageEditViewModel edits, Runnable openTrash, UiText text) {
        MenuItem undo = new MenuItem();
        undo.setId("undoMenuItem");
        undo.textProperty().bind(edits.undoLabelProperty());
        undo.disableProperty().bind(edits.canUndoProperty().not());
        undo.setOnAction(e -> edits.undo());
        MenuItem trash = new MenuItem(text.get("grouping.trash.menu"));
        trash.setId("trashMenuItem");
        trash.setOnAction(e -> openTrash.run());
        Menu menu = new Menu(text.get("grouping.menu.edit"), null, undo, trash);
        menu.setId("editMenu");
        menu.setOnShowing(e -> edits.refreshUndo());
        MenuBar bar = new MenuBar(menu);
        bar.setId("menuBar");
        return bar;
    }
}

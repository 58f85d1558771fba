package org.hardshipbinder.ui.security;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.hardshipbinder.model.UserMessage;
import org.hardshipbinder.ui.UiText;

/** What the window shows while the vault is closed for re-encryption: what is happening, and not to quit meanwhile. */
public final class WorkCover extends StackPane {

    public WorkCover(UserMessage what, UiText text) {
        setId("workCover");
        getStyleClass().add("cover");
        Label title = LockView.wrapped(text.format(what), "section-title");
        title.setId("workCoverTitle");
        Label wait = LockView.wrapped(text.get("security.workWait"), "explanation");
        VBox card = new VBox(title, new ProgressIndicator(), wait);
        card.getStyleClass().add("cover-card");
        card.setAlignment(Pos.CENTER);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        setAlignment(Pos.CENTER);
        getChildren().add(card);
    }
}

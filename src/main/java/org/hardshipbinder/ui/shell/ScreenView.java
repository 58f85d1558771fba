package org.hardshipbinder.ui.shell;

import javafx.scene.Node;
import org.hardshipbinder.model.Case;

/** One screen: its node, and a hook called each time it is shown for the open case (null on screens without one). */
public interface ScreenView {

    Node node();

    default void shown(Case openCase) {
    }
}

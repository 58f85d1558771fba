package org.hardshipbinder.ui.common;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * Work a window does not need for its first picture (tooltips, say), done just after that picture: the first pulse
 * that lays out the node's scene hands its frame to the renderer, then the work runs. A node already in a showing
 * window gets it on the next turn of the JavaFX thread.
 */
public final class FirstFrame {

    private FirstFrame() {
    }

    /** Runs {@code work} on the JavaFX thread once {@code node}'s window has drawn its first frame. */
    public static void after(Node node, Runnable work) {
        Scene scene = node.getScene();
        if (scene == null) {
            node.sceneProperty().addListener(new javafx.beans.value.ChangeListener<Scene>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends Scene> o, Scene old, Scene now) {
                    if (now != null) {
                        node.sceneProperty().removeListener(this);
                        after(now, work);
                    }
                }
            });
        } else {
            after(scene, work);
        }
    }

    private static void after(Scene scene, Runnable work) {
        if (scene.getWindow() != null && scene.getWindow().isShowing()) {
            Platform.runLater(work);
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Platform.runLater(work);
        };
        scene.addPostLayoutPulseListener(once[0]);
    }
}

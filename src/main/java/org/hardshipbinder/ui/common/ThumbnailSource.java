package org.hardshipbinder.ui.common;

import java.util.function.Consumer;
import javafx.scene.image.Image;
import org.hardshipbinder.model.Document;

/** A document's first-page thumbnail, handed over now or once drawn off the UI thread. */
@FunctionalInterface
public interface ThumbnailSource {

    void request(Document document, Consumer<Image> show);
}

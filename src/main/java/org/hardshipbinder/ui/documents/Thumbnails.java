package org.hardshipbinder.ui.documents;

import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import org.hardshipbinder.model.Document;
import org.hardshipbinder.ui.task.TaskRunner;

/** First-page thumbnails, drawn off the UI thread once per document and kept for the session. */
public final class Thumbnails {

    /** Draws a document's first page at a width. Runs off the UI thread. */
    @FunctionalInterface
    public interface Source {
        BufferedImage firstPage(Document document, int widthPx) throws Exception;
    }

    public static final int WIDTH = 150;
    private final Source source;
    private final TaskRunner tasks;
    private final Map<Long, Image> cache = new HashMap<>();

    public Thumbnails(Source source, TaskRunner tasks) {
        this.source = source;
        this.tasks = tasks;
    }

    /** Calls {@code show} with the thumbnail now if known, or later once drawn; nothing when it cannot be drawn. */
    public void request(Document document, Consumer<Image> show) {
        Image known = cache.get(document.id());
        if (known != null) {
            show.accept(known);
            return;
        }
        tasks.run(() -> SwingFXUtils.toFXImage(source.firstPage(document, WIDTH), null), image -> {
            cache.put(document.id(), image);
            show.accept(image);
        }, error -> { });
    }
}

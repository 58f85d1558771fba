package org.hardshipbinder.ui.documents;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import org.hardshipbinder.model.Document;
import org.hardshipbinder.ui.task.TaskRunner;

/** First-page thumbnails, drawn off the UI thread once per document and kept for the session. */
public final class Thumbnails implements org.hardshipbinder.ui.common.ThumbnailSource {

    /** Draws a document's first page at a width. Runs off the UI thread. */
    @FunctionalInterface
    public interface Source {
        BufferedImage firstPage(Document document, int widthPx) throws Exception;
    }

    public static final int WIDTH = 150;
    private final Source source;
    private final TaskRunner tasks;
    private final Map<Long, Image> cache = new HashMap<>();
    private final Map<Long, List<Consumer<Image>>> waiting = new HashMap<>();

    public Thumbnails(Source source, TaskRunner tasks) {
        this.source = source;
        this.tasks = tasks;
    }

    /**
     * Calls {@code show} with the thumbnail now if known, or later once drawn; nothing when it cannot be drawn. A
     * document is drawn once however many cells ask for it while it is being drawn.
     */
    @Override
    public void request(Document document, Consumer<Image> show) {
        Image known = cache.get(document.id());
        if (known != null) {
            show.accept(known);
            return;
        }
        List<Consumer<Image>> pending = waiting.get(document.id());
        if (pending != null) {
            pending.add(show);
            return;
        }
        waiting.put(document.id(), new ArrayList<>(List.of(show)));
        tasks.run(() -> SwingFXUtils.toFXImage(source.firstPage(document, WIDTH), null), image -> {
            cache.put(document.id(), image);
            waiting.remove(document.id()).forEach(s -> s.accept(image));
        }, error -> waiting.remove(document.id()));
    }
}

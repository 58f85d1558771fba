package org.hardshipbinder.ui;

import java.util.function.ToIntFunction;
import org.hardshipbinder.ui.documents.TextRecognition;
import org.hardshipbinder.wiring.Services;

/**
 * The feature services the screens call, adapted from the composition root. Each is one line here, so wiring a new
 * capability into its screen does not touch the screen.
 */
record Capabilities(TextRecognition recognition, ToIntFunction<Long> findingsPerDocument) {

    static Capabilities from(Services services) {
        return new Capabilities(null, documentId -> 0);
    }
}

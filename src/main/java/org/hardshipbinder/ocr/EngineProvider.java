package org.hardshipbinder.ocr;

import java.util.Set;
import java.util.function.Supplier;
import org.hardshipbinder.model.UserMessage;

/** Gets OCR engines ready for a run: one engine per worker from {@code engines}, and the models installed. */
public interface EngineProvider {

    Engines prepare();

    sealed interface Engines {
    }

    record Ready(Supplier<OcrEngine> engines, Set<String> installedModels) implements Engines {
    }

    record Unavailable(UserMessage reason) implements Engines {
    }
}

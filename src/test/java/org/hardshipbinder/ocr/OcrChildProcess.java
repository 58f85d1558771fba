package org.hardshipbinder.ocr;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.hardshipbinder.vault.AccessMode;
import org.hardshipbinder.vault.VaultKind;
import org.hardshipbinder.wiring.Services;

/**
 * Runs OCR on a vault in its own JVM with a slow counting engine, so that a test can kill it halfway. Arguments: the
 * vault, the engine's delay per page in ms, and the passphrase of an encrypted vault.
 */
public final class OcrChildProcess {

    public static void main(String[] args) throws Exception {
        try (Services services = Services.open(Path.of(args[0]), AccessMode.READ_WRITE,
                VaultKind.fromArguments(args, 2))) {
            OcrService ocr = new OcrService(services.vault(), services.documents(), services.pages(),
                    services.pageTexts(), services.originals(), services.pageImages(),
                    CountingEngine.provider(new AtomicInteger(), Long.parseLong(args[1]), () -> { }),
                    new LanguageIdentifier(), 2);
            ocr.run(OcrRequest.all(2), p -> System.out.println("done " + p.finished()));
        }
    }
}

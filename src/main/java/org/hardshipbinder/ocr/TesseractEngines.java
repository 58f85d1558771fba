package org.hardshipbinder.ocr;

import java.io.IOException;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hardshipbinder.model.UserMessage;

/** Tesseract engines on the natives packaged with the app and the trained data in the app's own folder. */
public final class TesseractEngines implements EngineProvider {

    private static final Logger LOG = Logger.getLogger(TesseractEngines.class.getName());

    private final Path tessdataFolder;
    private final Path userTessdata;

    /** {@code userTessdata} (may be null) is a folder of extra *.traineddata files the user pointed the app at. */
    public TesseractEngines(Path tessdataFolder, Path userTessdata) {
        this.tessdataFolder = tessdataFolder;
        this.userTessdata = userTessdata;
    }

    @Override
    public Engines prepare() {
        NativeStatus status = NativeLoader.ensureLoaded();
        if (status instanceof NativeStatus.Unavailable unavailable) {
            LOG.log(Level.WARNING, "OCR natives did not load: {0}", unavailable.detail());
            return new Unavailable(UserMessage.of("ocr.unavailable.natives", System.getProperty("os.name"),
                    System.getProperty("os.arch")));
        }
        String version = ((NativeStatus.Loaded) status).version();
        try {
            Tessdata tessdata = Tessdata.prepare(tessdataFolder, userTessdata);
            return new Ready(() -> new TesseractEngine(tessdata, version), tessdata.languages());
        } catch (IOException e) {
            return new Unavailable(UserMessage.of("ocr.unavailable.tessdata", tessdataFolder, e.getMessage()));
        }
    }
}

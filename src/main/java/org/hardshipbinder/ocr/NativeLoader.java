package org.hardshipbinder.ocr;

import java.io.File;
import java.nio.file.Path;
import net.sourceforge.tess4j.TessAPI1;
import org.bytedeco.javacpp.Loader;

/**
 * Loads Tesseract and Leptonica from the natives packaged in the app's jars (so no system package is needed) and
 * points JNA at them before Tess4J is first touched. Loading happens once per process, on first OCR use, never at
 * start-up, and a failure becomes a value the caller turns into one clear message.
 */
public final class NativeLoader {

    private static NativeStatus status;

    private NativeLoader() {
    }

    public static synchronized NativeStatus ensureLoaded() {
        if (status == null) {
            status = load();
        }
        return status;
    }

    private static NativeStatus load() {
        try {
            OpenMpLimit.applyOnePerWorker();
            String leptonica = Loader.load(org.bytedeco.leptonica.global.leptonica.class);
            String tesseract = Loader.load(org.bytedeco.tesseract.global.tesseract.class);
            prependLibraryPath(Path.of(leptonica).getParent(), Path.of(tesseract).getParent());
            return new NativeStatus.Loaded(TessAPI1.TessVersion());
        } catch (Throwable e) {
            // UnsatisfiedLinkError, NoClassDefFoundError or a failed extraction: all mean "no OCR on this machine".
            return new NativeStatus.Unavailable(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static void prependLibraryPath(Path... folders) {
        StringBuilder path = new StringBuilder();
        for (Path folder : folders) {
            if (folder != null) {
                path.append(folder).append(File.pathSeparator);
            }
        }
        String existing = System.getProperty("jna.library.path");
        System.setProperty("jna.library.path", existing == null || existing.isBlank()
                ? path.substring(0, path.length() - 1) : path + existing);
    }
}

package org.hardshipbinder.intake;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Readies the libraries an import needs on a thread of its own, for a process that is about to import and has other
 * work first (a command line opening the vault). Initialising PDFBox's document class loads Java's imaging
 * library and builds its colour spaces, about 90 ms in a cold process; with the filters and the SHA-256 provider,
 * about 110 ms that a second core does while the first opens the vault (ADR 0008). Nothing is read or written.
 */
public final class ImportWarmUp {

    private ImportWarmUp() {
    }

    /** Starts the initialisation and returns at once; the import works the same whether it has finished or not. */
    public static void startInBackground() {
        Thread thread = new Thread(ImportWarmUp::initialise, "import-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    private static void initialise() {
        try {
            ClassLoader loader = ImportWarmUp.class.getClassLoader();
            for (Class<?> type : new Class<?>[] {PDDocument.class, Loader.class, FilterFactory.class}) {
                Class.forName(type.getName(), true, loader);
            }
            MessageDigest.getInstance("SHA-256");
        } catch (ClassNotFoundException | NoSuchAlgorithmException | LinkageError e) {
            // The import itself then meets the same problem and reports it.
        }
    }
}

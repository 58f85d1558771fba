package org.hardshipbinder.intake;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.io.RandomAccessStreamCache.StreamCacheCreateFunction;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.hardshipbinder.model.PageGeometry;
import org.hardshipbinder.model.UserMessage;

/**
 * Reads a PDF's page tree with PDFBox's lenient parser, walking the real pages (never trusting /Count, so a tree
 * that claims billions of pages costs nothing) with buffers in temporary files so memory stays bounded.
 */
public final class PdfInspector implements PageInspector {

    private final StreamCacheCreateFunction cache;

    /** {@code cache}: where PDFBox's buffers spill (sealed files for an encrypted vault). */
    public PdfInspector(StreamCacheCreateFunction cache) {
        this.cache = cache;
    }

    @Override
    public Inspection inspect(Path file, ImportOptions options) {
        String password = options.password() == null ? "" : options.password();
        Inspection inspection = inspect(file, password);
        // The batch's password is for the files that need one; a file with only an owner password (or another
        // password) that opens without any must not be refused because of it.
        if (!password.isEmpty() && inspection instanceof Inspection.Refused refused
                && refused.reason().key().equals("intake.rejected.wrongPassword")) {
            Inspection withoutPassword = inspect(file, "");
            if (withoutPassword instanceof Inspection.Pages) {
                return withoutPassword;
            }
        }
        return inspection;
    }

    private Inspection inspect(Path file, String password) {
        try (PDDocument doc = open(file, password)) {
            List<PageGeometry> pages = new ArrayList<>();
            // A page tree whose node lists itself among its kids makes PDFBox yield the same page twice; a real
            // page object has one parent, so each one counts once.
            Set<COSDictionary> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            for (PDPage page : doc.getPages()) {
                if (!seen.add(page.getCOSObject())) {
                    continue;
                }
                if (pages.size() == MAX_PAGES) {
                    return refused("intake.rejected.tooManyPages", MAX_PAGES);
                }
                PDRectangle box = page.getCropBox();
                pages.add(new PageGeometry(box.getWidth(), box.getHeight(), Math.floorMod(page.getRotation(), 360)));
            }
            if (pages.isEmpty()) {
                return refused("intake.rejected.noPages");
            }
            boolean neededPassword = doc.isEncrypted() && !password.isEmpty() && needsUserPassword(file);
            return new Inspection.Pages(pages, neededPassword ? password : null);
        } catch (InvalidPasswordException e) {
            return password.isEmpty() ? refused("intake.rejected.needsPassword") : refused("intake.rejected.wrongPassword");
        } catch (IOException | RuntimeException | StackOverflowError e) {
            return refused("intake.rejected.damagedPdf", brief(e));
        }
    }

    private PDDocument open(Path file, String password) throws IOException {
        return Loader.loadPDF(new RandomAccessReadBufferedFile(file.toFile()), password, null, null, cache);
    }

    private boolean needsUserPassword(Path file) {
        try (PDDocument ignored = open(file, "")) {
            return false;
        } catch (InvalidPasswordException e) {
            return true;
        } catch (IOException e) {
            return true;
        }
    }

    private static Inspection refused(String key, Object... args) {
        return new Inspection.Refused(UserMessage.of(key, args));
    }

    static String brief(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message.lines().findFirst().orElse("");
    }
}

package org.hardshipbinder.binder;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;

/** A written binder opened back with PDFBox: the text of each page, its links and bookmarks as page indexes. */
final class BinderPdf {

    final List<String> pageTexts = new ArrayList<>();
    final List<float[]> sizes = new ArrayList<>();
    /** Per page, the target page index of each link on it. */
    final List<List<Integer>> links = new ArrayList<>();
    /** Section bookmarks: title and target, each with its exhibit bookmarks. */
    final List<Bookmark> bookmarks = new ArrayList<>();
    String title;
    int infoKeys;
    boolean hasXmp;

    record Bookmark(String title, int target, List<Bookmark> children) {
    }

    static BinderPdf read(Path file) throws IOException {
        BinderPdf pdf = new BinderPdf();
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                stripper.setStartPage(i + 1);
                stripper.setEndPage(i + 1);
                pdf.pageTexts.add(stripper.getText(doc));
                PDPage page = doc.getPage(i);
                pdf.sizes.add(new float[] {page.getMediaBox().getWidth(), page.getMediaBox().getHeight()});
                List<Integer> targets = new ArrayList<>();
                for (PDAnnotation a : page.getAnnotations()) {
                    if (a instanceof PDAnnotationLink link && link.getAction() instanceof PDActionGoTo goTo) {
                        targets.add(((PDPageDestination) goTo.getDestination()).retrievePageNumber());
                    }
                }
                pdf.links.add(targets);
            }
            if (doc.getDocumentCatalog().getDocumentOutline() != null) {
                for (PDOutlineItem section : doc.getDocumentCatalog().getDocumentOutline().children()) {
                    List<Bookmark> children = new ArrayList<>();
                    for (PDOutlineItem exhibit : section.children()) {
                        children.add(new Bookmark(exhibit.getTitle(), target(exhibit), List.of()));
                    }
                    pdf.bookmarks.add(new Bookmark(section.getTitle(), target(section), children));
                }
            }
            pdf.title = doc.getDocumentInformation().getTitle();
            pdf.infoKeys = doc.getDocumentInformation().getCOSObject().size();
            pdf.hasXmp = doc.getDocumentCatalog().getMetadata() != null;
        }
        return pdf;
    }

    private static int target(PDOutlineItem item) throws IOException {
        return ((PDPageDestination) item.getDestination()).retrievePageNumber();
    }

    int pageCount() {
        return pageTexts.size();
    }

    /** Indexes of pages that start the exhibit index. */
    List<Integer> indexPages() {
        List<Integer> result = new ArrayList<>();
        for (int i = 0; i < pageTexts.size(); i++) {
            if (pageTexts.get(i).startsWith("Exhibit index")) {
                result.add(i);
            }
        }
        return result;
    }

    /** Indexes of divider pages (a page whose first line is "Exhibit X" with no "page" stamp). */
    List<Integer> dividers() {
        List<Integer> result = new ArrayList<>();
        for (int i = 0; i < pageTexts.size(); i++) {
            String first = pageTexts.get(i).lines().findFirst().orElse("");
            if (first.matches("Exhibit [A-Z0-9-]+") && !pageTexts.get(i).contains(" — page ")) {
                result.add(i);
            }
        }
        return result;
    }
}

package org.hardshipbinder.binder;

import java.awt.geom.AffineTransform;
import java.io.IOException;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.multipdf.LayerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.util.Matrix;

/**
 * Pages of an original PDF imported into the binder as form XObjects, so each can be scaled and turned upright
 * inside the margins. Everything a page needs is copied into the binder when it is imported, so the original can be
 * closed right after its last page.
 */
final class PdfSource {

    private final PDDocument source;
    private final LayerUtility layers;

    PdfSource(PDDocument source, PDDocument target) {
        this.source = source;
        this.layers = new LayerUtility(target);
        flattenForm(source);
    }

    /**
     * A filled-in form shows its values through widget annotations, which a page imported as a form XObject leaves
     * behind; flattening first draws the values into the page. A form PDFBox cannot flatten is placed as it is.
     */
    private static void flattenForm(PDDocument source) {
        PDAcroForm form = source.getDocumentCatalog().getAcroForm(null);
        if (form == null || form.getFields().isEmpty()) {
            return;
        }
        try {
            if (form.getNeedAppearances()) {
                form.refreshAppearances();
            }
            form.flatten();
        } catch (IOException | RuntimeException e) {
            // The page itself still goes in; only the typed-in values may be missing, as in many viewers.
        }
    }

    int pageCount() {
        return source.getNumberOfPages();
    }

    PageContent page(int number) throws IOException {
        PDPage page = source.getPage(number - 1);
        int rotation = Math.floorMod(page.getRotation(), 360);
        PDRectangle crop = page.getCropBox();
        if (page.getResources() == null) {
            page.setResources(new PDResources());
        }
        page.setRotation(0);
        PDFormXObject form = layers.importPageAsForm(source, page);
        form.setMatrix(new AffineTransform());
        form.setBBox(crop);
        form.getCOSObject().removeItem(COSName.METADATA);
        form.getCOSObject().removeItem(COSName.PIECE_INFO);
        form.getCOSObject().removeItem(COSName.LAST_MODIFIED);
        double w = crop.getWidth();
        double h = crop.getHeight();
        return PageContent.rotated(rotation, w, h, (cs, at) -> {
            at.translate(-crop.getLowerLeftX(), -crop.getLowerLeftY());
            cs.saveGraphicsState();
            cs.transform(new Matrix(at));
            cs.drawForm(form);
            cs.restoreGraphicsState();
        });
    }
}

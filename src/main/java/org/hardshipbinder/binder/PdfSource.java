package org.hardshipbinder.binder;

import java.awt.geom.AffineTransform;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSStream;
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
 * Pages of an original PDF placed in the binder as form XObjects, so each can be scaled and turned upright inside
 * the margins. The form's resources (images, fonts) are the original's own objects, referenced rather than copied:
 * the binder's bytes are then read from the vault once, when it is saved, so the original must stay open until the
 * binder is saved. Originals with optional content (layers) are copied instead, because their layer settings must be
 * merged into the binder's catalog.
 */
final class PdfSource {

    private final PDDocument source;
    private final PDDocument target;
    private final LayerUtility layers;

    PdfSource(PDDocument source, PDDocument target) {
        this.source = source;
        this.target = target;
        this.layers = source.getDocumentCatalog().getOCProperties() == null ? null : new LayerUtility(target);
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

    /** Page {@code number} of the original turned upright: its /Rotate plus {@code turn} (the user's, else the one found upright). */
    PageContent page(int number, int turn) throws IOException {
        PDPage page = source.getPage(number - 1);
        int rotation = Math.floorMod(page.getRotation() + turn, 360);
        PDRectangle crop = page.getCropBox();
        if (page.getResources() == null) {
            page.setResources(new PDResources());
        }
        page.setRotation(0);
        PDFormXObject form = layers == null ? shared(page) : layers.importPageAsForm(source, page);
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

    /**
     * The page's content as a new form stream of the binder (a single content stream is copied still encoded), with
     * the page's own resources and transparency group.
     */
    private PDFormXObject shared(PDPage page) throws IOException {
        COSStream form = target.getDocument().createCOSStream();
        COSBase contents = page.getCOSObject().getDictionaryObject(COSName.CONTENTS);
        if (contents instanceof COSStream single) {
            try (InputStream in = single.createRawInputStream(); OutputStream out = form.createRawOutputStream()) {
                in.transferTo(out);
            }
            form.setItem(COSName.FILTER, single.getItem(COSName.FILTER));
            form.setItem(COSName.DECODE_PARMS, single.getItem(COSName.DECODE_PARMS));
        } else {
            try (InputStream in = page.getContents(); OutputStream out = form.createOutputStream(COSName.FLATE_DECODE)) {
                in.transferTo(out);
            }
        }
        PDFormXObject xobject = new PDFormXObject(form);
        xobject.setResources(page.getResources());
        resolveResources(page.getResources().getCOSObject());
        COSBase group = page.getCOSObject().getItem(COSName.GROUP);
        if (group != null) {
            form.setItem(COSName.GROUP, group);
        }
        return xobject;
    }

    /**
     * Parses the objects the page's resources name (images, fonts …) now, while the original's chunks around this
     * page are in the cache; left to the save, PDFBox would read each image's chunks once to parse it and once more
     * to write it.
     */
    private static void resolveResources(COSDictionary resources) {
        for (COSName category : resources.keySet()) {
            if (resources.getDictionaryObject(category) instanceof COSDictionary named) {
                for (COSName name : named.keySet()) {
                    named.getDictionaryObject(name);
                }
            }
        }
    }
}

package org.hardshipbinder.binder;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.hardshipbinder.vault.ScratchSpace;

/** The printable exhibit index on its own: every exhibit with its binder pages (and volume, when split). */
final class IndexPdfWriter {

    private final SectionCatalog catalog;
    private final BinderWords words;
    private final ScratchSpace scratch;

    IndexPdfWriter(SectionCatalog catalog, BinderWords words, ScratchSpace scratch) {
        this.scratch = scratch;
        this.catalog = catalog;
        this.words = words;
    }

    void write(BinderLayout layout, List<Volume> volumes, Path file) throws IOException {
        try (PDDocument out = new PDDocument(scratch.pdfCache(0))) {
            PdfFonts fonts = PdfFonts.load(out);
            IndexPages index = new IndexPages(fonts, words);
            List<VolumeSlice> slices = new ArrayList<>();
            volumes.forEach(v -> slices.addAll(v.slices()));
            List<String> header = FrontMatter.indexHeader(layout, null, words);
            List<List<IndexPages.Row>> rows = index.layout(catalog, slices, s -> volumeNote(s, volumes), header.size());
            List<PDPage> pages = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                PDPage page = new PDPage(LetterPage.PORTRAIT.box());
                out.addPage(page);
                pages.add(page);
            }
            index.draw(out, pages, rows, header, s -> null);
            PDDocumentInformation info = new PDDocumentInformation();
            info.setTitle(words.get("binder.pdf.index") + " — " + layout.theCase().applicant());
            out.setDocumentInformation(info);
            out.save(file.toFile(), CompressParameters.NO_COMPRESSION);
        }
    }

    private String volumeNote(VolumeSlice slice, List<Volume> volumes) {
        if (volumes.size() == 1) {
            return null;
        }
        for (Volume v : volumes) {
            if (v.slices().contains(slice)) {
                return words.get("binder.pdf.inVolume", v.number());
            }
        }
        return null;
    }
}

package org.hardshipbinder.binder;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.hardshipbinder.vault.OriginalRepository;
import org.hardshipbinder.vault.OriginalStore;
import org.hardshipbinder.vault.PageImageRepository;
import org.hardshipbinder.vault.PageTextRepository;
import org.hardshipbinder.vault.ScratchSpace;
import org.hardshipbinder.vault.ChunkCache;

/**
 * Writes one volume: cover, exhibit index, then for each exhibit a divider and its pages (stamped, scaled into the
 * margins, scanned pages with their invisible OCR text), bookmarks by section and exhibit, and a title as the only
 * metadata. Originals are read in place from the vault through a cache of a few chunks and stay open until the
 * volume is saved (their images are referenced, not copied); the binder's own buffers beyond 64 MB live in scratch
 * files (sealed for an encrypted vault); so memory stays flat whatever the binder's size.
 */
final class VolumeWriter {

    /** Bytes of page content and images kept in memory before PDFBox spills to temporary files. */
    static final long MEMORY_BUFFER = 64L * 1024 * 1024;

    private final OriginalStore originals;
    private final OriginalRepository originalFiles;
    private final PageTextRepository texts;
    private final PageImageRepository pageImages;
    private final SectionCatalog catalog;
    private final BinderWords words;
    private final ScratchSpace scratch;

    VolumeWriter(OriginalStore originals, OriginalRepository originalFiles, PageTextRepository texts,
                 PageImageRepository pageImages, SectionCatalog catalog, BinderWords words, ScratchSpace scratch) {
        this.scratch = scratch;
        this.pageImages = pageImages;
        this.originals = originals;
        this.originalFiles = originalFiles;
        this.texts = texts;
        this.catalog = catalog;
        this.words = words;
    }

    void write(BinderLayout layout, Volume volume, LocalDate date, Path file) throws IOException {
        List<PartPages> opened = new ArrayList<>();
        try (PDDocument out = new PDDocument(scratch.pdfCache(MEMORY_BUFFER))) {
            ChunkCache chunks = new ChunkCache(originals);
            PdfFonts fonts = PdfFonts.load(out);
            Stamp stamp = new Stamp(fonts);
            PlainPages plain = new PlainPages(fonts, words, stamp);
            TextLayer textLayer = new TextLayer(fonts);
            IndexPages index = new IndexPages(fonts, words);

            PDPage cover = addPage(out, LetterPage.PORTRAIT);
            plain.cover(out, cover, words.get("binder.pdf.coverHeading"), FrontMatter.coverFields(layout, volume, date, words));
            List<String> header = FrontMatter.indexHeader(layout, volume, words);
            List<List<IndexPages.Row>> rows = index.layout(catalog, volume.slices(), s -> FrontMatter.note(s, volume, words),
                    header.size());
            List<PDPage> indexPages = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                indexPages.add(addPage(out, LetterPage.PORTRAIT));
            }
            Map<VolumeSlice, PDPage> firstPages = new IdentityHashMap<>();
            for (VolumeSlice slice : volume.slices()) {
                firstPages.put(slice, writeSlice(out, layout, slice, new Sources(chunks, opened), plain, stamp, textLayer));
            }
            index.draw(out, indexPages, rows, header, firstPages::get);
            outline(out, volume, firstPages);
            PDDocumentInformation info = new PDDocumentInformation();
            info.setTitle(FrontMatter.title(layout, volume, words));
            out.setDocumentInformation(info);
            out.getDocumentCatalog().setMetadata(null);
            out.save(file.toFile(), CompressParameters.NO_COMPRESSION);
        } finally {
            opened.forEach(PartPages::close);
        }
    }

    /** Where the originals of a volume are read from, and the list that keeps them open until it is saved. */
    private record Sources(ChunkCache chunks, List<PartPages> opened) {
    }

    private PDPage writeSlice(PDDocument out, BinderLayout layout, VolumeSlice slice, Sources sources, PlainPages plain,
                              Stamp stamp, TextLayer textLayer) throws IOException {
        LaidOutExhibit exhibit = slice.exhibit();
        PDPage first = null;
        if (slice.withDivider()) {
            first = addPage(out, LetterPage.PORTRAIT);
            plain.divider(out, first, exhibit.label(), exhibit.description(), layout.batesNumber(exhibit.dividerNumber()));
        }
        int offset = 0;
        for (ExhibitPart part : exhibit.parts()) {
            int from = Math.max(slice.fromPage() - offset, 1);
            int to = Math.min(slice.toPage() - offset, part.pageCount());
            if (from <= to) {
                PDPage page = writePart(out, layout, exhibit, part, offset, from, to, sources, plain, stamp, textLayer);
                first = first == null ? page : first;
            }
            offset += part.pageCount();
        }
        return first;
    }

    /** Writes pages {@code from..to} of one part; returns the first page written. */
    private PDPage writePart(PDDocument out, BinderLayout layout, LaidOutExhibit exhibit, ExhibitPart part, int offset,
                             int from, int to, Sources sources, PlainPages plain, Stamp stamp, TextLayer textLayer)
            throws IOException {
        PDPage first = null;
        if (part instanceof ExhibitPart.StatementPart statement) {
            first = addPage(out, LetterPage.PORTRAIT);
            try (PDPageContentStream cs = new PDPageContentStream(out, first)) {
                plain.statement(cs, statement.title(), statement.text());
                stampExhibitPage(cs, layout, exhibit, offset + 1, LetterPage.PORTRAIT, stamp);
            }
            return first;
        }
        PartPages source = new PartPages((ExhibitPart.DocumentPart) part, out, originals, sources.chunks(), originalFiles, texts, pageImages,
                scratch);
        sources.opened().add(source);
        for (int n = from; n <= to; n++) {
            PageContent content = source.content(n);
            LetterPage letter = LetterPage.forContent(content.uprightWidth(), content.uprightHeight());
            LetterPage.Placement placement = letter.place(content.uprightWidth(), content.uprightHeight());
            PDPage page = addPage(out, letter);
            try (PDPageContentStream cs = new PDPageContentStream(out, page)) {
                content.draw(cs, placement);
            }
            textLayer.append(out, page, placement, source.words(n));
            // The stamp registers the binder font for subsetting, including the glyphs of the text layer.
            try (PDPageContentStream cs = new PDPageContentStream(out, page, PDPageContentStream.AppendMode.APPEND, true)) {
                stampExhibitPage(cs, layout, exhibit, offset + n, letter, stamp);
            }
            first = first == null ? page : first;
        }
        source.pagesWritten();
        return first;
    }

    private void stampExhibitPage(PDPageContentStream cs, BinderLayout layout, LaidOutExhibit exhibit, int n,
                                  LetterPage letter, Stamp stamp) throws IOException {
        stamp.draw(cs, letter, words.get("binder.pdf.stamp", exhibit.label(), n, exhibit.pageCount()),
                layout.batesNumber(exhibit.pageNumber(n)));
    }

    private void outline(PDDocument out, Volume volume, Map<VolumeSlice, PDPage> firstPages) {
        PDDocumentOutline outline = new PDDocumentOutline();
        PDOutlineItem section = null;
        String sectionCode = null;
        for (VolumeSlice slice : volume.slices()) {
            LaidOutExhibit e = slice.exhibit();
            PDPage target = firstPages.get(slice);
            if (!e.sectionCode().equals(sectionCode)) {
                sectionCode = e.sectionCode();
                section = item(catalog.title(sectionCode), target);
                outline.addLast(section);
            }
            section.addLast(item(words.get("binder.pdf.exhibit", e.label()) + " — " + e.description(), target));
        }
        out.getDocumentCatalog().setDocumentOutline(outline);
    }

    private static PDOutlineItem item(String title, PDPage target) {
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(title);
        PDPageFitDestination destination = new PDPageFitDestination();
        destination.setPage(target);
        item.setDestination(destination);
        return item;
    }

    private static PDPage addPage(PDDocument out, LetterPage letter) {
        PDPage page = new PDPage(letter.box());
        out.addPage(page);
        return page;
    }
}

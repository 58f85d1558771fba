package org.hardshipbinder.grouping;

import java.io.InputStream;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hardshipbinder.model.Document;
import org.hardshipbinder.model.DocumentStatus;
import org.hardshipbinder.model.Page;
import org.hardshipbinder.model.PageText;
import org.hardshipbinder.vault.DocumentRepository;
import org.hardshipbinder.vault.OriginalStore;
import org.hardshipbinder.vault.PageRepository;
import org.hardshipbinder.vault.PageTextRepository;

/**
 * Merge and split suggestions for a case, from what the vault knows about each page. Only documents whose text has
 * been read take part: a page still waiting for OCR has no text yet and would look blank.
 */
public final class GroupingService {

    private final DocumentRepository documents;
    private final PageRepository pages;
    private final PageTextRepository texts;
    private final OriginalStore originals;
    private final CaptureTimes captureTimes;
    private final GroupingEngine engine;

    public GroupingService(DocumentRepository documents, PageRepository pages, PageTextRepository texts,
                           OriginalStore originals, CaptureTimes captureTimes, GroupingEngine engine) {
        this.documents = documents;
        this.pages = pages;
        this.texts = texts;
        this.originals = originals;
        this.captureTimes = captureTimes;
        this.engine = engine;
    }

    public List<GroupingSuggestion> suggest(long caseId) {
        return engine.suggest(facts(caseId));
    }

    /** What the rules see of each read document of the case. */
    public List<FileFacts> facts(long caseId) {
        List<FileFacts> facts = new ArrayList<>();
        for (Document d : documents.listForCase(caseId)) {
            if (d.status() == DocumentStatus.OCR_DONE) {
                facts.add(facts(d));
            }
        }
        return facts;
    }

    private FileFacts facts(Document d) {
        Map<Long, PageText> byPage = texts.forDocument(d.id()).stream()
                .collect(Collectors.toMap(PageText::pageId, Function.identity()));
        List<PageFacts> pageFacts = new ArrayList<>();
        for (Page p : pages.listForDocument(d.id())) {
            PageText t = byPage.get(p.id());
            pageFacts.add(new PageFacts(p.number(), t == null ? "" : t.text(), t == null ? null : t.language(),
                    t == null ? null : t.confidence(), p.widthPt(), p.heightPt()));
        }
        return new FileFacts(d.id(), d.fileName(), d.mediaType(), takenAt(d), pageFacts);
    }

    private LocalDateTime takenAt(Document d) {
        if (d.mediaType().isImage()) {
            try (InputStream in = originals.open(d.id())) {
                LocalDateTime exif = captureTimes.fromExif(in);
                if (exif != null) {
                    return exif;
                }
            } catch (java.io.IOException | RuntimeException unreadable) {
                // no capture time from the file itself: fall back on its name
            }
        }
        return CaptureTimes.fromFileName(d.fileName());
    }
}

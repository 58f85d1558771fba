package org.hardshipbinder.grouping;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hardshipbinder.model.Document;
import org.hardshipbinder.model.DocumentStatus;
import org.hardshipbinder.model.Page;
import org.hardshipbinder.model.PageText;
import org.hardshipbinder.ocr.NoModelReading;
import org.hardshipbinder.vault.DocumentRepository;
import org.hardshipbinder.vault.GroupingDecisionRepository;
import org.hardshipbinder.vault.OriginalStore;
import org.hardshipbinder.vault.PageRepository;
import org.hardshipbinder.vault.PageTextRepository;

/**
 * Merge and split suggestions for a case, from what the vault knows about each page. Only documents whose text has
 * been read take part: a page still waiting for OCR has no text yet and would look blank. A rejected suggestion is
 * not offered again; accepting one is done by {@link GroupingEdits}.
 */
public final class GroupingService {

    private final DocumentRepository documents;
    private final PageRepository pages;
    private final PageTextRepository texts;
    private final OriginalStore originals;
    private final CaptureTimes captureTimes;
    private final GroupingEngine engine;
    private final GroupingDecisionRepository decisions;

    public GroupingService(DocumentRepository documents, PageRepository pages, PageTextRepository texts,
                           OriginalStore originals, CaptureTimes captureTimes, GroupingEngine engine,
                           GroupingDecisionRepository decisions) {
        this.documents = documents;
        this.pages = pages;
        this.texts = texts;
        this.originals = originals;
        this.captureTimes = captureTimes;
        this.engine = engine;
        this.decisions = decisions;
    }

    /** The suggestions of a case that the user has not rejected, merges first. */
    public List<GroupingSuggestion> pending(long caseId) {
        Set<String> rejected = decisions.rejectedKeys(caseId);
        return engine.suggest(facts(caseId)).stream().filter(s -> !rejected.contains(s.key())).toList();
    }

    public Optional<GroupingSuggestion> find(long caseId, String key) {
        return pending(caseId).stream().filter(s -> s.key().equals(key)).findFirst();
    }

    /** The suggestion is not offered again (while the documents it names stay as they are). */
    public void reject(long caseId, GroupingSuggestion suggestion) {
        decisions.reject(caseId, suggestion.key());
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
        List<Page> documentPages = pages.listForDocument(d.id());
        List<PageFacts> pageFacts = new ArrayList<>();
        for (Page p : documentPages) {
            PageText t = byPage.get(p.id());
            pageFacts.add(new PageFacts(p.number(), t == null ? "" : t.text(), t == null ? null : t.language(),
                    t == null ? null : t.confidence(), p.widthPt(), p.heightPt(),
                    NoModelReading.of(t)));
        }
        Long firstOriginal = documentPages.isEmpty() ? null : documentPages.get(0).originalId();
        return new FileFacts(d.id(), d.fileName(), d.mediaType(), takenAt(d, firstOriginal), pageFacts);
    }

    private LocalDateTime takenAt(Document d, Long originalId) {
        if (d.mediaType().isImage() && originalId != null) {
            try (InputStream in = originals.open(originalId)) {
                LocalDateTime exif = captureTimes.fromExif(in);
                if (exif != null) {
                    return exif;
                }
            } catch (IOException | RuntimeException unreadable) {
                // no capture time from the file itself: fall back on its name
            }
        }
        return CaptureTimes.fromFileName(d.fileName());
    }
}

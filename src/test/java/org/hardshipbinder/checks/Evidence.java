package org.hardshipbinder.checks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hardshipbinder.checks.core.BinderState;
import org.hardshipbinder.checks.core.CaseEvidence;
import org.hardshipbinder.checks.core.Check;
import org.hardshipbinder.checks.core.CheckSettings;
import org.hardshipbinder.checks.core.DocumentEvidence;
import org.hardshipbinder.checks.facts.FactExtractor;
import org.hardshipbinder.checks.facts.PageContent;
import org.hardshipbinder.model.Case;
import org.hardshipbinder.model.CaseKind;
import org.hardshipbinder.model.Document;
import org.hardshipbinder.model.DocumentStatus;
import org.hardshipbinder.model.Finding;
import org.hardshipbinder.model.MediaType;
import org.hardshipbinder.model.Page;
import org.hardshipbinder.model.PageStatus;
import org.hardshipbinder.model.Person;
import org.hardshipbinder.model.Role;
import org.hardshipbinder.model.Scenario;
import org.hardshipbinder.model.SourceKind;
import org.hardshipbinder.model.Tag;
import org.hardshipbinder.model.TagOrigin;

/**
 * A case's evidence built in memory for checker tests: people, documents with page text and metadata, tags. The
 * documents go through the same fact extraction as in the app ({@link CaseEvidenceLoader#assemble}).
 */
final class Evidence {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    private final CaseKind kind;
    private final List<Person> people = new ArrayList<>();
    private final List<Doc> docs = new ArrayList<>();
    private final List<Tag> tags = new ArrayList<>();
    private CheckSettings settings = CheckSettings.defaults();
    private BinderState binder = BinderState.none();
    private long nextId = 1;

    private Evidence(CaseKind kind) {
        this.kind = kind;
    }

    static Evidence waiver() {
        return new Evidence(CaseKind.I_601A);
    }

    static Evidence of(CaseKind kind) {
        return new Evidence(kind);
    }

    Person person(String name, Role role, String relation, LocalDate born) {
        Person p = new Person(nextId++, 1, name, role, relation, null, born);
        people.add(p);
        return p;
    }

    Doc doc(String... pages) {
        Doc d = new Doc(nextId++, List.of(pages));
        docs.add(d);
        return d;
    }

    Evidence tag(Doc d, String factor, Long personId, Scenario scenario) {
        tags.add(new Tag(nextId++, d.id, factor, personId, scenario, TagOrigin.USER));
        return this;
    }

    Evidence settings(CheckSettings value) {
        this.settings = value;
        return this;
    }

    Evidence binder(BinderState value) {
        this.binder = value;
        return this;
    }

    CaseEvidence build() {
        FactExtractor extractor = new FactExtractor(people);
        List<DocumentEvidence> evidence = docs.stream().map(d -> d.evidence(extractor)).toList();
        return new CaseEvidence(new Case(1, kind, "applicant", null, Instant.parse("2026-01-01T00:00:00Z")), people, evidence,
                tags, extractor.profileFacts(), extractor.names(), TODAY, settings, Optional.empty(), Map.of(), binder);
    }

    List<Finding> run(Check check) {
        return check.run(build());
    }

    /** One document: pages of text and what the user recorded about it. */
    static final class Doc {
        final long id;
        private final List<String> pages;
        private String language = "en";
        private String type;
        private LocalDate date;
        private SourceKind source;
        private String author;
        private Long translationOf;
        private Double confidence = 92.0;
        private boolean numbersOnly;
        private MediaType mediaType = MediaType.PDF;
        private boolean read = true;
        private long sizeBytes = 50_000;
        private DocumentStatus status = DocumentStatus.OCR_DONE;

        private Doc(long id, List<String> pages) {
            this.id = id;
            this.pages = pages;
        }

        Doc language(String value) {
            language = value;
            return this;
        }

        Doc type(String value) {
            type = value;
            return this;
        }

        Doc date(LocalDate value) {
            date = value;
            return this;
        }

        Doc source(SourceKind value) {
            source = value;
            return this;
        }

        Doc author(String value) {
            author = value;
            return this;
        }

        Doc translationOf(Doc original) {
            translationOf = original.id;
            return this;
        }

        /** Read without a model for its script: only its numbers kept, at a noisy mean confidence. */
        Doc numbersOnly(Double value) {
            numbersOnly = true;
            confidence = value;
            return this;
        }

        Doc confidence(Double value) {
            confidence = value;
            return this;
        }

        Doc image() {
            mediaType = MediaType.JPEG;
            return this;
        }

        Doc unread() {
            read = false;
            status = DocumentStatus.OCR_QUEUED;
            return this;
        }

        Doc size(long bytes) {
            sizeBytes = bytes;
            return this;
        }

        private DocumentEvidence evidence(FactExtractor extractor) {
            Document d = new Document(id, 1, "doc" + id + ".pdf", mediaType, pages.size(), sizeBytes, "sha" + id, status, null,
                    Instant.parse("2026-01-01T00:00:00Z"),
                    new Document.DocumentMetadata(null, type, date, false, source, author, language, translationOf));
            List<Page> pageRows = new ArrayList<>();
            List<PageContent> contents = new ArrayList<>();
            for (int i = 0; i < pages.size(); i++) {
                pageRows.add(new Page(id * 100 + i, id, i + 1, id, i + 1, 612, 792, 0, null, read ? PageStatus.DONE : PageStatus.QUEUED, null));
                if (read) {
                    contents.add(new PageContent(i + 1, pages.get(i), language, confidence, Set.of(), numbersOnly));
                }
            }
            return CaseEvidenceLoader.assemble(d, pageRows, contents, extractor);
        }
    }
}

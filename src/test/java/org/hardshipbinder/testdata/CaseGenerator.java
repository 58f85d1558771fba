package org.hardshipbinder.testdata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.hardshipbinder.intake.ImportOptions;
import org.hardshipbinder.intake.ImportOutcome;
import org.hardshipbinder.model.Case;
import org.hardshipbinder.model.CaseKind;
import org.hardshipbinder.model.Document.DocumentMetadata;
import org.hardshipbinder.model.ImmigrationStatus;
import org.hardshipbinder.model.Page;
import org.hardshipbinder.model.PageText;
import org.hardshipbinder.model.Person;
import org.hardshipbinder.model.Role;
import org.hardshipbinder.model.Scenario;
import org.hardshipbinder.model.SourceKind;
import org.hardshipbinder.model.TagOrigin;
import org.hardshipbinder.model.TextOrigin;
import org.hardshipbinder.wiring.Services;

/**
 * Puts fictional cases into a vault the way a user would: small PDFs imported through the import pipeline, page text
 * stored as OCR would store it, metadata and tags set as the user would set them. Use a fixed {@link #clock()} so
 * "recent" documents stay recent. {@link SampleCase} builds a whole waiver case from this.
 */
public final class CaseGenerator {

    public static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    private final Services services;
    private final Path workDir;
    private int fileCounter;

    public CaseGenerator(Services services, Path workDir) {
        this.services = services;
        this.workDir = workDir;
    }

    public static Clock clock() {
        return Clock.fixed(TODAY.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    public Services services() {
        return services;
    }

    public Case newCase(CaseKind kind, String applicant) {
        return services.cases().create(kind, applicant, null);
    }

    public Person person(long caseId, String name, Role role, String relation, ImmigrationStatus status, LocalDate born) {
        return services.people().add(caseId, name, role, relation, status, born);
    }

    public DocBuilder doc(long caseId, String fileName) {
        return new DocBuilder(caseId, fileName);
    }

    /** One document to add: its pages' text, language, OCR confidence, metadata and tags. */
    public final class DocBuilder {
        private final long caseId;
        private final String fileName;
        private final List<String> pages = new ArrayList<>();
        private final List<Object[]> tags = new ArrayList<>();
        private String language = "en";
        private Double confidence = 93.0;
        private String title;
        private String type;
        private LocalDate date;
        private SourceKind source;
        private String author;
        private Long translationOf;

        private DocBuilder(long caseId, String fileName) {
            this.caseId = caseId;
            this.fileName = fileName;
        }

        public DocBuilder page(String text) {
            pages.add(text);
            return this;
        }

        public DocBuilder language(String code) {
            this.language = code;
            return this;
        }

        /** Mean OCR confidence of every page; null for a born-digital text layer. */
        public DocBuilder confidence(Double value) {
            this.confidence = value;
            return this;
        }

        public DocBuilder title(String value) {
            this.title = value;
            return this;
        }

        public DocBuilder type(String value) {
            this.type = value;
            return this;
        }

        public DocBuilder date(LocalDate value) {
            this.date = value;
            return this;
        }

        public DocBuilder source(SourceKind value) {
            this.source = value;
            return this;
        }

        public DocBuilder author(String value) {
            this.author = value;
            return this;
        }

        public DocBuilder translationOf(long originalId) {
            this.translationOf = originalId;
            return this;
        }

        public DocBuilder tag(String factor, Long personId, Scenario scenario) {
            tags.add(new Object[]{factor, personId, scenario});
            return this;
        }

        /** Imports the PDF, stores the page text, sets the metadata and tags; returns the document id. */
        public long add() {
            try {
                Path pdf = SamplePdf.write(workDir.resolve(String.format("%03d-%s", ++fileCounter, fileName)), pages);
                ImportOutcome outcome = services.importService().importFile(caseId, pdf, ImportOptions.defaults());
                if (!(outcome instanceof ImportOutcome.Imported imported)) {
                    throw new IllegalStateException("generated file was refused: " + outcome);
                }
                long id = imported.documentId();
                List<Page> stored = services.pages().listForDocument(id);
                for (int i = 0; i < stored.size(); i++) {
                    services.pageTexts().save(new PageText(stored.get(i).id(), pages.get(i),
                            confidence == null ? TextOrigin.TEXT_LAYER : TextOrigin.OCR, "generated", language, confidence, List.of()));
                }
                services.documents().updateMetadata(id, new DocumentMetadata(title, type, date, false, source, author,
                        language, translationOf));
                for (Object[] t : tags) {
                    services.tags().add(id, (String) t[0], (Long) t[1], (Scenario) t[2], TagOrigin.USER);
                }
                return id;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}

package org.hardshipbinder.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.hardshipbinder.factors.TaggingService;
import org.hardshipbinder.intake.ImportOptions;
import org.hardshipbinder.intake.ImportOutcome;
import org.hardshipbinder.intake.ImportService;
import org.hardshipbinder.model.Case;
import org.hardshipbinder.model.CaseKind;
import org.hardshipbinder.model.Document;
import org.hardshipbinder.model.Document.DocumentMetadata;
import org.hardshipbinder.model.ImmigrationStatus;
import org.hardshipbinder.model.Role;
import org.hardshipbinder.model.Scenario;
import org.hardshipbinder.model.TagOrigin;
import org.hardshipbinder.vault.CaseRepository;
import org.hardshipbinder.vault.DocumentRepository;
import org.hardshipbinder.vault.PersonRepository;
import org.hardshipbinder.vault.Vault;

/**
 * Builds the fictional sample case: the Mendoza family's people, and their papers generated as PDFs and scans, imported
 * through the real import pipeline (so they wait for text recognition like any import). Translations are linked to
 * their originals and what a family would know (title, date, source, language) is filled in; the rest is left for the
 * suggestions and checks to find.
 */
public final class SampleCaseBuilder {

    /** The sample case's title; finding a case with it means the sample was already built in this vault. */
    public static final String TITLE = "Sample: Mendoza family (fictional) / Ejemplo: familia Mendoza (ficticia)";
    private static final String APPLICANT = "Carlos Mendoza Reyes";

    private final Vault vault;
    private final CaseRepository cases;
    private final PersonRepository people;
    private final DocumentRepository documents;
    private final ImportService importService;
    private final TaggingService tagging;
    private static final String QUALIFYING_RELATIVE = "Laura Ann Mendoza";

    /** Without a tagging service the papers stay untagged (what a family has before it says what each one shows). */
    public SampleCaseBuilder(Vault vault, CaseRepository cases, PersonRepository people, DocumentRepository documents,
                             ImportService importService) {
        this(vault, cases, people, documents, importService, null);
    }

    /** The sample as the app shows it: each original tagged with the hardship factor it shows. */
    public SampleCaseBuilder(Vault vault, CaseRepository cases, PersonRepository people, DocumentRepository documents,
                             ImportService importService, TaggingService tagging) {
        this.vault = vault;
        this.cases = cases;
        this.people = people;
        this.documents = documents;
        this.importService = importService;
        this.tagging = tagging;
    }

    public Optional<Case> find() {
        return cases.list().stream().filter(c -> TITLE.equals(c.title())).findFirst();
    }

    /** The sample case of this vault, built the first time it is asked for. */
    public Case findOrBuild() throws IOException {
        Optional<Case> existing = find();
        return existing.isPresent() ? existing.get() : build().sampleCase();
    }

    /** The case and what the import said about each generated file. */
    public record Built(Case sampleCase, List<ImportOutcome> outcomes) {
    }

    public Built build() throws IOException {
        Case sample = vault.write(c -> {
            Case created = cases.create(CaseKind.I_601A, APPLICANT, TITLE);
            people.add(created.id(), APPLICANT, Role.APPLICANT, null, ImmigrationStatus.OTHER, LocalDate.of(1986, 11, 3));
            people.add(created.id(), QUALIFYING_RELATIVE, Role.QR, "spouse", ImmigrationStatus.USC, LocalDate.of(1988, 6, 2));
            people.add(created.id(), "Sofia Isabel Mendoza", Role.CHILD, "daughter", ImmigrationStatus.USC, LocalDate.of(2015, 3, 14));
            people.add(created.id(), "Rosa Reyes Soto", Role.OTHER, "parent", ImmigrationStatus.OTHER, null);
            return created;
        });
        Path folder = Files.createTempDirectory(vault.scratchDirectory(), "sample-");
        try {
            List<Path> files = new ArrayList<>();
            for (SampleDocument doc : SampleContent.documents()) {
                Path file = folder.resolve(doc.fileName());
                if (doc.form() == SampleDocument.Form.PDF) {
                    new SamplePdfWriter().write(doc.lines(), file);
                } else {
                    new SampleScanWriter().write(doc.lines(), file);
                }
                files.add(file);
            }
            List<ImportOutcome> outcomes = importService.importAll(sample.id(), files, ImportOptions.defaults(), (o, i, n) -> { });
            describe(outcomes);
            return new Built(sample, outcomes);
        } finally {
            deleteQuietly(folder);
        }
    }

    private void describe(List<ImportOutcome> outcomes) {
        Map<String, Long> ids = new HashMap<>();
        for (ImportOutcome outcome : outcomes) {
            if (outcome instanceof ImportOutcome.Imported imported) {
                ids.put(imported.file().getFileName().toString().substring(0, 2), imported.documentId());
            }
        }
        for (SampleMetadata.Entry entry : SampleMetadata.entries()) {
            Long id = ids.get(entry.prefix());
            if (id == null) {
                continue;
            }
            Long original = entry.translationOfPrefix() == null ? null : ids.get(entry.translationOfPrefix());
            Document.DocumentMetadata m = new DocumentMetadata(entry.title(), null, entry.date(), false, entry.source(),
                    null, entry.language(), original);
            documents.updateMetadata(id, m);
        }
        if (tagging == null || ids.isEmpty()) {
            return;
        }
        long caseId = documents.find(ids.values().iterator().next()).orElseThrow().caseId();
        Long relative = people.listForCase(caseId).stream().filter(p -> p.name().equals(QUALIFYING_RELATIVE))
                .map(p -> p.id()).findFirst().orElse(null);
        for (SampleMetadata.FactorTag tag : SampleMetadata.factorTags()) {
            Long id = ids.get(tag.prefix());
            if (id != null) {
                tagging.tag(id, tag.factor(), relative, Scenario.fromCode(tag.scenario()).orElse(Scenario.BOTH), TagOrigin.USER);
            }
        }
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover scratch folder is removed with the vault's next cleanup
        }
    }
}

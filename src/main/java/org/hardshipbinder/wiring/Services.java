package org.hardshipbinder.wiring;

import org.hardshipbinder.transfer.CaseExporter;
import org.hardshipbinder.transfer.CaseImporter;
import org.hardshipbinder.vault.CaseRowsReader;
import java.util.Optional;
import org.hardshipbinder.binder.LabelledExhibit;
import org.hardshipbinder.checks.core.CheckSettings;
import org.hardshipbinder.editing.CaseEditService;
import org.hardshipbinder.editing.DeletionImpacts;
import org.hardshipbinder.editing.EditHistory;
import org.hardshipbinder.editing.ImpactSources;
import org.hardshipbinder.editing.PageEditService;
import org.hardshipbinder.editing.PersonEditService;
import org.hardshipbinder.editing.TrashService;
import org.hardshipbinder.model.Finding;
import org.hardshipbinder.vault.DocumentEdits;
import org.hardshipbinder.vault.TrashRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.hardshipbinder.checks.BinderStateReader;
import org.hardshipbinder.chronology.ChronologyService;
import org.hardshipbinder.chronology.FactSource;
import org.hardshipbinder.checks.CaseEvidenceLoader;
import org.hardshipbinder.checks.CheckCatalog;
import org.hardshipbinder.checks.CheckService;
import org.hardshipbinder.checks.Dismissals;
import org.hardshipbinder.factors.FactorServices;
import org.hardshipbinder.grouping.CaptureTimes;
import org.hardshipbinder.grouping.GroupingEdits;
import org.hardshipbinder.grouping.GroupingEngine;
import org.hardshipbinder.grouping.GroupingService;
import org.hardshipbinder.binder.BinderBuilder;
import org.hardshipbinder.factors.Factor;
import org.hardshipbinder.factors.FactorCatalog;
import org.hardshipbinder.binder.BinderPlanService;
import org.hardshipbinder.binder.SectionCatalog;
import org.hardshipbinder.imaging.CleanedPhotos;
import org.hardshipbinder.intake.FileSniffer;
import org.hardshipbinder.intake.ImageInspector;
import org.hardshipbinder.intake.ImportService;
import org.hardshipbinder.intake.PdfInspector;
import org.hardshipbinder.intake.Preflight;
import org.hardshipbinder.logging.AppLogging;
import org.hardshipbinder.ocr.LanguageIdentifier;
import org.hardshipbinder.ocr.OcrService;
import org.hardshipbinder.ocr.TesseractEngines;
import org.hardshipbinder.search.FtsConsistencyProbe;
import org.hardshipbinder.search.SearchService;
import org.hardshipbinder.vault.AccessMode;
import org.hardshipbinder.vault.AuditLog;
import org.hardshipbinder.vault.BinderPlanSummaryRepository;
import org.hardshipbinder.vault.CaseRepository;
import org.hardshipbinder.vault.DocumentRepository;
import org.hardshipbinder.vault.GroupingDecisionRepository;
import org.hardshipbinder.vault.RefusedDuplicateRepository;
import org.hardshipbinder.vault.IntegrityProbe;
import org.hardshipbinder.vault.OriginalRepository;
import org.hardshipbinder.vault.OriginalStore;
import org.hardshipbinder.vault.PageImageRepository;
import org.hardshipbinder.vault.PageRepository;
import org.hardshipbinder.vault.PageTextRepository;
import org.hardshipbinder.vault.TagRepository;
import org.hardshipbinder.vault.PersonRepository;
import org.hardshipbinder.vault.Vault;
import org.hardshipbinder.vault.VaultBackup;
import org.hardshipbinder.vault.VaultVerifier;

/**
 * The composition root: builds every service for one open vault by constructor injection. The desktop app and the
 * command line both start here, so they always run on the same services.
 */
public final class Services implements AutoCloseable {

    private final Vault vault;
    private final Clock clock;
    private final AuditLog audit;
    private final CaseRepository cases;
    private final PersonRepository people;
    private final DocumentRepository documents;
    private final PageRepository pages;
    private final OriginalStore originals;
    private final OriginalRepository originalFiles;
    private final PageTextRepository pageTexts;
    private final PageImageRepository pageImages;
    private final CleanedPhotos cleanedPhotos;
    private final TagRepository tags;
    private final ImportService importService;
    private final VaultBackup backup;
    private final VaultVerifier verifier;
    private final CheckService checks;
    private final ChronologyService chronology;
    private final FactorServices factors;
    private final SearchService search;
    private OcrService ocr;
    private final BinderPlanService binderPlans;
    private final BinderBuilder binderBuilder;
    private final GroupingService grouping;
    private final GroupingEdits groupingEdits;
    private final EditHistory editHistory = new EditHistory();
    private final TrashRepository trash;
    private final PageEditService pageEdits;
    private final TrashService trashService;
    private final PersonEditService personEdits;
    private final CaseEditService caseEdits;
    private final DeletionImpacts deletionImpacts;
    private final CaseExporter caseExporter;
    private final CaseImporter caseImporter;

    private Services(Vault vault, Clock clock) {
        // ImageIO otherwise buffers every image it reads or writes through a stream in a file of the temporary
        // folder; originals and cleaned photos are case data and stay in memory.
        ImageIO.setUseCache(false);
        if (vault.encrypted()) {
            AppLogging.redact();
        }
        this.vault = vault;
        this.clock = clock;
        this.audit = new AuditLog(vault, clock);
        this.cases = new CaseRepository(vault, audit, clock);
        this.people = new PersonRepository(vault, audit);
        this.documents = new DocumentRepository(vault, audit, clock);
        this.pages = new PageRepository(vault);
        this.originals = new OriginalStore(vault);
        this.originalFiles = new OriginalRepository(vault);
        this.pageTexts = new PageTextRepository(vault);
        this.pageImages = new PageImageRepository(vault, clock);
        this.tags = new TagRepository(vault, audit, clock);
        this.cleanedPhotos = new CleanedPhotos(vault, pageImages, pages, documents, audit);
        this.importService = new ImportService(vault, new Preflight(new FileSniffer(), originalFiles,
                new RefusedDuplicateRepository(vault, clock)), new PdfInspector(vault.scratch().pdfCache(0)),
                new ImageInspector(), documents, originals, pages);
        this.backup = new VaultBackup(vault);
        List<IntegrityProbe> probes = new ArrayList<>(VaultVerifier.foundationProbes(originals));
        probes.add(new FtsConsistencyProbe());
        this.search = new SearchService(vault);
        this.verifier = new VaultVerifier(vault, probes);
        this.factors = new FactorServices(vault, audit, clock, cases, people, documents, tags, pageTexts);
        CaseEvidenceLoader evidence = new CaseEvidenceLoader(cases, people, documents, pages, pageTexts, tags,
                factors.coverage(), factors.caseFactors(), new BinderStateReader(new BinderPlanSummaryRepository(vault)),
                new RefusedDuplicateRepository(vault, clock), clock);
        this.checks = new CheckService(evidence, CheckCatalog.standard(), new Dismissals(vault, audit, clock));
        // The chronology reads the same facts as the checks, through this one entry point.
        this.chronology = new ChronologyService(cases, people, documents,
                FactSource.of(evidence::facts, evidence::factsOfDocument));
        // Binder sections follow the factor catalog's order, titled with its English labels (the binder is filed in English).
        this.binderPlans = new BinderPlanService(vault, documents, tags, audit, sectionCatalog(factors.catalog()));
        this.trash = new TrashRepository(vault, clock);
        DocumentEdits documentEdits = new DocumentEdits(clock);
        this.pageEdits = new PageEditService(vault, documents, pages, documentEdits, trash, audit, editHistory,
                this::beingRead);
        this.trashService = new TrashService(vault, trash, documentEdits, audit, editHistory);
        this.personEdits = new PersonEditService(vault, people, trash, audit, editHistory);
        this.caseEdits = new CaseEditService(cases, documents, this::beingRead);
        this.deletionImpacts = new DeletionImpacts(documents, people, tags, new PlanAndFindings());
        this.binderBuilder = new BinderBuilder(binderPlans, cases, documents, pages, pageTexts, originalFiles, pageImages,
                originals, vault.scratch(), clock);
        this.grouping = new GroupingService(documents, pages, pageTexts, originals, new CaptureTimes(),
                GroupingEngine.standard(), new GroupingDecisionRepository(vault, clock));
        this.groupingEdits = new GroupingEdits(grouping, pageEdits, pages);
        this.caseExporter = new CaseExporter(new CaseRowsReader(vault), checks, clock);
        this.caseImporter = new CaseImporter(vault, checks, audit);
    }

    private static SectionCatalog sectionCatalog(FactorCatalog catalog) {
        return SectionCatalog.withFactors(() -> catalog.factors().stream().map(Factor::code).toList(),
                code -> catalog.factor(code).map(f -> f.label(Locale.ENGLISH)));
    }

    /** Whether OCR is reading a document right now; OCR that was never started reads nothing. */
    private synchronized boolean beingRead(long documentId) {
        return ocr != null && ocr.isReading(documentId);
    }

    /** A deletion's effects on the binder plan and the findings, for {@link DeletionImpacts}. */
    private final class PlanAndFindings implements ImpactSources {
        @Override
        public Optional<String> exhibitLabel(long caseId, long documentId) {
            return binderPlans.plan(caseId).labelled().stream()
                    .filter(e -> e.exhibit().included() && Long.valueOf(documentId).equals(e.exhibit().documentId()))
                    .map(LabelledExhibit::label).findFirst();
        }

        @Override
        public List<Finding> findingsAbout(long caseId, long documentId) {
            return checks.run(caseId, CheckSettings.defaults()).map(r -> r.findings().stream()
                    .filter(f -> f.documents().contains(documentId)).toList()).orElse(List.of());
        }
    }

    public static Services open(Path vaultDirectory, AccessMode mode) {
        return open(vaultDirectory, mode, Clock.systemDefaultZone());
    }

    public static Services open(Path vaultDirectory, AccessMode mode, Clock clock) {
        return new Services(Vault.open(vaultDirectory, mode), clock);
    }

    /** Opens an encrypted vault (or creates one encrypted from its first byte) with the user's passphrase. */
    public static Services open(Path vaultDirectory, AccessMode mode, org.hardshipbinder.vault.Passphrase passphrase) {
        return open(vaultDirectory, mode, passphrase, Clock.systemDefaultZone());
    }

    public static Services open(Path vaultDirectory, AccessMode mode, org.hardshipbinder.vault.Passphrase passphrase,
                                Clock clock) {
        return new Services(Vault.open(vaultDirectory, mode, passphrase), clock);
    }

    /** One case, entire, into one file sealed with a passphrase. */
    public CaseExporter caseExporter() {
        return caseExporter;
    }

    /** A case file brought in as a new case (new ids, nothing else changed). */
    public CaseImporter caseImporter() {
        return caseImporter;
    }

    /** Restores a backup into a vault folder, checking it with every probe {@code verify} runs (foundation and search). */
    public static org.hardshipbinder.vault.VaultRestore restorer() {
        Clock clock = Clock.systemDefaultZone();
        return new org.hardshipbinder.vault.VaultRestore(vault -> new Services(vault, clock).verifier().verify(), clock);
    }

    public Vault vault() {
        return vault;
    }

    public Clock clock() {
        return clock;
    }

    public AuditLog audit() {
        return audit;
    }

    public CaseRepository cases() {
        return cases;
    }

    public PersonRepository people() {
        return people;
    }

    public DocumentRepository documents() {
        return documents;
    }

    public PageRepository pages() {
        return pages;
    }

    public OriginalStore originals() {
        return originals;
    }

    /** What each imported file is (name, type, size, checksum); {@link #originals()} holds its bytes. */
    public OriginalRepository originalFiles() {
        return originalFiles;
    }

    public PageTextRepository pageTexts() {
        return pageTexts;
    }

    /** How pages are shown: the turn found upright, and cleaned photos with the user's choice. */
    public PageImageRepository pageImages() {
        return pageImages;
    }

    /** The choice between a photographed page's cleaned image and the photo as taken. */
    public CleanedPhotos cleanedPhotos() {
        return cleanedPhotos;
    }

    public TagRepository tags() {
        return tags;
    }

    public ImportService importService() {
        return importService;
    }

    public VaultBackup backup() {
        return backup;
    }

    public VaultVerifier verifier() {
        return verifier;
    }

    public CheckService checks() {
        return checks;
    }

    /** Every dated fact of a case with its person, document and page; the dates that disagree. */
    public ChronologyService chronology() {
        return chronology;
    }

    /** Factor catalog, case profile checks, document facts, tagging, suggestions and coverage. */
    public FactorServices factors() {
        return factors;
    }

    public SearchService search() {
        return search;
    }

    /**
     * OCR, built on first use (its language profiles take a moment to load). Trained data lives in "tessdata" beside
     * the vault; $HARDSHIP_BINDER_TESSDATA (or -Dhardshipbinder.tessdata) names a folder with extra languages, and
     * -Dhardshipbinder.ocr.workers the number of workers (default: one per core).
     */
    public synchronized OcrService ocr() {
        if (ocr == null) {
            String extra = System.getProperty("hardshipbinder.tessdata", System.getenv("HARDSHIP_BINDER_TESSDATA"));
            int workers = Integer.getInteger("hardshipbinder.ocr.workers", Runtime.getRuntime().availableProcessors());
            ocr = new OcrService(vault, documents, pages, pageTexts, originals, pageImages,
                    new TesseractEngines(vault.directory().resolve("tessdata"), extra == null ? null : Path.of(extra)),
                    new LanguageIdentifier(), Math.max(1, workers));
        }
        return ocr;
    }

    public BinderPlanService binderPlans() {
        return binderPlans;
    }

    public BinderBuilder binderBuilder() {
        return binderBuilder;
    }

    /** Suggestions to join files that are one paper and to cut batch scans into their papers. */
    public GroupingService grouping() {
        return grouping;
    }

    /** Accepting merge and split suggestions, through the page edits (undoable). */
    public GroupingEdits groupingEdits() {
        return groupingEdits;
    }

    /** Merge, split, move, reorder, turn and remove pages; delete documents; undo the session's edits. */
    public PageEditService pageEdits() {
        return pageEdits;
    }

    public TrashService trash() {
        return trashService;
    }

    public PersonEditService personEdits() {
        return personEdits;
    }

    public CaseEditService caseEdits() {
        return caseEdits;
    }

    /** What deleting a document or person would affect, said before it is done. */
    public DeletionImpacts deletionImpacts() {
        return deletionImpacts;
    }

    @Override
    public void close() {
        vault.close();
    }
}

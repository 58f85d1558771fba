package org.hardshipbinder.wiring;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hardshipbinder.checks.BinderStateReader;
import org.hardshipbinder.checks.CaseEvidenceLoader;
import org.hardshipbinder.checks.CheckCatalog;
import org.hardshipbinder.checks.CheckService;
import org.hardshipbinder.checks.Dismissals;
import org.hardshipbinder.factors.FactorServices;
import org.hardshipbinder.grouping.CaptureTimes;
import org.hardshipbinder.grouping.GroupingEngine;
import org.hardshipbinder.grouping.GroupingService;
import org.hardshipbinder.binder.BinderBuilder;
import org.hardshipbinder.factors.Factor;
import org.hardshipbinder.factors.FactorCatalog;
import org.hardshipbinder.binder.BinderPlanService;
import org.hardshipbinder.binder.SectionCatalog;
import org.hardshipbinder.intake.FileSniffer;
import org.hardshipbinder.intake.ImageInspector;
import org.hardshipbinder.intake.ImportService;
import org.hardshipbinder.intake.PdfInspector;
import org.hardshipbinder.intake.Preflight;
import org.hardshipbinder.ocr.LanguageIdentifier;
import org.hardshipbinder.ocr.OcrService;
import org.hardshipbinder.ocr.TesseractEngines;
import org.hardshipbinder.search.FtsConsistencyProbe;
import org.hardshipbinder.search.SearchService;
import org.hardshipbinder.vault.AccessMode;
import org.hardshipbinder.vault.AuditLog;
import org.hardshipbinder.vault.CaseRepository;
import org.hardshipbinder.vault.DocumentRepository;
import org.hardshipbinder.vault.IntegrityProbe;
import org.hardshipbinder.vault.OriginalStore;
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
    private final PageTextRepository pageTexts;
    private final TagRepository tags;
    private final ImportService importService;
    private final VaultBackup backup;
    private final VaultVerifier verifier;
    private final CheckService checks;
    private final FactorServices factors;
    private final SearchService search;
    private OcrService ocr;
    private final BinderPlanService binderPlans;
    private final BinderBuilder binderBuilder;
    private final GroupingService grouping;

    private Services(Vault vault, Clock clock) {
        this.vault = vault;
        this.clock = clock;
        this.audit = new AuditLog(vault, clock);
        this.cases = new CaseRepository(vault, audit, clock);
        this.people = new PersonRepository(vault, audit);
        this.documents = new DocumentRepository(vault, audit, clock);
        this.pages = new PageRepository(vault);
        this.originals = new OriginalStore(vault);
        this.pageTexts = new PageTextRepository(vault);
        this.tags = new TagRepository(vault, audit, clock);
        this.importService = new ImportService(vault, new Preflight(new FileSniffer(), documents), new PdfInspector(),
                new ImageInspector(), documents, originals, pages);
        this.backup = new VaultBackup(vault);
        List<IntegrityProbe> probes = new ArrayList<>(VaultVerifier.foundationProbes(originals));
        probes.add(new FtsConsistencyProbe());
        this.search = new SearchService(vault);
        this.verifier = new VaultVerifier(vault, probes);
        this.factors = new FactorServices(vault, audit, clock, cases, people, documents, tags, pageTexts);
        this.checks = new CheckService(new CaseEvidenceLoader(cases, people, documents, pages, pageTexts, tags,
                factors.coverage(), factors.caseFactors(), new BinderStateReader(vault), clock), CheckCatalog.standard(),
                new Dismissals(vault, audit, clock));
        // Binder sections follow the factor catalog's order, titled with its English labels (the binder is filed in English).
        this.binderPlans = new BinderPlanService(vault, documents, tags, audit, sectionCatalog(factors.catalog()));
        this.binderBuilder = new BinderBuilder(binderPlans, cases, documents, pages, pageTexts, originals, clock);
        this.grouping = new GroupingService(documents, pages, pageTexts, originals, new CaptureTimes(),
                GroupingEngine.standard());
    }

    private static SectionCatalog sectionCatalog(FactorCatalog catalog) {
        return SectionCatalog.withFactors(catalog.factors().stream().map(Factor::code).toList(),
                code -> catalog.factor(code).map(f -> f.label(Locale.ENGLISH)));
    }

    public static Services open(Path vaultDirectory, AccessMode mode) {
        return open(vaultDirectory, mode, Clock.systemDefaultZone());
    }

    public static Services open(Path vaultDirectory, AccessMode mode, Clock clock) {
        return new Services(Vault.open(vaultDirectory, mode), clock);
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

    public PageTextRepository pageTexts() {
        return pageTexts;
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
            ocr = new OcrService(vault, documents, pages, pageTexts, originals,
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

    @Override
    public void close() {
        vault.close();
    }
}

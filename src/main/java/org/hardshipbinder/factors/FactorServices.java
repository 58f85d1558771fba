package org.hardshipbinder.factors;

import java.time.Clock;
import org.hardshipbinder.vault.AuditLog;
import org.hardshipbinder.vault.CaseRepository;
import org.hardshipbinder.vault.DocumentRepository;
import org.hardshipbinder.vault.PageTextRepository;
import org.hardshipbinder.vault.PersonRepository;
import org.hardshipbinder.vault.TagRepository;
import org.hardshipbinder.vault.Vault;

/** The factors feature's services for one vault, built once by the composition root. */
public final class FactorServices {

    private final FactorCatalog catalog;
    private final CustomFactorRepository customFactors;
    private final ClaimedFactorRepository claims;
    private final DocumentFactsRepository documentFacts;
    private final CaseFactors caseFactors;
    private final QualifyingRelativeRules rules;
    private final CaseProfileValidator profile;
    private final TaggingService tagging;
    private final DocumentFactsService facts;
    private final CoverageService coverage;
    private final SuggestionService suggestions;

    public FactorServices(Vault vault, AuditLog audit, Clock clock, CaseRepository cases, PersonRepository people,
                          DocumentRepository documents, TagRepository tags, PageTextRepository pageTexts) {
        this.catalog = FactorCatalog.onFirstUse();
        this.customFactors = new CustomFactorRepository(vault, audit, clock);
        this.claims = new ClaimedFactorRepository(vault, audit, clock);
        this.documentFacts = new DocumentFactsRepository(vault, audit);
        this.caseFactors = new CaseFactors(catalog, customFactors);
        this.rules = new QualifyingRelativeRules();
        this.profile = new CaseProfileValidator(rules);
        this.tagging = new TaggingService(cases, documents, people, tags, caseFactors);
        this.facts = new DocumentFactsService(vault, documents, people, documentFacts, catalog);
        this.coverage = new CoverageService(cases, people, documents, tags, claims, documentFacts, caseFactors, profile);
        this.suggestions = new SuggestionService(vault, cases, people, documents, tags, pageTexts, documentFacts,
                new SuggestionDecisionRepository(vault, clock), caseFactors, tagging);
    }

    public FactorCatalog catalog() {
        return catalog;
    }

    public CustomFactorRepository customFactors() {
        return customFactors;
    }

    public ClaimedFactorRepository claims() {
        return claims;
    }

    public DocumentFactsRepository documentFacts() {
        return documentFacts;
    }

    public CaseFactors caseFactors() {
        return caseFactors;
    }

    public QualifyingRelativeRules qualifyingRelativeRules() {
        return rules;
    }

    public CaseProfileValidator profileValidator() {
        return profile;
    }

    public TaggingService tagging() {
        return tagging;
    }

    public DocumentFactsService documentFactsService() {
        return facts;
    }

    public CoverageService coverage() {
        return coverage;
    }

    public SuggestionService suggestions() {
        return suggestions;
    }
}

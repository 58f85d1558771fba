package org.hardshipbinder.factors;

import java.util.Optional;
import org.hardshipbinder.model.Case;
import org.hardshipbinder.model.Document;
import org.hardshipbinder.model.Person;
import org.hardshipbinder.model.Role;
import org.hardshipbinder.model.Scenario;
import org.hardshipbinder.model.TagOrigin;
import org.hardshipbinder.model.UserMessage;
import org.hardshipbinder.vault.CaseRepository;
import org.hardshipbinder.vault.DocumentRepository;
import org.hardshipbinder.vault.PersonRepository;
import org.hardshipbinder.vault.TagRepository;

/**
 * Tags a document as evidence of a factor, after checking the factor applies to the case and the person is one of
 * its qualifying relatives. Parole and 212(d)(3)(A) have no relatives or scenarios: any person of the case, scenario both.
 */
public final class TaggingService {

    private final CaseRepository cases;
    private final DocumentRepository documents;
    private final PersonRepository people;
    private final TagRepository tags;
    private final CaseFactors factors;

    public TaggingService(CaseRepository cases, DocumentRepository documents, PersonRepository people, TagRepository tags,
                          CaseFactors factors) {
        this.cases = cases;
        this.documents = documents;
        this.people = people;
        this.tags = tags;
        this.factors = factors;
    }

    public TagResult tag(long documentId, String factorCode, Long personId, Scenario scenario, TagOrigin origin) {
        Optional<Document> doc = documents.find(documentId);
        if (doc.isEmpty()) {
            return refused("factors.tag.noDocument", String.valueOf(documentId));
        }
        Case kase = cases.find(doc.get().caseId()).orElseThrow();
        Optional<UserMessage> problem = problem(kase, factorCode, personId);
        if (problem.isPresent()) {
            return new TagResult.Refused(problem.get());
        }
        Factor factor = factors.find(kase, factorCode).orElseThrow();
        boolean hardship = FactorSet.forKind(kase.kind()) == FactorSet.HARDSHIP;
        Scenario effective = !hardship ? Scenario.BOTH : scenario != null ? scenario : factor.defaultScenario();
        return new TagResult.Tagged(tags.add(documentId, factorCode, personId, effective, origin));
    }

    /** Why a factor cannot be tagged or claimed for this person in this case, if it cannot. */
    public Optional<UserMessage> problem(Case kase, String factorCode, Long personId) {
        if (factors.find(kase, factorCode).isEmpty()) {
            return Optional.of(factors.catalog().factor(factorCode)
                    .map(other -> UserMessage.of("factors.tag.otherSet", factorCode, kase.kind().code()))
                    .orElseGet(() -> UserMessage.of("factors.tag.unknownFactor", factorCode,
                            String.join(", ", factors.forCase(kase).stream().map(Factor::code).toList()))));
        }
        if (personId != null) {
            Optional<Person> person = people.find(personId).filter(p -> p.caseId() == kase.id());
            if (person.isEmpty()) {
                return Optional.of(UserMessage.of("factors.tag.noPerson", String.valueOf(personId), String.valueOf(kase.id())));
            }
            if (FactorSet.forKind(kase.kind()) == FactorSet.HARDSHIP && person.get().role() != Role.QR) {
                return Optional.of(UserMessage.of("factors.tag.notQr", person.get().name(), person.get().role().code()));
            }
        }
        return Optional.empty();
    }

    private static TagResult refused(String key, Object... args) {
        return new TagResult.Refused(UserMessage.of(key, args));
    }
}

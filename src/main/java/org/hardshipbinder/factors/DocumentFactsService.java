package org.hardshipbinder.factors;

import java.util.Optional;
import java.util.regex.Pattern;
import org.hardshipbinder.model.Document;
import org.hardshipbinder.model.Document.DocumentMetadata;
import org.hardshipbinder.model.PageText;
import org.hardshipbinder.model.TagOrigin;
import org.hardshipbinder.model.UserMessage;
import org.hardshipbinder.vault.DocumentRepository;
import org.hardshipbinder.vault.PersonRepository;
import org.hardshipbinder.vault.Vault;

/** Sets what is known about a document (title, type, date, source, author, language, translation of, people). */
public final class DocumentFactsService {

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

    private final Vault vault;
    private final DocumentRepository documents;
    private final PersonRepository people;
    private final DocumentFactsRepository facts;
    private final FactorCatalog catalog;

    public DocumentFactsService(Vault vault, DocumentRepository documents, PersonRepository people,
                                DocumentFactsRepository facts, FactorCatalog catalog) {
        this.vault = vault;
        this.documents = documents;
        this.people = people;
        this.facts = facts;
        this.catalog = catalog;
    }

    public DocumentFactsResult change(long documentId, DocumentFactsChange change) {
        Optional<Document> found = documents.find(documentId);
        if (found.isEmpty()) {
            return refused("factors.tag.noDocument", String.valueOf(documentId));
        }
        Document doc = found.get();
        Optional<UserMessage> problem = problem(doc, change);
        if (problem.isPresent()) {
            return new DocumentFactsResult.Refused(problem.get());
        }
        DocumentMetadata m = doc.metadata();
        DocumentMetadata updated = new DocumentMetadata(
                change.title() != null ? change.title().strip() : m.title(),
                change.evidenceType() != null ? change.evidenceType() : m.evidenceType(),
                change.date() != null ? change.date() : m.date(),
                change.dateApproximate() != null ? change.dateApproximate() : m.dateApproximate(),
                change.source() != null ? change.source() : m.source(),
                change.author() != null ? change.author().strip() : m.author(),
                change.language() != null ? change.language() : m.language(),
                change.translationOf() != null ? change.translationOf() : m.translationOf());
        vault.write(c -> {
            documents.updateMetadata(documentId, updated);
            change.people().forEach(p -> facts.addPerson(documentId, p, TagOrigin.USER));
            return null;
        });
        return new DocumentFactsResult.Updated(documents.find(documentId).orElseThrow());
    }

    private Optional<UserMessage> problem(Document doc, DocumentFactsChange change) {
        if (change.evidenceType() != null && catalog.evidenceType(change.evidenceType()).isEmpty()) {
            return Optional.of(UserMessage.of("factors.document.unknownType", change.evidenceType(),
                    String.join(", ", catalog.evidenceTypes().stream().map(EvidenceType::code).toList())));
        }
        if (change.language() != null && !LANGUAGE.matcher(change.language()).matches()
                && !PageText.UNKNOWN_LANGUAGE.equals(change.language())) {
            return Optional.of(UserMessage.of("factors.document.badLanguage", change.language()));
        }
        if (change.translationOf() != null) {
            long original = change.translationOf();
            if (original == doc.id() || documents.find(original).filter(o -> o.caseId() == doc.caseId()).isEmpty()) {
                return Optional.of(UserMessage.of("factors.document.badTranslationOf", String.valueOf(original)));
            }
        }
        for (Long person : change.people()) {
            if (people.find(person).filter(p -> p.caseId() == doc.caseId()).isEmpty()) {
                return Optional.of(UserMessage.of("factors.tag.noPerson", String.valueOf(person), String.valueOf(doc.caseId())));
            }
        }
        return Optional.empty();
    }

    private static DocumentFactsResult refused(String key, Object... args) {
        return new DocumentFactsResult.Refused(UserMessage.of(key, args));
    }
}

package org.hardshipbinder.editing;

import java.util.ArrayList;
import java.util.List;
import org.hardshipbinder.model.Document;
import org.hardshipbinder.model.Finding;
import org.hardshipbinder.model.Person;
import org.hardshipbinder.model.UserMessage;
import org.hardshipbinder.vault.DocumentRepository;
import org.hardshipbinder.vault.PersonRepository;
import org.hardshipbinder.vault.TagRepository;

/** What a deletion would affect, said before the user confirms it: exhibits, translations, findings, tags. */
public final class DeletionImpacts {

    private final DocumentRepository documents;
    private final PersonRepository people;
    private final TagRepository tags;
    private final ImpactSources sources;

    public DeletionImpacts(DocumentRepository documents, PersonRepository people, TagRepository tags, ImpactSources sources) {
        this.documents = documents;
        this.people = people;
        this.tags = tags;
        this.sources = sources;
    }

    /** Sentences, the first naming the document; the trash keeps it restorable in any case. */
    public List<UserMessage> ofDocument(long documentId) {
        Document document = documents.find(documentId).orElseThrow();
        List<UserMessage> effects = new ArrayList<>();
        effects.add(UserMessage.of("edit.impact.document", documentId, document.displayTitle(), document.pageCount()));
        sources.exhibitLabel(document.caseId(), documentId)
                .ifPresent(label -> effects.add(UserMessage.of("edit.impact.exhibit", label)));
        for (Document other : documents.listForCase(document.caseId())) {
            if (Long.valueOf(documentId).equals(other.metadata().translationOf())) {
                effects.add(UserMessage.of("edit.impact.hasTranslation", other.id(), other.displayTitle()));
            }
        }
        Long original = document.metadata().translationOf();
        if (original != null) {
            effects.add(UserMessage.of("edit.impact.isTranslation", original));
        }
        List<Finding> findings = sources.findingsAbout(document.caseId(), documentId);
        if (!findings.isEmpty()) {
            effects.add(UserMessage.of("edit.impact.findings", findings.size(),
                    String.join(", ", findings.stream().map(Finding::code).distinct().toList())));
        }
        effects.add(UserMessage.of("edit.impact.trash"));
        return effects;
    }

    public List<UserMessage> ofPerson(long personId) {
        Person person = people.find(personId).orElseThrow();
        long tagged = tags.forCase(person.caseId()).stream().filter(t -> Long.valueOf(personId).equals(t.personId())).count();
        return List.of(UserMessage.of("edit.impact.person", person.name(), tagged), UserMessage.of("edit.impact.trash"));
    }
}

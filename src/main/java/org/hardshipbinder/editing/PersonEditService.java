package org.hardshipbinder.editing;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hardshipbinder.model.Person;
import org.hardshipbinder.model.TrashEntry;
import org.hardshipbinder.model.UserMessage;
import org.hardshipbinder.vault.AuditLog;
import org.hardshipbinder.vault.PersonRepository;
import org.hardshipbinder.vault.RowSnapshot;
import org.hardshipbinder.vault.TrashRepository;
import org.hardshipbinder.vault.Vault;

/** Editing and removing the people of a case; both can be undone, and a removed person waits in the trash. */
public final class PersonEditService {

    private final Vault vault;
    private final PersonRepository people;
    private final TrashRepository trash;
    private final AuditLog audit;
    private final EditHistory history;

    public PersonEditService(Vault vault, PersonRepository people, TrashRepository trash, AuditLog audit,
                             EditHistory history) {
        this.vault = vault;
        this.people = people;
        this.trash = trash;
        this.audit = audit;
        this.history = history;
    }

    /** Saves the person's new name, role, relation, status and birth date (a blank name is refused). */
    public EditOutcome edit(Person changed) {
        Optional<Person> current = people.find(changed.id());
        if (current.isEmpty()) {
            return EditOutcome.refused("edit.refused.noSuchPerson", changed.id());
        }
        if (changed.name() == null || changed.name().isBlank()) {
            return EditOutcome.refused("edit.refused.personName");
        }
        Person person = new Person(changed.id(), current.get().caseId(), changed.name().strip(), changed.role(),
                changed.relation(), changed.status(), changed.born());
        UserMessage summary = UserMessage.of("edit.done.personEdit", person.name());
        RowSnapshot before = vault.write(c -> {
            RowSnapshot snapshot = RowSnapshot.capture(c, "people", List.of(person.id()));
            people.update(person);
            return snapshot;
        });
        history.push(new UndoStep(summary, person.caseId(), before, Set.of(person.id()), List.of()));
        return new EditOutcome.Done(summary, List.of());
    }

    /** Moves a person to the case's trash, with the tags that name them and their links to documents and factors. */
    public EditOutcome remove(long personId) {
        Optional<Person> person = people.find(personId);
        if (person.isEmpty()) {
            return EditOutcome.refused("edit.refused.noSuchPerson", personId);
        }
        Person p = person.get();
        UserMessage summary = UserMessage.of("edit.done.personRemove", p.name());
        record Removed(RowSnapshot snapshot, long entry) {
        }
        Removed removed = vault.write(c -> {
            RowSnapshot snapshot = RowSnapshot.capture(c, "people", List.of(personId));
            long entry = trash.add(c, p.caseId(), TrashEntry.Kind.PERSON, personId, null, null, p.name(), snapshot);
            RowSnapshot.deleteLive(c, "people", List.of(personId));
            audit.record("person.remove", "person", personId, p.name());
            return new Removed(snapshot, entry);
        });
        history.push(new UndoStep(summary, p.caseId(), removed.snapshot(), Set.of(), List.of(removed.entry())));
        return new EditOutcome.Done(summary, List.of());
    }
}

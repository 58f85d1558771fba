package org.hardshipbinder.ui.timeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hardshipbinder.chronology.Chronology;
import org.hardshipbinder.chronology.ChronologyEvent;
import org.hardshipbinder.chronology.ChronologyText;
import org.hardshipbinder.chronology.DateConflict;
import org.hardshipbinder.model.Case;
import org.hardshipbinder.model.FactKind;
import org.hardshipbinder.model.Person;
import org.hardshipbinder.ui.UiText;
import org.hardshipbinder.ui.notify.Notice;
import org.hardshipbinder.ui.notify.Notifier;
import org.hardshipbinder.ui.task.TaskRunner;

/**
 * The case's chronology: dated facts oldest first and undated documents last, filtered by person and by kind; the
 * dates that disagree; and the shown chronology saved as a printable PDF.
 */
public final class TimelineViewModel {

    /** A choice of the person filter: everyone, one person, or facts tied to nobody. */
    public record PersonChoice(boolean everyone, Long personId, String label) {
        boolean accepts(Long id) {
            return everyone || Objects.equals(personId, id);
        }
    }

    /** A choice of the kind filter; kind null means every kind. */
    public record KindChoice(FactKind kind, String label) {
        boolean accepts(FactKind k) {
            return kind == null || kind == k;
        }
    }

    private final TimelineSource source;
    private final TaskRunner tasks;
    private final UiText text;
    private final ChronologyText words;
    private final Notifier notifier;
    private final ObservableList<ChronologyEvent> rows = FXCollections.observableArrayList();
    private final ObservableList<DateConflict> conflicts = FXCollections.observableArrayList();
    private final ObservableList<PersonChoice> people = FXCollections.observableArrayList();
    private final ObservableList<KindChoice> kinds = FXCollections.observableArrayList();
    private final ObjectProperty<PersonChoice> person = new SimpleObjectProperty<>();
    private final ObjectProperty<KindChoice> kind = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");
    private final ObjectProperty<Path> lastSaved = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private Chronology chronology;

    public TimelineViewModel(TimelineSource source, TaskRunner tasks, UiText text, Notifier notifier) {
        this.source = source;
        this.tasks = tasks;
        this.text = text;
        this.words = new ChronologyText(text.messages());
        this.notifier = notifier;
        person.addListener((o, old, now) -> refilter());
        kind.addListener((o, old, now) -> refilter());
    }

    public void load(Case c) {
        if (c == null) {
            chronology = null;
            rows.clear();
            conflicts.clear();
            return;
        }
        tasks.run(() -> source.chronology(c.id()), this::show, e -> message.set(text.error(e)));
    }

    private void show(Chronology loaded) {
        chronology = loaded;
        Long keptPerson = person.get() == null || person.get().everyone() ? null : person.get().personId();
        boolean keptNobody = person.get() != null && !person.get().everyone() && person.get().personId() == null;
        FactKind keptKind = kind.get() == null ? null : kind.get().kind();
        List<PersonChoice> personChoices = new ArrayList<>();
        personChoices.add(new PersonChoice(true, null, text.get("ui.timeline.everyone")));
        for (Person p : loaded.peopleWithEvents()) {
            personChoices.add(new PersonChoice(false, p.id(), p.name()));
        }
        personChoices.add(new PersonChoice(false, null, text.get("ui.timeline.nobody")));
        List<KindChoice> kindChoices = new ArrayList<>();
        kindChoices.add(new KindChoice(null, text.get("ui.timeline.allKinds")));
        loaded.kinds().forEach(k -> kindChoices.add(new KindChoice(k, words.kind(k))));
        people.setAll(personChoices);
        kinds.setAll(kindChoices);
        person.set(personChoices.stream().filter(p -> keptNobody ? !p.everyone() && p.personId() == null
                : keptPerson != null && keptPerson.equals(p.personId())).findFirst().orElse(personChoices.get(0)));
        kind.set(kindChoices.stream().filter(k -> Objects.equals(k.kind(), keptKind)).findFirst().orElse(kindChoices.get(0)));
        refilter();
        long undated = loaded.undated().size();
        message.set(undated == 0 ? "" : text.get("ui.timeline.undated", undated));
    }

    private void refilter() {
        if (chronology == null || person.get() == null || kind.get() == null) {
            return;
        }
        List<ChronologyEvent> shown = new ArrayList<>(chronology.events().stream()
                .filter(e -> person.get().accepts(e.personId()) && kind.get().accepts(e.kind())).toList());
        chronology.undated().stream().filter(e -> person.get().accepts(null) && kind.get().accepts(e.kind())).forEach(shown::add);
        rows.setAll(shown);
        conflicts.setAll(chronology.conflicts().stream().filter(c -> kind.get().accepts(c.kind())
                && (person.get().everyone() || c.readings().stream().flatMap(r -> r.events().stream())
                .anyMatch(e -> person.get().accepts(e.personId())))).toList());
        long dated = shown.stream().filter(ChronologyEvent::dated).count();
        summary.set(text.get("ui.timeline.shown", dated, chronology.events().size()));
    }

    /** Writes what is shown (the filters applied) as a printable PDF, off the UI thread. */
    public void savePdf(Path file) {
        if (chronology == null || busy.get()) {
            return;
        }
        Chronology shown = new Chronology(chronology.theCase(), chronology.people(),
                rows.stream().filter(ChronologyEvent::dated).toList(), List.copyOf(conflicts),
                rows.stream().filter(e -> !e.dated()).toList());
        busy.set(true);
        tasks.run(() -> source.savePdf(shown, file), pages -> {
            busy.set(false);
            lastSaved.set(file);
            String saved = text.get("ui.timeline.saved", file.getFileName(), pages);
            message.set(saved);
            notifier.notify(new Notice(Notice.Kind.INFORMATION, saved, List.of(text.get("ui.timeline.folderIs",
                    file.toAbsolutePath().getParent()))));
        }, e -> {
            busy.set(false);
            message.set(text.error(e));
        });
    }

    public boolean inConflict(ChronologyEvent event) {
        return chronology != null && chronology.inConflict(event);
    }

    /** The date as the user reads it: localized, "about …" when approximate, both readings when ambiguous. */
    public String dateLabel(ChronologyEvent event) {
        return words.date(event);
    }

    public String kindLabel(FactKind k) {
        return words.kind(k);
    }

    public String personLabel(ChronologyEvent event) {
        return event.person() == null ? "" : event.person();
    }

    /** Where the event was read: the document and page, the document's details, or the case details. */
    public String sourceLabel(ChronologyEvent event) {
        return words.source(event);
    }

    /** The words as the page writes them, quoted, on one line. */
    public String quote(ChronologyEvent event) {
        return words.words(event).replaceAll("\\s+", " ");
    }

    public String conflictTitle(DateConflict conflict) {
        return words.conflictTitle(conflict);
    }

    public String readingDate(DateConflict.Reading reading) {
        return words.date(reading.shown().date(), reading.shown().precision());
    }

    /** Events that can be opened: the ones tied to a document. */
    public boolean opens(ChronologyEvent event) {
        return event != null && event.documentId() != null;
    }

    public ObservableList<ChronologyEvent> rows() {
        return rows;
    }

    public ObservableList<DateConflict> conflicts() {
        return conflicts;
    }

    public ObservableList<PersonChoice> people() {
        return people;
    }

    public ObservableList<KindChoice> kinds() {
        return kinds;
    }

    public ObjectProperty<PersonChoice> personProperty() {
        return person;
    }

    public ObjectProperty<KindChoice> kindProperty() {
        return kind;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public ObjectProperty<Path> lastSavedProperty() {
        return lastSaved;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public Case currentCase() {
        return chronology == null ? null : chronology.theCase();
    }
}

package org.hardshipbinder.ui.suggestions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.hardshipbinder.factors.Suggestion;
import org.hardshipbinder.factors.SuggestionKind;
import org.hardshipbinder.model.Case;
import org.hardshipbinder.model.Document;
import org.hardshipbinder.model.Person;
import org.hardshipbinder.ui.UiText;
import org.hardshipbinder.ui.common.SuggestionWords;
import org.hardshipbinder.ui.task.TaskRunner;

/**
 * Every open suggestion of the case in one table, to accept or reject a selection, a whole document, or everything the
 * app is at least so sure of. Where a document can have one value only (its kind, source, date), accepting several
 * keeps the surest one.
 */
public final class SuggestionsViewModel {

    private static final Set<SuggestionKind> ONE_VALUE = Set.of(SuggestionKind.EVIDENCE_TYPE, SuggestionKind.SOURCE,
            SuggestionKind.DATE);

    private final SuggestionsSource source;
    private final TaskRunner tasks;
    private final UiText text;
    private final ObservableList<SuggestionRow> all = FXCollections.observableArrayList();
    private final FilteredList<SuggestionRow> visible = new FilteredList<>(all);
    private final ObservableList<Document> documents = FXCollections.observableArrayList();
    private final ObjectProperty<Document> documentFilter = new SimpleObjectProperty<>();
    private final IntegerProperty threshold = new SimpleIntegerProperty(80);
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private Case current;

    public SuggestionsViewModel(SuggestionsSource source, TaskRunner tasks, UiText text) {
        this.source = source;
        this.tasks = tasks;
        this.text = text;
        visible.predicateProperty().bind(Bindings.createObjectBinding(this::filter, documentFilter));
    }

    private Predicate<SuggestionRow> filter() {
        Document only = documentFilter.get();
        return row -> only == null || row.suggestion().documentId() == only.id();
    }

    public void load(Case c) {
        current = c;
        if (c == null) {
            return;
        }
        busy.set(true);
        message.set(text.get("desktop.suggestions.loading"));
        tasks.run(() -> new Loaded(source.pending(c.id()), source.documents(c.id()), source.people(c.id())), this::show,
                this::failed);
    }

    private record Loaded(List<Suggestion> suggestions, List<Document> documents, List<Person> people) {
    }

    private void show(Loaded loaded) {
        Map<Long, String> titles = new HashMap<>();
        loaded.documents().forEach(d -> titles.put(d.id(), d.displayTitle()));
        Map<Long, String> names = new HashMap<>();
        loaded.people().forEach(p -> names.put(p.id(), p.name()));
        SuggestionWords words = new SuggestionWords(text, names::get);
        List<SuggestionRow> rows = loaded.suggestions().stream()
                .map(s -> new SuggestionRow(s, titles.getOrDefault(s.documentId(), ""), words.label(s),
                        s.kind() == SuggestionKind.FACTOR ? words.person(s.personId()) : "",
                        words.explanation(s), (int) Math.round(s.confidence() * 100)))
                .sorted(Comparator.comparing(SuggestionRow::document).thenComparing(r -> -r.confidencePercent()))
                .toList();
        all.setAll(rows);
        Document filter = documentFilter.get();
        documents.setAll(loaded.documents().stream().filter(d -> rows.stream()
                .anyMatch(r -> r.suggestion().documentId() == d.id())).toList());
        if (filter != null && !documents.contains(filter)) {
            documentFilter.set(null);
        }
        busy.set(false);
        message.set(rows.isEmpty() ? text.get("desktop.suggestions.none") : text.get("desktop.suggestions.count", rows.size()));
    }

    public void accept(Collection<SuggestionRow> rows) {
        answer(rows, true);
    }

    public void reject(Collection<SuggestionRow> rows) {
        answer(rows, false);
    }

    /** Every suggestion of one document. */
    public List<SuggestionRow> forDocument(long documentId) {
        return all.stream().filter(r -> r.suggestion().documentId() == documentId).toList();
    }

    /** Every suggestion (of the document shown, when one is chosen) at least as sure as the threshold. */
    public List<SuggestionRow> atLeast(int percent) {
        return visible.stream().filter(r -> r.confidencePercent() >= percent).toList();
    }

    public void acceptAtLeastThreshold() {
        accept(atLeast(threshold.get()));
    }

    private void answer(Collection<SuggestionRow> rows, boolean accept) {
        if (current == null || rows == null || rows.isEmpty() || busy.get()) {
            return;
        }
        List<Suggestion> chosen = accept ? surest(rows) : rows.stream().map(SuggestionRow::suggestion).toList();
        Case c = current;
        busy.set(true);
        tasks.run(() -> {
            if (accept) {
                source.accept(chosen);
            } else {
                source.reject(chosen);
            }
            return chosen.size();
        }, count -> {
            busy.set(false);
            load(c);
            message.set(text.get(accept ? "desktop.suggestions.accepted" : "desktop.suggestions.rejected", count));
        }, this::failed);
    }

    /** For a kind a document has one of, only the surest suggestion per document; every other one as chosen. */
    static List<Suggestion> surest(Collection<SuggestionRow> rows) {
        Map<String, Suggestion> best = new LinkedHashMap<>();
        List<Suggestion> chosen = new ArrayList<>();
        for (SuggestionRow row : rows) {
            Suggestion s = row.suggestion();
            if (ONE_VALUE.contains(s.kind())) {
                best.merge(s.documentId() + ":" + s.kind(), s, (a, b) -> a.confidence() >= b.confidence() ? a : b);
            } else {
                chosen.add(s);
            }
        }
        chosen.addAll(best.values());
        return chosen;
    }

    private void failed(Throwable e) {
        busy.set(false);
        message.set(text.error(e));
    }

    public ObservableList<SuggestionRow> items() {
        return visible;
    }

    public ObservableList<Document> documents() {
        return documents;
    }

    public ObjectProperty<Document> documentFilterProperty() {
        return documentFilter;
    }

    public IntegerProperty thresholdProperty() {
        return threshold;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public Document document(long id) {
        return documents.stream().filter(d -> Objects.equals(d.id(), id)).findFirst().orElse(null);
    }
}

package org.hardshipbinder.ui.search;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hardshipbinder.model.Case;
import org.hardshipbinder.ui.UiText;
import org.hardshipbinder.ui.task.TaskRunner;

/** One search box for the whole case; results with snippets. */
public final class SearchViewModel {

    private final SearchService service;
    private final TaskRunner tasks;
    private final UiText text;
    private final ObjectProperty<Case> currentCase = new SimpleObjectProperty<>();
    private final StringProperty query = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");
    private final ObservableList<SearchResult> results = FXCollections.observableArrayList();
    private long generation;

    public SearchViewModel(SearchService service, TaskRunner tasks, UiText text) {
        this.service = service;
        this.tasks = tasks;
        this.text = text;
    }

    public void search() {
        Case c = currentCase.get();
        String q = query.get() == null ? "" : query.get().strip();
        if (c == null || q.isEmpty()) {
            results.clear();
            summary.set("");
            return;
        }
        long mine = ++generation;
        summary.set(text.get("ui.search.searching"));
        tasks.run(() -> service.search(c.id(), q), found -> {
            if (mine != generation) {
                return;
            }
            results.setAll(found);
            summary.set(found.isEmpty() ? text.get("ui.search.none", q) : text.get("ui.search.count", found.size(), q));
        }, e -> summary.set(text.error(e)));
    }

    public ObjectProperty<Case> currentCaseProperty() {
        return currentCase;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public ObservableList<SearchResult> results() {
        return results;
    }
}

package org.hardshipbinder.ui.editing;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hardshipbinder.editing.EditOutcome;
import org.hardshipbinder.grouping.GroupingSuggestion;
import org.hardshipbinder.ui.UiText;
import org.hardshipbinder.ui.task.TaskRunner;

/**
 * The merge and split suggestions of the open case, offered on the documents screen as soon as the imported files
 * are read: each with what it does, its reasons and how sure it is, accepted or rejected in one click.
 */
public final class GroupingSuggestionsViewModel {

    /** One suggestion as shown. */
    public record Row(GroupingSuggestion suggestion, String summary, String reasons, String confidence) {
    }

    private final PageEditing service;
    private final TaskRunner tasks;
    private final UiText text;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private Runnable afterChange = () -> { };
    private long caseId = -1;

    public GroupingSuggestionsViewModel(PageEditing service, TaskRunner tasks, UiText text) {
        this.service = service;
        this.tasks = tasks;
        this.text = text;
    }

    /** Called after suggestions were applied, so the documents list and Undo are read again. */
    public void setAfterChange(Runnable afterChange) {
        this.afterChange = afterChange;
    }

    public void refresh(long caseId) {
        this.caseId = caseId;
        tasks.run(() -> service.suggestions(caseId).stream().map(this::row).toList(), rows::setAll,
                e -> message.set(text.error(e)));
    }

    public void accept(Row row) {
        tasks.run(() -> service.accept(row.suggestion()), this::applied, e -> message.set(text.error(e)));
    }

    public void reject(Row row) {
        tasks.run(() -> {
            service.reject(caseId, row.suggestion());
            return null;
        }, nothing -> {
            rows.remove(row);
            message.set(text.get("grouping.suggestions.rejected"));
        }, e -> message.set(text.error(e)));
    }

    /** Accepts every suggestion shown, splits first (a merge never names a document being cut). */
    public void acceptAll() {
        List<GroupingSuggestion> all = rows.stream().map(Row::suggestion)
                .sorted((a, b) -> Boolean.compare(a instanceof org.hardshipbinder.grouping.MergeSuggestion,
                        b instanceof org.hardshipbinder.grouping.MergeSuggestion)).toList();
        tasks.run(() -> all.stream().flatMap(s -> service.accept(s).stream()).toList(), this::applied,
                e -> message.set(text.error(e)));
    }

    private void applied(List<EditOutcome> outcomes) {
        message.set(outcomes.stream().map(o -> o instanceof EditOutcome.Done d ? text.format(d.summary())
                : text.format(((EditOutcome.Refused) o).reason())).collect(Collectors.joining(" ")));
        afterChange.run();
        refresh(caseId);
    }

    private Row row(GroupingSuggestion s) {
        return new Row(s, text.format(s.summary()),
                s.reasons().stream().limit(4).map(text::format).collect(Collectors.joining("; ")),
                text.get("grouping.suggest.confidence", String.format(Locale.ROOT, "%.0f %%", s.confidence() * 100)));
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public StringProperty messageProperty() {
        return message;
    }
}

package org.hardshipbinder.ui.editing;

import java.util.Map;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hardshipbinder.editing.EditOutcome;
import org.hardshipbinder.model.TrashEntry;
import org.hardshipbinder.ui.UiText;
import org.hardshipbinder.ui.task.TaskRunner;

/** The case's trash: what was deleted, put back one by one, or emptied for good after saying what that deletes. */
public final class TrashViewModel {

    /** One entry as shown. */
    public record Row(TrashEntry entry, String label) {
    }

    private final PageEditing service;
    private final TaskRunner tasks;
    private final UiText text;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private Runnable afterChange = () -> { };
    private long caseId = -1;

    public TrashViewModel(PageEditing service, TaskRunner tasks, UiText text) {
        this.service = service;
        this.tasks = tasks;
        this.text = text;
    }

    public void setAfterChange(Runnable afterChange) {
        this.afterChange = afterChange;
    }

    public void refresh(long caseId) {
        this.caseId = caseId;
        tasks.run(() -> service.trash(caseId).stream().map(this::row).toList(), rows::setAll, e -> message.set(text.error(e)));
    }

    public void restore(Row row) {
        tasks.run(() -> service.restore(row.entry().id()), outcome -> {
            message.set(outcome instanceof EditOutcome.Done d ? text.format(d.summary())
                    : text.format(((EditOutcome.Refused) outcome).reason()));
            afterChange.run();
            refresh(caseId);
        }, e -> message.set(text.error(e)));
    }

    /** The sentence asked before emptying: how many documents, pages and people are deleted for good. */
    public String emptyWarning() {
        Map<TrashEntry.Kind, Long> counts = new java.util.EnumMap<>(TrashEntry.Kind.class);
        rows.forEach(r -> counts.merge(r.entry().kind(), 1L, Long::sum));
        return text.get("grouping.trash.emptyWarning", counts.getOrDefault(TrashEntry.Kind.DOCUMENT, 0L),
                counts.getOrDefault(TrashEntry.Kind.PAGE, 0L), counts.getOrDefault(TrashEntry.Kind.PERSON, 0L));
    }

    public void empty() {
        tasks.run(() -> {
            service.emptyTrash(caseId);
            return null;
        }, nothing -> {
            message.set(text.get("grouping.trash.emptied"));
            afterChange.run();
            refresh(caseId);
        }, e -> message.set(text.error(e)));
    }

    private Row row(TrashEntry e) {
        String where = e.kind() == TrashEntry.Kind.PAGE
                ? text.get("grouping.trash.page", e.pageNumber(), String.valueOf(e.documentId()), e.label())
                : text.get("grouping.trash." + e.kind().name().toLowerCase(java.util.Locale.ROOT), e.label());
        return new Row(e, where + " — " + text.get("grouping.trash.deletedAt",
                text.date(e.deletedAt().atZone(java.time.ZoneId.systemDefault()).toLocalDate())));
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public StringProperty messageProperty() {
        return message;
    }
}

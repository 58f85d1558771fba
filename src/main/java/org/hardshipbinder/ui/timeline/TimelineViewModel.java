package org.hardshipbinder.ui.timeline;

import java.util.Comparator;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hardshipbinder.model.Case;
import org.hardshipbinder.ui.UiText;
import org.hardshipbinder.ui.task.TaskRunner;

/** The case on one chronology, oldest first; undated documents last. */
public final class TimelineViewModel {

    private final TimelineSource source;
    private final TaskRunner tasks;
    private final UiText text;
    private final ObservableList<TimelineEntry> entries = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");

    public TimelineViewModel(TimelineSource source, TaskRunner tasks, UiText text) {
        this.source = source;
        this.tasks = tasks;
        this.text = text;
    }

    public void load(Case c) {
        if (c == null) {
            entries.clear();
            return;
        }
        tasks.run(() -> source.entries(c.id()), found -> {
            entries.setAll(ordered(found));
            long undated = found.stream().filter(e -> e.date() == null).count();
            message.set(undated == 0 ? "" : text.get("ui.timeline.undated", undated));
        }, e -> message.set(text.error(e)));
    }

    static List<TimelineEntry> ordered(List<TimelineEntry> entries) {
        return entries.stream().sorted(Comparator.comparing(TimelineEntry::date, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(TimelineEntry::what)).toList();
    }

    public String dateLabel(TimelineEntry entry) {
        String date = text.date(entry.date());
        return entry.approximate() ? text.get("ui.timeline.about", date) : date;
    }

    public ObservableList<TimelineEntry> entries() {
        return entries;
    }

    public StringProperty messageProperty() {
        return message;
    }
}

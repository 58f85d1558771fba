package org.hardshipbinder.ui.binder;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hardshipbinder.model.Case;
import org.hardshipbinder.ui.UiText;
import org.hardshipbinder.ui.notify.Notice;
import org.hardshipbinder.ui.notify.Notifier;
import org.hardshipbinder.ui.task.Activity;
import org.hardshipbinder.ui.task.Phrase;
import org.hardshipbinder.ui.task.TaskRunner;

/** The binder: the plan (sections, exhibits, order, included or not), labels, size limit, index preview and export. */
public final class BinderViewModel {

    /** One line of the plan list: a section heading (exhibit null) or an exhibit of it. */
    public record Row(BinderState.Section section, BinderState.Exhibit exhibit) {
        public boolean isSection() {
            return exhibit == null;
        }
    }

    private final BinderSource source;
    private final TaskRunner tasks;
    private final Activity activity;
    private final Notifier notifier;
    private final UiText text;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<BinderState.Exhibit> index = FXCollections.observableArrayList();
    private final ObjectProperty<String> labelScheme = new SimpleObjectProperty<>("letters");
    private final ObjectProperty<Integer> maxMb = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final ObjectProperty<ExportResult> lastExport = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final ObjectProperty<Long> keptSelection = new SimpleObjectProperty<>();
    private Case current;

    public BinderViewModel(BinderSource source, TaskRunner tasks, Activity activity, Notifier notifier, UiText text) {
        this.source = source;
        this.tasks = tasks;
        this.activity = activity;
        this.notifier = notifier;
        this.text = text;
    }

    public void load(Case c) {
        current = c;
        if (c != null) {
            change(() -> null);
        }
    }

    private void change(Callable<String> edit) {
        Case c = current;
        tasks.run(() -> {
            String refusal = edit.call();
            return new Loaded(refusal, source.load(c.id()));
        }, loaded -> {
            show(loaded.state());
            message.set(loaded.refusal() == null ? "" : loaded.refusal());
        }, e -> message.set(text.error(e)));
    }

    private record Loaded(String refusal, BinderState state) {
    }

    private void show(BinderState state) {
        List<Row> flat = new ArrayList<>();
        for (BinderState.Section section : state.sections()) {
            flat.add(new Row(section, null));
            section.exhibits().forEach(e -> flat.add(new Row(section, e)));
        }
        rows.setAll(flat);
        index.setAll(state.index());
        labelScheme.set(state.labelScheme());
        maxMb.set(state.maxMb());
    }

    /** Drops {@code exhibit} where {@code target} is: before that exhibit, or first in that section. */
    public void moveTo(long exhibitId, Row target) {
        if (current == null || target == null) {
            return;
        }
        int toIndex = target.isSection() ? 0 : target.section().exhibits().indexOf(target.exhibit());
        long caseId = current.id();
        change(() -> source.move(caseId, exhibitId, target.section().code(), Math.max(0, toIndex)));
    }

    /** Moves an exhibit one place up or down inside its section (keyboard: Alt+Up, Alt+Down). */
    public void nudge(Row row, int delta) {
        if (current == null || row == null || row.isSection()) {
            return;
        }
        int at = row.section().exhibits().indexOf(row.exhibit());
        int to = Math.max(0, Math.min(row.section().exhibits().size() - 1, at + delta));
        long caseId = current.id();
        keptSelection.set(row.exhibit().id());
        change(() -> source.move(caseId, row.exhibit().id(), row.section().code(), to));
    }

    public void setIncluded(Row row, boolean included) {
        if (current == null || row == null || row.isSection()) {
            return;
        }
        long caseId = current.id();
        change(() -> source.setIncluded(caseId, row.exhibit().id(), included));
    }

    public void saveSettings(String scheme, Integer limitMb) {
        if (current == null) {
            return;
        }
        long caseId = current.id();
        change(() -> {
            source.saveSettings(caseId, scheme, limitMb);
            return null;
        });
    }

    /** Writes the binder (split into volumes under the size limit) with progress in the status bar. */
    public void export(Path out) {
        if (current == null || out == null || busy.get()) {
            return;
        }
        long caseId = current.id();
        Integer limit = maxMb.get();
        busy.set(true);
        activity.start(Phrase.of("ui.binder.exporting"));
        tasks.run(() -> source.export(caseId, out, limit), result -> {
            busy.set(false);
            lastExport.set(result);
            Phrase said = result.written()
                    ? Phrase.of("ui.binder.exported", result.files().size(), result.exhibits(), result.pages(), out.getParent())
                    : t -> t.format(result.problem());
            String summary = said.in(text);
            activity.finish(said);
            message.set(summary);
            List<String> details = new ArrayList<>();
            for (int i = 0; i < result.files().size(); i++) {
                details.add(text.get("ui.binder.fileLine", result.files().get(i).getFileName(),
                        String.format("%.1f", result.sizes().get(i) / 1048576.0)));
            }
            if (result.written() && result.indexFile() != null) {
                details.add(text.get("desktop.export.written", result.indexFile().getFileName(),
                        result.indexFile().toAbsolutePath().getParent()));
            }
            notifier.notify(new Notice(result.written() ? Notice.Kind.INFORMATION : Notice.Kind.WARNING, summary, details));
        }, e -> {
            busy.set(false);
            activity.finish(t -> t.error(e));
            message.set(text.error(e));
        });
    }

    /** Hands the case's open "must fix" findings (sentences) to {@code then}, on the UI thread. */
    public void mustFix(java.util.function.Consumer<List<String>> then) {
        if (current == null) {
            return;
        }
        long caseId = current.id();
        tasks.run(() -> source.mustFix(caseId), then, e -> then.accept(List.of()));
    }

    public String sectionTitle(BinderState.Section section) {
        return section.title();
    }

    public String indexLine(BinderState.Exhibit exhibit) {
        return text.get("ui.binder.indexLine", exhibit.label(), exhibit.title());
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObservableList<BinderState.Exhibit> index() {
        return index;
    }

    public ObjectProperty<String> labelSchemeProperty() {
        return labelScheme;
    }

    public ObjectProperty<Integer> maxMbProperty() {
        return maxMb;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public ObjectProperty<ExportResult> lastExportProperty() {
        return lastExport;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** The exhibit that stays selected when the plan is reloaded after it was moved from the keyboard. */
    public ObjectProperty<Long> keptSelectionProperty() {
        return keptSelection;
    }

    public Case currentCase() {
        return current;
    }
}

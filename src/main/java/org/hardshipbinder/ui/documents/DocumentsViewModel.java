package org.hardshipbinder.ui.documents;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.hardshipbinder.intake.ImportOutcome;
import org.hardshipbinder.model.Case;
import org.hardshipbinder.model.DocumentStatus;
import org.hardshipbinder.model.Person;
import org.hardshipbinder.model.Tag;
import org.hardshipbinder.ui.UiText;
import org.hardshipbinder.ui.notify.Notice;
import org.hardshipbinder.ui.notify.Notifier;
import org.hardshipbinder.ui.task.Activity;
import org.hardshipbinder.ui.task.Phrase;
import org.hardshipbinder.ui.task.TaskControl;
import org.hardshipbinder.ui.task.TaskRunner;

/**
 * The documents of the open case: filters, import (files or folders) with progress, pause and cancel, then text
 * recognition of the new pages, and a notice at the end naming every refused file and why.
 */
public final class DocumentsViewModel {

    private final DocumentLibrary library;
    private final TextRecognition recognition;
    private final TaskRunner tasks;
    private final Activity activity;
    private final Notifier notifier;
    private final UiText text;
    private final ObjectProperty<Case> currentCase = new SimpleObjectProperty<>();
    private final ObservableList<DocumentRow> rows = FXCollections.observableArrayList();
    private final FilteredList<DocumentRow> visible = new FilteredList<>(rows);
    private final ObservableList<Person> people = FXCollections.observableArrayList();
    private final ObjectProperty<String> factorFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<String> typeFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<String> languageFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<DocumentStatus> statusFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<Person> personFilter = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private boolean recognizeWaiting;

    /** {@code recognition} may be null where text recognition is not available; imported pages then wait. */
    public DocumentsViewModel(DocumentLibrary library, TextRecognition recognition, TaskRunner tasks, Activity activity,
                              Notifier notifier, UiText text) {
        this.library = library;
        this.recognition = recognition;
        this.tasks = tasks;
        this.activity = activity;
        this.notifier = notifier;
        this.text = text;
        visible.predicateProperty().bind(Bindings.createObjectBinding(this::filter,
                factorFilter, typeFilter, languageFilter, statusFilter, personFilter));
    }

    public ObjectProperty<Case> currentCaseProperty() {
        return currentCase;
    }

    /** The documents that pass the filters. */
    public ObservableList<DocumentRow> items() {
        return visible;
    }

    public ObservableList<DocumentRow> allRows() {
        return rows;
    }

    public ObservableList<Person> people() {
        return people;
    }

    public ObjectProperty<String> factorFilterProperty() {
        return factorFilter;
    }

    public ObjectProperty<String> typeFilterProperty() {
        return typeFilter;
    }

    public ObjectProperty<String> languageFilterProperty() {
        return languageFilter;
    }

    public ObjectProperty<DocumentStatus> statusFilterProperty() {
        return statusFilter;
    }

    public ObjectProperty<Person> personFilterProperty() {
        return personFilter;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public boolean canRecognize() {
        return recognition != null;
    }

    public void clearFilters() {
        factorFilter.set(null);
        typeFilter.set(null);
        languageFilter.set(null);
        statusFilter.set(null);
        personFilter.set(null);
    }

    private Predicate<DocumentRow> filter() {
        String factor = factorFilter.get();
        String type = typeFilter.get();
        String language = languageFilter.get();
        DocumentStatus status = statusFilter.get();
        Person person = personFilter.get();
        return row -> (factor == null || row.tags().stream().anyMatch(t -> t.factor().equals(factor)))
                && (type == null || type.equals(row.document().metadata().evidenceType()))
                && (language == null || language.equals(row.document().metadata().language()))
                && (status == null || row.document().status() == status)
                && (person == null || row.tags().stream().anyMatch(t -> Objects.equals(t.personId(), person.id())));
    }

    public List<String> factorChoices() {
        return rows.stream().flatMap(r -> r.tags().stream()).map(Tag::factor).distinct().sorted().toList();
    }

    public List<String> typeChoices() {
        return rows.stream().map(r -> r.document().metadata().evidenceType()).filter(Objects::nonNull).distinct().sorted().toList();
    }

    public List<String> languageChoices() {
        return rows.stream().map(r -> r.document().metadata().language()).filter(Objects::nonNull).distinct().sorted().toList();
    }

    public String statusLabel(DocumentStatus status) {
        return text.get("status." + status.name());
    }

    /** Short badges for a row: recognition state, missing translation, findings. */
    public List<String> badges(DocumentRow row) {
        List<String> badges = new ArrayList<>();
        badges.add(statusLabel(row.document().status()));
        if (row.needsTranslation()) {
            badges.add(text.get("ui.documents.badge.needsTranslation"));
        }
        if (row.findings() > 0) {
            badges.add(text.get("ui.documents.badge.findings", row.findings()));
        }
        return badges;
    }

    public void refresh() {
        Case c = currentCase.get();
        if (c == null) {
            rows.clear();
            return;
        }
        tasks.run(() -> new Loaded(library.rows(c.id()), library.people(c.id())), loaded -> {
            update(loaded.rows());
            people.setAll(loaded.people());
            if (recognizeWaiting) {
                recognizeWaiting = false;
                if (loaded.rows().stream().anyMatch(r -> r.document().status() == DocumentStatus.OCR_QUEUED)) {
                    recognize();
                }
            }
        }, this::failed);
    }

    /** Replaces only what changed, so the thumbnail grid keeps its cells (rebuilding them all is costly). */
    private void update(List<DocumentRow> fresh) {
        boolean sameDocuments = fresh.size() == rows.size();
        for (int i = 0; sameDocuments && i < fresh.size(); i++) {
            sameDocuments = fresh.get(i).id() == rows.get(i).id();
        }
        if (!sameDocuments) {
            rows.setAll(fresh);
            return;
        }
        for (int i = 0; i < fresh.size(); i++) {
            if (!fresh.get(i).equals(rows.get(i))) {
                rows.set(i, fresh.get(i));
            }
        }
    }

    /** Opens a case: its documents load, and pages left waiting (an earlier run stopped, the sample) are read. */
    public void openCase(Case c) {
        clearFilters();
        recognizeWaiting = recognition != null;
        currentCase.set(c);
        refresh();
    }

    private record Loaded(List<DocumentRow> rows, List<Person> people) {
    }

    public void importFiles(List<Path> files) {
        Case c = currentCase.get();
        if (c == null || files.isEmpty() || busy.get()) {
            return;
        }
        busy.set(true);
        TaskControl control = activity.start(Phrase.of("ui.documents.importStarting"));
        tasks.run(progress -> library.importAll(c.id(), files, (outcome, index, total) -> {
            progress.report(index, total, null);
            if (outcome instanceof ImportOutcome.Imported imported) {
                library.newRow(imported.documentId()).ifPresent(row -> progress.deliver(() -> appendRow(c, row)));
            }
            control.checkpoint();
        }), new TaskRunner.Callbacks<List<ImportOutcome>>() {
            @Override
            public void progress(long done, long total, String message) {
                activity.progress(done, total, Phrase.of("ui.documents.importing", done, total));
            }

            @Override
            public void succeeded(List<ImportOutcome> outcomes) {
                finishImport(outcomes);
            }

            @Override
            public void failed(Throwable error) {
                busy.set(false);
                DocumentsViewModel.this.failed(error);
                refresh();
            }
        });
    }

    /**
     * A document appears as soon as it is imported: the grid grows a few cells at a time instead of building every
     * cell in one frame at the end of the batch.
     */
    private void appendRow(Case c, DocumentRow row) {
        if (c.equals(currentCase.get()) && rows.stream().noneMatch(r -> r.id() == row.id())) {
            rows.add(row);
        }
    }

    private void finishImport(List<ImportOutcome> outcomes) {
        List<String> refused = new ArrayList<>();
        for (ImportOutcome outcome : outcomes) {
            if (outcome instanceof ImportOutcome.Rejected r) {
                refused.add(text.get("ui.documents.rejected", r.file().getFileName(), text.format(r.reason())));
            }
        }
        Phrase said = Phrase.of("ui.documents.imported", outcomes.size() - refused.size(), refused.size());
        String summary = said.in(text);
        activity.finish(said);
        notifier.notify(new Notice(refused.isEmpty() ? Notice.Kind.INFORMATION : Notice.Kind.WARNING,
                summary, refused));
        busy.set(false);
        refresh();
        if (outcomes.size() > refused.size()) {
            recognize();
        }
    }

    /** Reads the text of every page still waiting, with progress; documents refresh at the end. */
    public void recognize() {
        Case c = currentCase.get();
        if (c == null || recognition == null || busy.get()) {
            return;
        }
        busy.set(true);
        TaskControl control = activity.start(Phrase.of("ui.ocr.starting"));
        tasks.run(progress -> recognition.recognizePending(c.id(),
                (done, total) -> progress.report(done, total, null), control), new TaskRunner.Callbacks<TextRecognition.Summary>() {
            @Override
            public void progress(long done, long total, String message) {
                activity.progress(done, total, Phrase.of("ui.ocr.progress", done, total));
            }

            @Override
            public void succeeded(TextRecognition.Summary summary) {
                busy.set(false);
                Phrase said = summary.unavailable() != null ? t -> t.format(summary.unavailable())
                        : control.isCancelled() ? Phrase.of("ui.task.cancelled")
                        : Phrase.of("ui.ocr.finished", summary.pagesDone(), summary.pagesFailed());
                String message = said.in(text);
                activity.finish(said);
                notifier.notify(new Notice(summary.pagesFailed() == 0 ? Notice.Kind.INFORMATION : Notice.Kind.WARNING,
                        message, List.of()));
                refresh();
            }

            @Override
            public void failed(Throwable error) {
                busy.set(false);
                DocumentsViewModel.this.failed(error);
                refresh();
            }
        });
    }

    private void failed(Throwable error) {
        if (error instanceof CancellationException) {
            activity.finish(Phrase.of("ui.task.cancelled"));
            return;
        }
        String message = text.error(error);
        activity.finish(t -> t.error(error));
        notifier.notify(new Notice(Notice.Kind.ERROR, text.get("ui.error.title"), List.of(message)));
    }
}

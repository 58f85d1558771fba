package org.hardshipbinder.ui.documents;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hardshipbinder.intake.ImportOptions;
import org.hardshipbinder.intake.ImportOutcome;
import org.hardshipbinder.intake.ImportService;
import org.hardshipbinder.model.Case;
import org.hardshipbinder.model.Document;
import org.hardshipbinder.ui.UiText;
import org.hardshipbinder.ui.task.TaskRunner;
import org.hardshipbinder.vault.DocumentRepository;

/** The documents of the open case and importing more of them. */
public final class DocumentsViewModel {

    private final DocumentRepository documents;
    private final ImportService importService;
    private final TaskRunner tasks;
    private final UiText text;
    private final ObjectProperty<Case> currentCase = new SimpleObjectProperty<>();
    private final ObservableList<Document> items = FXCollections.observableArrayList();
    private final ObservableList<String> rejections = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    public DocumentsViewModel(DocumentRepository documents, ImportService importService, TaskRunner tasks, UiText text) {
        this.documents = documents;
        this.importService = importService;
        this.tasks = tasks;
        this.text = text;
        currentCase.addListener((obs, old, now) -> refresh());
    }

    public ObjectProperty<Case> currentCaseProperty() {
        return currentCase;
    }

    public ObservableList<Document> items() {
        return items;
    }

    /** One line per file refused in the last batch: "file: reason". */
    public ObservableList<String> rejections() {
        return rejections;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public String title() {
        Case c = currentCase.get();
        return c == null ? "" : text.get("ui.documents.title", c.displayTitle());
    }

    public String statusLabel(Document d) {
        return text.get("status." + d.status().name());
    }

    public void refresh() {
        Case c = currentCase.get();
        if (c == null) {
            items.clear();
            return;
        }
        tasks.run(() -> documents.listForCase(c.id()), items::setAll, e -> status.set(text.error(e)));
    }

    public void importFiles(List<Path> files) {
        Case c = currentCase.get();
        if (c == null || files.isEmpty()) {
            return;
        }
        busy.set(true);
        rejections.clear();
        tasks.run(progressSink -> importService.importAll(c.id(), files, ImportOptions.defaults(),
                (outcome, index, total) -> progressSink.report(index, total, text.get("ui.documents.importing", index, total))),
                new TaskRunner.Callbacks<List<ImportOutcome>>() {
                    @Override
                    public void progress(long done, long total, String message) {
                        progress.set(total == 0 ? 0 : (double) done / total);
                        status.set(message);
                    }

                    @Override
                    public void succeeded(List<ImportOutcome> outcomes) {
                        finishBatch(outcomes);
                    }

                    @Override
                    public void failed(Throwable error) {
                        busy.set(false);
                        status.set(text.error(error));
                    }
                });
    }

    private void finishBatch(List<ImportOutcome> outcomes) {
        List<String> refused = new ArrayList<>();
        for (ImportOutcome outcome : outcomes) {
            if (outcome instanceof ImportOutcome.Rejected r) {
                refused.add(text.get("ui.documents.rejected", r.file().getFileName(), text.format(r.reason())));
            }
        }
        rejections.setAll(refused);
        status.set(text.get("ui.documents.imported", outcomes.size() - refused.size(), refused.size()));
        progress.set(1);
        busy.set(false);
        refresh();
    }
}

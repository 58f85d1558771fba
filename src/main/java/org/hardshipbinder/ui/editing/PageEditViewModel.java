package org.hardshipbinder.ui.editing;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.hardshipbinder.editing.EditOutcome;
import org.hardshipbinder.model.Document;
import org.hardshipbinder.ui.UiText;
import org.hardshipbinder.ui.task.TaskRunner;

/**
 * The page edits of the document screen (merge with another document, split here, move, turn, remove the page,
 * delete the document) and Edit ▸ Undo. Every edit runs off the UI thread; its sentence (done or refused) becomes
 * the message, and after a change the screen is told which document to show (null: the document is gone).
 */
public final class PageEditViewModel {

    /** The page the user is looking at. */
    public record Target(long caseId, long documentId, long pageId, int pageNumber, int pageCount) {
    }

    private final PageEditing service;
    private final TaskRunner tasks;
    private final UiText text;
    private final ObjectProperty<Target> target = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty undoLabel = new SimpleStringProperty("");
    private final BooleanProperty canUndo = new SimpleBooleanProperty(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private Consumer<Long> afterEdit = id -> { };

    public PageEditViewModel(PageEditing service, TaskRunner tasks, UiText text) {
        this.service = service;
        this.tasks = tasks;
        this.text = text;
        undoLabel.set(text.get("grouping.undo.nothing"));
    }

    /** Called after every edit that changed something, with the document to show next (null when there is none). */
    public void setAfterEdit(Consumer<Long> afterEdit) {
        this.afterEdit = afterEdit;
    }

    public void setTarget(Target t) {
        target.set(t);
    }

    /** The case's other documents, for "Merge with…" and "Move page to…". */
    public void otherDocuments(Consumer<List<Document>> receive) {
        Target t = target.get();
        if (t == null) {
            return;
        }
        tasks.run(() -> service.documentsOf(t.caseId()).stream().filter(d -> d.id() != t.documentId()).toList(),
                receive, this::failed);
    }

    /** The pages of {@code other} follow this document's pages. */
    public void mergeWith(long other) {
        withTarget(t -> edit(() -> service.merge(List.of(t.documentId(), other))));
    }

    /** A new document starts at the page shown. */
    public void splitHere() {
        withTarget(t -> edit(() -> service.split(t.documentId(), t.pageNumber())));
    }

    public void moveTo(long targetDocument) {
        withTarget(t -> edit(() -> service.movePage(t.pageId(), targetDocument)));
    }

    public void turnLeft() {
        withTarget(t -> edit(() -> service.turn(t.pageId(), 270)));
    }

    public void turnRight() {
        withTarget(t -> edit(() -> service.turn(t.pageId(), 90)));
    }

    public void removePage() {
        withTarget(t -> edit(() -> service.removePage(t.pageId())));
    }

    /** What deleting the document shown would affect, as sentences, for the question asked first. */
    public void deletionImpacts(Consumer<List<String>> receive) {
        withTarget(t -> tasks.run(() -> service.deletionImpacts(t.documentId()).stream().map(text::format).toList(),
                receive, this::failed));
    }

    public void deleteDocument() {
        withTarget(t -> edit(() -> service.deleteDocument(t.documentId())));
    }

    public void undo() {
        edit(service::undo);
    }

    /** Reads again what Edit ▸ Undo would take back (after edits made elsewhere, e.g. accepted suggestions). */
    public void refreshUndo() {
        tasks.run(service::nextUndo, next -> {
            canUndo.set(next.isPresent());
            undoLabel.set(next.map(m -> text.get("grouping.undo.what", text.format(m)))
                    .orElse(text.get("grouping.undo.nothing")));
        }, this::failed);
    }

    private void withTarget(Consumer<Target> action) {
        Target t = target.get();
        if (t == null) {
            message.set(text.get("grouping.edit.noDocument"));
            return;
        }
        action.accept(t);
    }

    private void edit(Callable<EditOutcome> work) {
        busy.set(true);
        tasks.run(work, outcome -> {
            busy.set(false);
            if (outcome instanceof EditOutcome.Done done) {
                message.set(text.format(done.summary()));
                afterEdit.accept(done.documents().isEmpty() ? null : done.documents().get(0));
            } else if (outcome instanceof EditOutcome.Refused refused) {
                message.set(text.format(refused.reason()));
            }
            refreshUndo();
        }, this::failed);
    }

    private void failed(Throwable error) {
        busy.set(false);
        message.set(text.error(error));
    }

    public ObjectProperty<Target> targetProperty() {
        return target;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty undoLabelProperty() {
        return undoLabel;
    }

    public BooleanProperty canUndoProperty() {
        return canUndo;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}

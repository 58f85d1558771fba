package org.hardshipbinder.ui.cases;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hardshipbinder.model.Case;
import org.hardshipbinder.model.CaseKind;
import org.hardshipbinder.ui.UiText;
import org.hardshipbinder.ui.task.TaskRunner;
import org.hardshipbinder.vault.CaseRepository;

/** The list of cases and creating a new one. */
public final class CasesViewModel {

    private final CaseRepository cases;
    private final TaskRunner tasks;
    private final UiText text;
    private final ObservableList<Case> items = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    public CasesViewModel(CaseRepository cases, TaskRunner tasks, UiText text) {
        this.cases = cases;
        this.tasks = tasks;
        this.text = text;
    }

    public ObservableList<Case> items() {
        return items;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public void refresh() {
        tasks.run(cases::list, items::setAll, this::showError);
    }

    /** Why the form cannot be submitted yet, if it cannot. */
    public Optional<String> validate(CaseKind kind, String applicant) {
        if (kind == null || applicant == null || applicant.isBlank()) {
            return Optional.of(text.get("ui.cases.create.applicantRequired"));
        }
        return Optional.empty();
    }

    public void create(CaseKind kind, String applicant, String title, Consumer<Case> onCreated) {
        String cleanTitle = title == null || title.isBlank() ? null : title.strip();
        tasks.run(() -> cases.create(kind, applicant.strip(), cleanTitle), created -> {
            items.add(created);
            onCreated.accept(created);
        }, this::showError);
    }

    private void showError(Throwable e) {
        error.set(text.error(e));
    }

    public List<CaseKind> kinds() {
        return List.of(CaseKind.values());
    }

    public String kindLabel(CaseKind kind) {
        return text.get("kind." + kind.code());
    }
}

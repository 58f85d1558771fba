package org.hardshipbinder.ui.cases;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hardshipbinder.model.Case;
import org.hardshipbinder.model.CaseKind;
import org.hardshipbinder.ui.UiText;
import org.hardshipbinder.ui.prefs.AppPreferences;
import org.hardshipbinder.ui.task.TaskRunner;

/** The start screen: recent cases first, creating a case, opening the sample case. */
public final class CasesViewModel {

    private final CaseDirectory cases;
    private final AppPreferences preferences;
    private final TaskRunner tasks;
    private final UiText text;
    private final ObservableList<Case> items = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    private final QualifyingRelativeRules qrRules;

    public CasesViewModel(CaseDirectory cases, QualifyingRelativeRules qrRules, AppPreferences preferences,
                          TaskRunner tasks, UiText text) {
        this.cases = cases;
        this.qrRules = qrRules;
        this.preferences = preferences;
        this.tasks = tasks;
        this.text = text;
    }

    /** Every case, the recently opened ones first (most recent at the top), then the rest newest first. */
    public ObservableList<Case> items() {
        return items;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public void refresh() {
        tasks.run(cases::list, list -> items.setAll(recentFirst(list, preferences.recentCases())), this::showError);
    }

    public static List<Case> recentFirst(List<Case> all, List<Long> recent) {
        List<Case> ordered = new ArrayList<>(all);
        ordered.sort(Comparator.comparingInt((Case c) -> {
            int index = recent.indexOf(c.id());
            return index < 0 ? Integer.MAX_VALUE : index;
        }).thenComparing(Comparator.comparingLong(Case::id).reversed()));
        return ordered;
    }

    public boolean isRecent(Case c) {
        return preferences.recentCases().contains(c.id());
    }

    /** Why the form cannot be submitted yet, if it cannot. */
    public Optional<String> validate(CaseKind kind, String applicant) {
        if (kind == null || applicant == null || applicant.isBlank()) {
            return Optional.of(text.get("ui.cases.create.applicantRequired"));
        }
        return Optional.empty();
    }

    public void create(NewCase form, Consumer<Case> onCreated) {
        String cleanTitle = form.title() == null || form.title().isBlank() ? null : form.title().strip();
        NewCase clean = new NewCase(form.kind(), form.applicant().strip(), cleanTitle, form.people());
        busy.set(true);
        tasks.run(() -> cases.create(clean), created -> {
            busy.set(false);
            error.set("");
            items.add(0, created);
            onCreated.accept(created);
        }, this::showError);
    }

    public void openSample(Consumer<Case> onReady) {
        busy.set(true);
        error.set(text.get("ui.start.sampleBuilding"));
        tasks.run(cases::openSample, sample -> {
            busy.set(false);
            error.set("");
            refresh();
            onReady.accept(sample);
        }, this::showError);
    }

    /** Remembers the case as recently opened (shown first next time). */
    public void opened(Case c) {
        preferences.caseOpened(c.id());
    }

    private void showError(Throwable e) {
        busy.set(false);
        error.set(text.error(e));
    }

    public QualifyingRelativeRules qrRules() {
        return qrRules;
    }

    public List<CaseKind> kinds() {
        return List.of(CaseKind.values());
    }

    public String kindLabel(CaseKind kind) {
        return text.get("kind." + kind.code());
    }
}

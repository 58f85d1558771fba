package org.hardshipbinder.ui.checks;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.hardshipbinder.model.Case;
import org.hardshipbinder.model.Document;
import org.hardshipbinder.ui.UiText;
import org.hardshipbinder.ui.shell.Navigator;
import org.hardshipbinder.ui.shell.Screen;
import org.hardshipbinder.ui.task.TaskRunner;

/** The findings of the checks, most serious first, with filters, "go to" and the fixes. */
public final class ChecksViewModel {

    private final ChecksSource source;
    private final TaskRunner tasks;
    private final UiText text;
    private final Navigator navigator;
    private final ObservableList<FindingRow> all = FXCollections.observableArrayList();
    private final FilteredList<FindingRow> visible = new FilteredList<>(all);
    private final ObservableList<Document> documents = FXCollections.observableArrayList();
    private final ObjectProperty<String> severityFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<String> codeFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<Long> documentFilter = new SimpleObjectProperty<>();
    private final StringProperty summary = new SimpleStringProperty("");
    private Case current;

    public ChecksViewModel(ChecksSource source, TaskRunner tasks, UiText text, Navigator navigator) {
        this.source = source;
        this.tasks = tasks;
        this.text = text;
        this.navigator = navigator;
        visible.predicateProperty().bind(Bindings.createObjectBinding(this::filter, severityFilter, codeFilter, documentFilter));
    }

    private Predicate<FindingRow> filter() {
        String severity = severityFilter.get();
        String code = codeFilter.get();
        Long document = documentFilter.get();
        return row -> (severity == null || severity.equals(row.severity()))
                && (code == null || code.equals(row.code()))
                && (document == null || row.documents().contains(document));
    }

    public void load(Case c) {
        current = c;
        if (c == null) {
            return;
        }
        summary.set(text.get("ui.checks.running"));
        tasks.run(() -> new Loaded(source.run(c.id()), source.documents(c.id())), loaded -> {
            all.setAll(loaded.rows().stream().sorted(Comparator.comparingInt(FindingRow::severityRank)
                    .thenComparing(FindingRow::code)).toList());
            documents.setAll(loaded.documents());
            Map<String, Long> counts = counts();
            summary.set(text.get("ui.checks.summary", counts.getOrDefault("error", 0L), counts.getOrDefault("warning", 0L),
                    counts.getOrDefault("info", 0L)));
        }, e -> summary.set(text.error(e)));
    }

    private record Loaded(List<FindingRow> rows, List<Document> documents) {
    }

    public Map<String, Long> counts() {
        Map<String, Long> counts = new TreeMap<>();
        all.forEach(r -> counts.merge(r.severity(), 1L, Long::sum));
        return counts;
    }

    /** Opens the document at the finding's page with the words that explain it marked. */
    public void goTo(FindingRow row) {
        if (row != null && row.documentId() != null) {
            navigator.openDocument(row.documentId(), Math.max(1, row.page()), row.spanText());
        }
    }

    public void dismiss(FindingRow row, String reason) {
        if (row == null || reason == null || reason.isBlank() || current == null) {
            return;
        }
        Case c = current;
        tasks.run(() -> {
            source.dismiss(c.id(), row, reason.strip());
            return null;
        }, done -> load(c), e -> summary.set(text.error(e)));
    }

    /** Links {@code translation} as the English translation of the finding's document. */
    public void linkTranslation(FindingRow row, Document translation) {
        if (row == null || row.documentId() == null || translation == null || current == null) {
            return;
        }
        Case c = current;
        tasks.run(() -> {
            source.linkTranslation(translation.id(), row.documentId());
            return null;
        }, done -> load(c), e -> summary.set(text.error(e)));
    }

    /** Links the pair the checks found: the second document of the finding is the translation of the first. */
    public void linkPair(FindingRow row) {
        if (row == null || row.documents().size() < 2 || current == null) {
            return;
        }
        Case c = current;
        long original = row.documents().get(0);
        long translation = row.documents().get(1);
        tasks.run(() -> {
            source.linkTranslation(translation, original);
            return null;
        }, done -> load(c), e -> summary.set(text.error(e)));
    }

    /**
     * The documents that could be the English translation of the finding's document: English ones that translate
     * nothing yet first, then the others; never the document itself.
     */
    public List<Document> translationCandidates(FindingRow row) {
        Long original = row == null ? null : row.documentId();
        return documents.stream().filter(d -> !Objects.equals(d.id(), original))
                .sorted(Comparator.comparingInt(ChecksViewModel::candidateRank).thenComparing(Document::displayTitle))
                .toList();
    }

    private static int candidateRank(Document d) {
        boolean english = "en".equals(d.metadata().language());
        boolean free = d.metadata().translationOf() == null;
        return english && free ? 0 : english ? 1 : free ? 2 : 3;
    }

    /** The screen where a finding of this kind is fixed (suggestions, binder). */
    public void show(Screen screen) {
        navigator.show(screen);
    }

    /** The kind of a finding in words; a kind without a name of its own reads "Other". */
    public String kindLabel(String code) {
        String key = "desktop.findingKind." + code;
        return text.messages().has(key) ? text.get(key) : text.get("desktop.findingKind.other");
    }

    public void setDate(FindingRow row, LocalDate date) {
        if (row == null || row.documentId() == null || date == null || current == null) {
            return;
        }
        Case c = current;
        tasks.run(() -> {
            source.setDate(row.documentId(), date);
            return null;
        }, done -> load(c), e -> summary.set(text.error(e)));
    }

    public List<String> codes() {
        return all.stream().map(FindingRow::code).distinct().sorted().toList();
    }

    public String severityLabel(String severity) {
        return text.get("ui.checks.severity." + severity);
    }

    public String documentTitle(Long id) {
        return documents.stream().filter(d -> Objects.equals(d.id(), id)).map(Document::displayTitle).findFirst().orElse("");
    }

    public ObservableList<FindingRow> items() {
        return visible;
    }

    public ObservableList<FindingRow> allFindings() {
        return all;
    }

    public ObservableList<Document> documents() {
        return documents;
    }

    public ObjectProperty<String> severityFilterProperty() {
        return severityFilter;
    }

    public ObjectProperty<String> codeFilterProperty() {
        return codeFilter;
    }

    public ObjectProperty<Long> documentFilterProperty() {
        return documentFilter;
    }

    public StringProperty summaryProperty() {
        return summary;
    }
}

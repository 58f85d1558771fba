package org.hardshipbinder.ui.document;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import org.hardshipbinder.factors.Suggestion;
import org.hardshipbinder.factors.SuggestionKind;
import org.hardshipbinder.model.Document;
import org.hardshipbinder.model.Page;
import org.hardshipbinder.model.PageText;
import org.hardshipbinder.model.Person;
import org.hardshipbinder.model.Scenario;
import org.hardshipbinder.model.Tag;
import org.hardshipbinder.model.Word;
import org.hardshipbinder.ui.UiText;
import org.hardshipbinder.ui.task.TaskRunner;

/**
 * One document: the page shown (zoom, fit, rotate the view, next and previous), its recognized text with the search
 * hits, the metadata form, factor tags and suggestions, and the facts found on it.
 */
public final class DocumentViewModel {

    /** The width pages are drawn at; zoom scales the drawn image. */
    public static final int RENDER_WIDTH = 1400;
    /** Zoom 1 shows a page this wide. */
    public static final double BASE_WIDTH = 700;

    private final DocumentService service;
    private final TaskRunner tasks;
    private final UiText text;
    private final ObservableList<String> factorCodes = FXCollections.observableArrayList();
    private final ObjectProperty<DocumentData> data = new SimpleObjectProperty<>();
    private final IntegerProperty pageIndex = new SimpleIntegerProperty(0);
    private final ObjectProperty<Image> pageImage = new SimpleObjectProperty<>();
    private final DoubleProperty zoom = new SimpleDoubleProperty(1);
    private final IntegerProperty viewRotation = new SimpleIntegerProperty(0);
    private final StringProperty highlight = new SimpleStringProperty("");
    private final StringProperty pageText = new SimpleStringProperty("");
    private final StringProperty pageLabel = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final BooleanProperty cleanedAvailable = new SimpleBooleanProperty(false);
    private final BooleanProperty cleanedInUse = new SimpleBooleanProperty(false);
    private final ObservableList<Word> hits = FXCollections.observableArrayList();
    private final ObservableList<Tag> tags = FXCollections.observableArrayList();
    private final ObservableList<Suggestion> suggestions = FXCollections.observableArrayList();
    private final ObservableList<String> facts = FXCollections.observableArrayList();
    private long renderToken;

    public DocumentViewModel(DocumentService service, TaskRunner tasks, UiText text) {
        this.service = service;
        this.tasks = tasks;
        this.text = text;
        pageIndex.addListener((o, old, now) -> showPage());
        highlight.addListener((o, old, now) -> updateHits());
    }

    public void open(long documentId, int pageNumber, String query) {
        loading.set(true);
        message.set("");
        highlight.set(query == null ? "" : query);
        tasks.run(() -> service.load(documentId), loaded -> {
            loading.set(false);
            data.set(loaded);
            tags.setAll(loaded.tags());
            suggestions.setAll(loaded.suggestions());
            facts.setAll(loaded.facts());
            factorCodes.setAll(loaded.factorCodes());
            viewRotation.set(0);
            int index = Math.max(0, Math.min(loaded.pages().size() - 1, pageNumber - 1));
            if (pageIndex.get() == index) {
                showPage();
            } else {
                pageIndex.set(index);
            }
        }, this::failed);
    }

    private void showPage() {
        DocumentData d = data.get();
        if (d == null || d.pages().isEmpty()) {
            return;
        }
        Page page = d.pages().get(pageIndex.get());
        PageText pt = d.texts().get(page.id());
        pageText.set(pt == null ? text.get("ui.document.noText") : pt.text());
        pageLabel.set(text.get("ui.document.pageOf", pageIndex.get() + 1, d.pages().size()));
        updateHits();
        long token = ++renderToken;
        Document document = d.document();
        tasks.run(() -> new Rendered(SwingFXUtils.toFXImage(service.render(document, page, RENDER_WIDTH), null),
                service.cleanedImageInUse(page)), rendered -> {
            if (token == renderToken) {
                pageImage.set(rendered.image());
                cleanedAvailable.set(rendered.cleaned().isPresent());
                cleanedInUse.set(rendered.cleaned().orElse(false));
            }
        }, this::failed);
    }

    private record Rendered(Image image, Optional<Boolean> cleaned) {
    }

    /**
     * For a photographed page: shows and binds its cleaned image (true) or the photo as taken (false); the page's
     * text is read again from the image chosen.
     */
    public void useCleanedImage(boolean cleaned) {
        DocumentData d = data.get();
        if (d == null || d.pages().isEmpty() || !cleanedAvailable.get() || cleanedInUse.get() == cleaned) {
            return;
        }
        Page page = d.pages().get(pageIndex.get());
        tasks.run(() -> {
            service.useCleanedImage(page, cleaned);
            return cleaned;
        }, done -> {
            message.set(text.get(done ? "imaging.cleaned.used" : "imaging.original.used"));
            showPage();
        }, this::failed);
    }

    public BooleanProperty cleanedAvailableProperty() {
        return cleanedAvailable;
    }

    public BooleanProperty cleanedInUseProperty() {
        return cleanedInUse;
    }

    private void updateHits() {
        hits.setAll(currentText().map(pt -> HitFinder.hits(pt.words(), highlight.get())).orElse(List.of()));
    }

    private Optional<PageText> currentText() {
        DocumentData d = data.get();
        if (d == null || d.pages().isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(d.texts().get(d.pages().get(pageIndex.get()).id()));
    }

    public void nextPage() {
        if (data.get() != null && pageIndex.get() < data.get().pages().size() - 1) {
            pageIndex.set(pageIndex.get() + 1);
        }
    }

    public void previousPage() {
        if (pageIndex.get() > 0) {
            pageIndex.set(pageIndex.get() - 1);
        }
    }

    public void zoomIn() {
        zoom.set(Math.min(4, zoom.get() * 1.25));
    }

    public void zoomOut() {
        zoom.set(Math.max(0.25, zoom.get() / 1.25));
    }

    /** Zooms so the page fills the width available. */
    public void fitWidth(double availableWidth) {
        boolean sideways = viewRotation.get() % 180 != 0;
        Image image = pageImage.get();
        double ratio = image == null || !sideways ? 1 : image.getWidth() / image.getHeight();
        zoom.set(Math.max(0.25, Math.min(4, availableWidth / BASE_WIDTH / ratio)));
    }

    public void rotateView() {
        viewRotation.set((viewRotation.get() + 90) % 360);
    }

    public void saveMetadata(Document.DocumentMetadata metadata) {
        DocumentData d = data.get();
        if (d == null) {
            return;
        }
        tasks.run(() -> {
            service.saveMetadata(d.document().id(), metadata);
            return service.load(d.document().id());
        }, loaded -> {
            data.set(loaded);
            message.set(text.get("ui.document.saved"));
        }, this::failed);
    }

    public void addTag(String factor, Person person, Scenario scenario) {
        addTag(factor, person == null ? null : person.id(), scenario);
    }

    /** Applies the suggestion and reloads the document, so the new tag, type or date shows at once. */
    public void accept(Suggestion suggestion) {
        DocumentData d = data.get();
        suggestions.remove(suggestion);
        tasks.run(() -> {
            service.acceptSuggestion(suggestion);
            return service.load(d.document().id());
        }, this::reloaded, this::failed);
    }

    public void reject(Suggestion suggestion) {
        suggestions.remove(suggestion);
        tasks.run(() -> {
            service.rejectSuggestion(suggestion);
            return null;
        }, done -> { }, this::failed);
    }

    private void reloaded(DocumentData loaded) {
        data.set(loaded);
        tags.setAll(loaded.tags());
        suggestions.setAll(loaded.suggestions());
        facts.setAll(loaded.facts());
    }

    private void addTag(String factor, Long personId, Scenario scenario) {
        DocumentData d = data.get();
        if (d == null || factor == null) {
            return;
        }
        Scenario chosen = scenario == null ? Scenario.BOTH : scenario;
        tasks.run(() -> service.addTag(d.document().id(), factor, personId, chosen), outcome -> {
            if (outcome.tag() != null) {
                tags.add(outcome.tag());
                message.set("");
            } else {
                message.set(text.format(outcome.refusal()));
            }
        }, this::failed);
    }

    public void removeTag(Tag tag) {
        tasks.run(() -> {
            service.removeTag(tag.id());
            return tag;
        }, tags::remove, this::failed);
    }

    public String tagLabel(Tag tag) {
        String person = data.get() == null || tag.personId() == null ? text.get("ui.document.wholeCase")
                : data.get().people().stream().filter(p -> p.id() == tag.personId()).map(Person::name).findFirst().orElse("?");
        String origin = tag.origin() == org.hardshipbinder.model.TagOrigin.SUGGESTION ? " ✓" : "";
        return text.factor(tag.factor()) + " — " + person + " — " + text.get("ui.scenario." + tag.scenario().code()) + origin;
    }

    /** What the suggestion proposes, in words: "Medical — Laura — Separation", "Kind of document: Tax return" … */
    public String suggestionLabel(Suggestion s) {
        return switch (s.kind()) {
            case FACTOR -> text.factor(s.value()) + " — " + personName(s.personId()) + " — "
                    + text.get("ui.scenario." + (s.scenario() == null ? Scenario.BOTH : s.scenario()).code());
            case EVIDENCE_TYPE -> text.get("ui.suggestion.type", text.evidenceType(s.value()));
            case SOURCE -> text.get("ui.suggestion.source", text.get("ui.source." + s.value()));
            case DATE -> text.get("ui.suggestion.date", dateOf(s.value()));
            case PERSON -> text.get("ui.suggestion.person", personName(parseId(s.value())));
            case CIRCUMSTANCE -> text.get("ui.suggestion.circumstance", text.circumstance(s.value()));
            case TITLE -> text.get("ui.suggestion.title", s.value());
            case LANGUAGE -> text.get("ui.suggestion.language", text.language(s.value()));
            case TRANSLATION_OF -> text.get("ui.suggestion.translationOf");
        };
    }

    public String suggestionExplanation(Suggestion s) {
        return s.explanation() == null ? "" : text.format(s.explanation());
    }

    public boolean isFactor(Suggestion s) {
        return s.kind() == SuggestionKind.FACTOR;
    }

    private String dateOf(String iso) {
        try {
            return text.date(java.time.LocalDate.parse(iso));
        } catch (java.time.format.DateTimeParseException e) {
            return iso;
        }
    }

    private static Long parseId(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private String personName(Long personId) {
        return personId == null || data.get() == null ? text.get("ui.document.wholeCase")
                : data.get().people().stream().filter(p -> p.id() == personId).map(Person::name).findFirst().orElse("?");
    }

    private void failed(Throwable error) {
        loading.set(false);
        message.set(text.error(error));
    }

    public ObservableList<String> factorCodes() {
        return factorCodes;
    }

    public ObjectProperty<DocumentData> dataProperty() {
        return data;
    }

    public IntegerProperty pageIndexProperty() {
        return pageIndex;
    }

    public ObjectProperty<Image> pageImageProperty() {
        return pageImage;
    }

    public DoubleProperty zoomProperty() {
        return zoom;
    }

    public IntegerProperty viewRotationProperty() {
        return viewRotation;
    }

    public StringProperty highlightProperty() {
        return highlight;
    }

    public StringProperty pageTextProperty() {
        return pageText;
    }

    public StringProperty pageLabelProperty() {
        return pageLabel;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public ObservableList<Word> hits() {
        return hits;
    }

    public ObservableList<Tag> tags() {
        return tags;
    }

    public ObservableList<Suggestion> suggestions() {
        return suggestions;
    }

    public ObservableList<String> facts() {
        return facts;
    }
}

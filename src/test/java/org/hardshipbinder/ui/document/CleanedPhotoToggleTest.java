package org.hardshipbinder.ui.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.application.Platform;
import org.hardshipbinder.factors.Suggestion;
import org.hardshipbinder.model.Document;
import org.hardshipbinder.model.DocumentStatus;
import org.hardshipbinder.model.MediaType;
import org.hardshipbinder.model.Page;
import org.hardshipbinder.model.PageStatus;
import org.hardshipbinder.model.Scenario;
import org.hardshipbinder.ui.testing.Sync;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The document screen's toggle between a photographed page's cleaned image and the photo as taken. */
class CleanedPhotoToggleTest {

    @BeforeAll
    static void toolkit() {
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyStarted) {
            // Another test of this run started it.
        }
    }

    /** A two-page document whose first page is a cleaned photo and whose second page is not a photo. */
    static final class Photos implements DocumentService {
        final Map<Long, Boolean> cleaned = new HashMap<>(Map.of(1L, true));
        final List<String> rendered = new ArrayList<>();

        @Override
        public DocumentData load(long documentId) {
            Document document = new Document(documentId, 1, "IMG_1001.jpg", MediaType.JPEG, 2, 10, "x",
                    DocumentStatus.OCR_DONE, null, Instant.EPOCH, Document.DocumentMetadata.empty());
            List<Page> pages = List.of(new Page(1, documentId, 1, documentId, 1, 612, 792, 0, null, PageStatus.DONE, null),
                    new Page(2, documentId, 2, documentId, 2, 612, 792, 0, null, PageStatus.DONE, null));
            return new DocumentData(document, pages, Map.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                    List.of());
        }

        @Override
        public BufferedImage render(Document document, Page page, int widthPx) {
            rendered.add(page.id() + ":" + cleaned.getOrDefault(page.id(), false));
            return new BufferedImage(10, 13, BufferedImage.TYPE_INT_RGB);
        }

        @Override
        public Optional<Boolean> cleanedImageInUse(Page page) {
            return Optional.ofNullable(cleaned.get(page.id()));
        }

        @Override
        public void useCleanedImage(Page page, boolean use) {
            cleaned.put(page.id(), use);
        }

        @Override
        public void saveMetadata(long documentId, Document.DocumentMetadata metadata) {
        }

        @Override
        public TagOutcome addTag(long documentId, String factor, Long personId, Scenario scenario) {
            return null;
        }

        @Override
        public void acceptSuggestion(Suggestion suggestion) {
        }

        @Override
        public void removeTag(long tagId) {
        }

        @Override
        public void rejectSuggestion(Suggestion suggestion) {
        }
    }

    @Test
    void aPhotographedPageCanGoBackToThePhotoAndForwardAgain() {
        Photos service = new Photos();
        DocumentViewModel vm = new DocumentViewModel(service, Sync.tasks(), Sync.english());
        vm.open(7, 1, null);
        assertThat(vm.cleanedAvailableProperty().get()).isTrue();
        assertThat(vm.cleanedInUseProperty().get()).isTrue();

        vm.useCleanedImage(false);
        assertThat(service.cleaned).containsEntry(1L, false);
        assertThat(vm.cleanedInUseProperty().get()).isFalse();
        assertThat(service.rendered).endsWith("1:false");
        assertThat(vm.messageProperty().get()).contains("photo as it was taken");

        vm.useCleanedImage(true);
        assertThat(service.cleaned).containsEntry(1L, true);
        assertThat(service.rendered).endsWith("1:true");
    }

    @Test
    void aPageThatIsNoPhotoHasNoToggle() {
        Photos service = new Photos();
        DocumentViewModel vm = new DocumentViewModel(service, Sync.tasks(), Sync.english());
        vm.open(7, 2, null);
        assertThat(vm.cleanedAvailableProperty().get()).isFalse();
        vm.useCleanedImage(false);
        assertThat(service.cleaned).doesNotContainKey(2L);
    }
}

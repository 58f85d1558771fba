package org.hardshipbinder.ui.suggestions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hardshipbinder.factors.Suggestion;
import org.hardshipbinder.factors.SuggestionKind;
import org.hardshipbinder.model.Case;
import org.hardshipbinder.model.CaseKind;
import org.hardshipbinder.model.Document;
import org.hardshipbinder.model.ImmigrationStatus;
import org.hardshipbinder.model.MediaType;
import org.hardshipbinder.model.DocumentStatus;
import org.hardshipbinder.model.Person;
import org.hardshipbinder.model.Role;
import org.hardshipbinder.model.Scenario;
import org.hardshipbinder.model.UserMessage;
import org.hardshipbinder.ui.testing.Sync;
import org.junit.jupiter.api.Test;

class SuggestionsViewModelTest {

    private final List<Suggestion> pending = new ArrayList<>(List.of(
            new Suggestion(1, SuggestionKind.FACTOR, "medical", 9L, Scenario.BOTH, 0.9, UserMessage.of("ui.suggestion.type", "x")),
            new Suggestion(1, SuggestionKind.EVIDENCE_TYPE, "medical_record", null, null, 0.6, null),
            new Suggestion(1, SuggestionKind.EVIDENCE_TYPE, "physician_letter", null, null, 0.85, null),
            new Suggestion(2, SuggestionKind.DATE, "2024-03-04", null, null, 0.95, null)));
    private final List<String> accepted = new ArrayList<>();
    private final List<String> rejected = new ArrayList<>();

    private final SuggestionsSource source = new SuggestionsSource() {
        @Override
        public List<Suggestion> pending(long caseId) {
            return List.copyOf(pending);
        }

        @Override
        public List<Document> documents(long caseId) {
            return List.of(document(1, "Clinic letter"), document(2, "Pay stub"));
        }

        @Override
        public List<Person> people(long caseId) {
            return List.of(new Person(9, 7, "Ana Ruiz", Role.QR, "spouse", ImmigrationStatus.USC, null));
        }

        @Override
        public void accept(List<Suggestion> suggestions) {
            suggestions.forEach(s -> accepted.add(s.key()));
            pending.removeAll(suggestions);
        }

        @Override
        public void reject(List<Suggestion> suggestions) {
            suggestions.forEach(s -> rejected.add(s.key()));
            pending.removeAll(suggestions);
        }
    };

    private final Case kase = new Case(7, CaseKind.I_601A, "Ana", null, Instant.now());

    @Test
    void everySuggestionOfTheCaseInWordsWithItsDocumentPersonAndConfidence() {
        SuggestionsViewModel viewModel = new SuggestionsViewModel(source, Sync.tasks(), Sync.english());
        viewModel.load(kase);
        assertThat(viewModel.items()).hasSize(4);
        SuggestionRow factor = viewModel.items().stream().filter(r -> r.suggestion().kind() == SuggestionKind.FACTOR)
                .findFirst().orElseThrow();
        assertThat(factor.document()).isEqualTo("Clinic letter");
        assertThat(factor.person()).isEqualTo("Ana Ruiz");
        assertThat(factor.confidencePercent()).isEqualTo(90);
        assertThat(viewModel.items()).noneMatch(r -> r.what().contains("_"));
    }

    @Test
    void acceptingADocumentKeepsTheSurestKindAndAThresholdAcceptsTheSureOnes() {
        SuggestionsViewModel viewModel = new SuggestionsViewModel(source, Sync.tasks(), Sync.english());
        viewModel.load(kase);
        viewModel.accept(viewModel.forDocument(1));
        assertThat(accepted).containsExactlyInAnyOrder("1:factor:medical:9", "1:evidence_type:physician_letter");
        assertThat(viewModel.items()).extracting(r -> r.suggestion().value()).containsExactlyInAnyOrder("medical_record", "2024-03-04");

        viewModel.thresholdProperty().set(90);
        viewModel.acceptAtLeastThreshold();
        assertThat(accepted).contains("2:date:2024-03-04");
        assertThat(viewModel.messageProperty().get()).isEqualTo("1 suggestion(s) accepted.");
    }

    @Test
    void rejectingASelectionRemembersEachOne() {
        SuggestionsViewModel viewModel = new SuggestionsViewModel(source, Sync.tasks(), Sync.english());
        viewModel.load(kase);
        viewModel.reject(List.copyOf(viewModel.items().subList(0, 2)));
        assertThat(rejected).hasSize(2);
        assertThat(viewModel.items()).hasSize(2);
    }

    private static Document document(long id, String title) {
        return new Document(id, 7, title + ".pdf", MediaType.PDF, 1, 100, "x", DocumentStatus.OCR_DONE, null, Instant.now(),
                new Document.DocumentMetadata(title, null, null, false, null, null, "en", null));
    }
}

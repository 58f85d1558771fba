package org.hardshipbinder.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.hardshipbinder.model.CaseKind;
import org.hardshipbinder.model.DocumentStatus;
import org.hardshipbinder.model.MediaType;
import org.hardshipbinder.model.NewDocument;
import org.hardshipbinder.model.PageGeometry;
import org.hardshipbinder.model.PageText;
import org.hardshipbinder.model.Scenario;
import org.hardshipbinder.model.TagOrigin;
import org.hardshipbinder.model.TextOrigin;
import org.hardshipbinder.vault.AccessMode;
import org.hardshipbinder.vault.Jdbc;
import org.hardshipbinder.wiring.Services;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchServiceTest {

    @TempDir
    Path dir;
    Services services;
    long caseA;
    long caseB;

    @BeforeEach
    void open() {
        services = Services.open(dir, AccessMode.READ_WRITE);
        caseA = services.cases().create(CaseKind.I_601A, "María López", null).id();
        caseB = services.cases().create(CaseKind.I_601, "John Smith", null).id();
    }

    @AfterEach
    void close() {
        services.close();
    }

    /** Stores a one-page document with the given text and language; returns its id. */
    long page(long caseId, String name, String text, String language) {
        long id = services.documents().insert(new NewDocument(caseId, name, MediaType.PDF, 1, name + "-sha", null), 1);
        services.pages().insertAll(id, List.of(new PageGeometry(612, 792, 0)));
        long pageId = services.pages().listForDocument(id).get(0).id();
        services.pageTexts().save(new PageText(pageId, text, TextOrigin.OCR, "test", language, 90.0, List.of()));
        return id;
    }

    List<Long> documents(SearchQuery q) {
        return services.search().search(q).stream().map(SearchHit::documentId).toList();
    }

    @Test
    void accentsAndCaseDoNotMatter() {
        long letter = page(caseA, "letter.pdf", "Carta de apoyo para María López y su familia.", "es");
        assertThat(documents(SearchQuery.of("maria lopez"))).containsExactly(letter);
        assertThat(documents(SearchQuery.of("MARÍA"))).containsExactly(letter);
    }

    @Test
    void phraseNeedsTheWordsTogetherInOrder() {
        long together = page(caseA, "a.pdf", "The child has severe asthma since birth.", "en");
        page(caseA, "b.pdf", "Asthma is common; the case is severe for other reasons.", "en");
        assertThat(documents(SearchQuery.of("\"severe asthma\""))).containsExactly(together);
        assertThat(documents(SearchQuery.of("severe asthma"))).hasSize(2);
    }

    @Test
    void prefixMatchesTheBeginningOfWords() {
        long medical = page(caseA, "a.pdf", "Medication list from the hospital pharmacy.", "en");
        page(caseA, "b.pdf", "A letter from the church.", "en");
        assertThat(documents(SearchQuery.of("medic*"))).containsExactly(medical);
        assertThat(documents(SearchQuery.of("medic"))).isEmpty();
    }

    @Test
    void pagesWhereTheWordsMatterMoreRankFirst() {
        long passing = page(caseA, "passing.pdf", "Rent receipt for January. Paid in cash at the office on time as always. "
                + "Nothing else to report this month about the apartment or the landlord or the building.", "en");
        long focused = page(caseA, "focused.pdf", "Deportation would mean deportation of the father; deportation fear.", "en");
        assertThat(documents(SearchQuery.of("deportation"))).containsExactly(focused);
        long both = page(caseA, "both.pdf", "Rent and deportation.", "en");
        List<SearchHit> hits = services.search().search(SearchQuery.of("deportation"));
        assertThat(hits).extracting(SearchHit::documentId).containsExactly(focused, both);
        assertThat(hits.get(0).score()).isLessThan(hits.get(1).score());
        assertThat(passing).isNotIn(documents(SearchQuery.of("deportation")));
    }

    @Test
    void quotesColonsAndOtherPunctuationNeverBreakTheQuery() {
        long note = page(caseA, "note.pdf", "Note: the doctor said \"stable\" (for now) - see NOT AND OR.", "en");
        assertThat(documents(SearchQuery.of("note: \"stable\""))).containsExactly(note);
        assertThat(documents(SearchQuery.of("text:doctor"))).isEmpty();
        assertThat(documents(SearchQuery.of("doctor said \"stable"))).containsExactly(note);
        assertThat(documents(SearchQuery.of("(for NOT OR"))).containsExactly(note);
        assertThat(documents(SearchQuery.of("\" : * ( ) - ^"))).isEmpty();
        assertThat(documents(SearchQuery.of("doctor's"))).isEmpty();
    }

    @Test
    void snippetMarksTheMatchedWords() {
        page(caseA, "letter.pdf", "Carta de apoyo para María López y su familia.", "es");
        SearchHit hit = services.search().search(SearchQuery.of("maria")).get(0);
        assertThat(hit.snippet()).contains(SearchService.MARK_START + "María" + SearchService.MARK_END);
        assertThat(hit.pageNumber()).isEqualTo(1);
        assertThat(hit.fileName()).isEqualTo("letter.pdf");
    }

    @Test
    void filtersByCaseLanguageStatusFactorAndType() {
        long spanish = page(caseA, "es.pdf", "Informe médico del hospital.", "es");
        long english = page(caseA, "en.pdf", "Hospital medical report.", "en");
        long other = page(caseB, "other.pdf", "Hospital bill.", "en");
        assertThat(documents(SearchQuery.of("hospital").inCase(caseB))).containsExactly(other);
        assertThat(documents(SearchQuery.of("hospital").inLanguage("es"))).containsExactly(spanish);

        services.documents().moveTo(english, DocumentStatus.OCR_QUEUED, null);
        assertThat(documents(SearchQuery.of("hospital").withStatus(DocumentStatus.OCR_QUEUED))).containsExactly(english);

        services.tags().add(spanish, "medical", null, Scenario.BOTH, TagOrigin.USER);
        assertThat(documents(SearchQuery.of("hospital").taggedWith("medical"))).containsExactly(spanish);

        services.vault().write(c -> Jdbc.update(c, "UPDATE documents SET evidence_type = 'medical_record' WHERE id = ?", english));
        assertThat(documents(SearchQuery.of("hospital").ofType("medical_record"))).containsExactly(english);
    }

    @Test
    void replacedTextIsFoundByItsNewWordsOnlyAndTheIndexStaysConsistent() {
        long doc = page(caseA, "a.pdf", "first reading garbled", "und");
        long pageId = services.pages().listForDocument(doc).get(0).id();
        services.pageTexts().save(new PageText(pageId, "second reading clear", TextOrigin.OCR, "test", "en", 95.0, List.of()));
        assertThat(documents(SearchQuery.of("garbled"))).isEmpty();
        assertThat(documents(SearchQuery.of("clear"))).containsExactly(doc);
        assertThat(services.verifier().verify()).noneMatch(p -> p.probe().equals("search-index"));

        services.vault().write(c -> Jdbc.update(c, "INSERT INTO page_text_fts(page_text_fts, rowid, text) VALUES ('delete', ?, ?)",
                pageId, "second reading clear"));
        assertThat(services.verifier().verify()).filteredOn(p -> p.probe().equals("search-index"))
                .extracting(p -> p.documentId()).containsExactly(doc);
    }
}

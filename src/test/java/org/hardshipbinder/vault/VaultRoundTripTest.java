package org.hardshipbinder.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.hardshipbinder.model.AuditEntry;
import org.hardshipbinder.model.Case;
import org.hardshipbinder.model.CaseKind;
import org.hardshipbinder.model.Document;
import org.hardshipbinder.model.Document.DocumentMetadata;
import org.hardshipbinder.model.DocumentStatus;
import org.hardshipbinder.model.ImmigrationStatus;
import org.hardshipbinder.model.MediaType;
import org.hardshipbinder.model.NewDocument;
import org.hardshipbinder.model.Page;
import org.hardshipbinder.model.PageGeometry;
import org.hardshipbinder.model.PageStatus;
import org.hardshipbinder.model.PageText;
import org.hardshipbinder.model.Person;
import org.hardshipbinder.model.Role;
import org.hardshipbinder.model.Scenario;
import org.hardshipbinder.model.Tag;
import org.hardshipbinder.model.TagOrigin;
import org.hardshipbinder.model.TextOrigin;
import org.hardshipbinder.model.Word;
import org.hardshipbinder.wiring.Services;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every entity written, the vault closed, and read back equal from a fresh open. */
class VaultRoundTripTest {

    private static final Instant NOW = Instant.parse("2026-03-04T05:06:07Z");
    private static final String SHA = "ab".repeat(32);

    @TempDir
    Path dir;

    private Services open() {
        return Services.open(dir, AccessMode.READ_WRITE, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void everyEntitySurvivesCloseAndReopen() {
        Case created;
        Person spouse;
        Person child;
        long docId;
        long translationId;
        Tag tag;
        DocumentMetadata metadata;
        List<Word> words = List.of(new Word("María", 0.1, 0.2, 0.15, 0.03, 96.5), new Word("López", 0.27, 0.2, 0.14, 0.03, 88.0));
        try (Services s = open()) {
            created = s.cases().create(CaseKind.INA_212H, "José Ñúñez", "Núñez 212(h)");
            spouse = s.people().add(created.id(), "Ana Ñúñez", Role.QR, "spouse", ImmigrationStatus.USC, LocalDate.of(1985, 2, 28));
            child = s.people().add(created.id(), "Leo", Role.CHILD, null, null, null);
            spouse = s.people().update(new Person(spouse.id(), created.id(), "Ana María Ñúñez", Role.QR, "wife",
                    ImmigrationStatus.LPR, LocalDate.of(1985, 2, 28)));

            docId = s.documents().insert(new NewDocument(created.id(), "acta de nacimiento.pdf", MediaType.PDF, 12345, SHA, "s3cret"), 2);
            s.pages().insertAll(docId, List.of(new PageGeometry(612, 792, 0), new PageGeometry(595.5, 842.25, 90)));
            s.documents().moveTo(docId, DocumentStatus.OCR_QUEUED, null);
            translationId = s.documents().insert(new NewDocument(created.id(), "translation.pdf", MediaType.JPEG, 10, "cd".repeat(32), null), 0);
            metadata = new DocumentMetadata("Birth certificate", "birth_certificate", LocalDate.of(1990, 7, 1), true,
                    org.hardshipbinder.model.SourceKind.OFFICIAL, "Registro Civil", "es", null);
            s.documents().updateMetadata(docId, metadata);
            s.documents().updateMetadata(translationId, new DocumentMetadata(null, null, null, false, null, null, "en", docId));

            Page first = s.pages().listForDocument(docId).get(0);
            s.pageTexts().save(new PageText(first.id(), "María López\nnació", TextOrigin.OCR, "tesseract 5.5", "es", 92.25, words));
            Page second = s.pages().listForDocument(docId).get(1);
            s.pageTexts().save(new PageText(second.id(), "texto", TextOrigin.TEXT_LAYER, null, "und", null, List.of()));
            s.pages().setStatus(first.id(), PageStatus.DONE, null);
            s.pages().setStatus(second.id(), PageStatus.FAILED, "unreadable");

            tag = s.tags().add(docId, "medical", spouse.id(), Scenario.SEPARATION, TagOrigin.USER);
            assertThat(s.tags().add(docId, "medical", spouse.id(), Scenario.SEPARATION, TagOrigin.SUGGESTION)).isEqualTo(tag);
            s.tags().add(docId, "country_conditions", null, Scenario.RELOCATION, TagOrigin.SUGGESTION);
        }

        try (Services s = open()) {
            assertThat(s.cases().list()).containsExactly(created);
            assertThat(created.createdAt()).isEqualTo(NOW);
            assertThat(s.people().listForCase(created.id())).containsExactly(spouse, child);
            assertThat(s.people().find(spouse.id())).contains(spouse);

            Document doc = s.documents().find(docId).orElseThrow();
            assertThat(doc.caseId()).isEqualTo(created.id());
            assertThat(doc.fileName()).isEqualTo("acta de nacimiento.pdf");
            assertThat(doc.mediaType()).isEqualTo(MediaType.PDF);
            assertThat(doc.pageCount()).isEqualTo(2);
            assertThat(doc.sizeBytes()).isEqualTo(12345);
            assertThat(doc.sha256()).isEqualTo(SHA);
            assertThat(doc.status()).isEqualTo(DocumentStatus.OCR_QUEUED);
            assertThat(doc.importedAt()).isEqualTo(NOW);
            assertThat(doc.metadata()).isEqualTo(metadata);
            assertThat(doc.displayTitle()).isEqualTo("Birth certificate");
            assertThat(s.originalFiles().openPassword(s.documents().importedFrom(docId).orElseThrow())).contains("s3cret");
            assertThat(s.originalFiles().openPassword(s.documents().importedFrom(translationId).orElseThrow())).isEmpty();
            assertThat(s.documents().find(translationId).orElseThrow().metadata().translationOf()).isEqualTo(docId);
            assertThat(s.originalFiles().findBySha256(created.id(), SHA).map(o -> s.originalFiles().documentsUsing(o.id()))).contains(List.of(docId));
            assertThat(s.originalFiles().findBySha256(created.id() + 1, SHA)).isEmpty();
            assertThat(s.documents().listForCase(created.id())).extracting(Document::id).containsExactly(docId, translationId);

            List<Page> pages = s.pages().listForDocument(docId);
            assertThat(pages).extracting(Page::number).containsExactly(1, 2);
            assertThat(pages.get(1).widthPt()).isCloseTo(595.5, within(1e-9));
            assertThat(pages.get(1).heightPt()).isCloseTo(842.25, within(1e-9));
            assertThat(pages.get(1).rotation()).isEqualTo(90);
            assertThat(pages).extracting(Page::status).containsExactly(PageStatus.DONE, PageStatus.FAILED);
            assertThat(pages.get(1).statusReason()).isEqualTo("unreadable");
            assertThat(s.pages().countForCase(created.id(), PageStatus.DONE)).isEqualTo(1);

            PageText text = s.pageTexts().find(pages.get(0).id()).orElseThrow();
            assertThat(text).isEqualTo(new PageText(pages.get(0).id(), "María López\nnació", TextOrigin.OCR, "tesseract 5.5", "es", 92.25, words));
            assertThat(s.pageTexts().find(pages.get(1).id()).orElseThrow().confidence()).isNull();
            assertThat(s.pageTexts().documentText(docId)).isEqualTo("María López\nnació\ftexto");

            assertThat(s.tags().forDocument(docId)).hasSize(2).first().isEqualTo(tag);
            assertThat(s.tags().forCase(created.id())).extracting(Tag::factor).containsExactly("medical", "country_conditions");
            assertThat(s.tags().forCase(created.id()).get(1).personId()).isNull();

            List<AuditEntry> audit = s.audit().recent(100);
            assertThat(audit).allSatisfy(e -> assertThat(e.at()).isEqualTo(NOW));
            assertThat(audit).extracting(AuditEntry::action).contains("case.create", "person.add", "person.update",
                    "document.import", "document.status", "document.metadata", "tag.add");
            assertThat(audit).filteredOn(e -> e.action().equals("case.create")).singleElement()
                    .satisfies(e -> assertThat(e.entityId()).isEqualTo(created.id()));
            assertThat(audit.get(0).id()).isGreaterThan(audit.get(audit.size() - 1).id());

            long tagCountBefore = s.tags().forDocument(docId).size();
            s.tags().remove(tag.id());
            assertThat(s.tags().forDocument(docId)).hasSize((int) tagCountBefore - 1);
            assertThat(s.audit().recent(1).get(0).action()).isEqualTo("tag.remove");
        }
    }

    @Test
    void illegalStatusMovesAreRefusedAndChangeNothing() {
        try (Services s = open()) {
            Case c = s.cases().create(CaseKind.I_601, "A", null);
            long id = s.documents().insert(new NewDocument(c.id(), "x.pdf", MediaType.PDF, 1, SHA, null), 0);
            assertThatThrownBy(() -> s.documents().moveTo(id, DocumentStatus.OCR_DONE, null))
                    .isInstanceOf(IllegalStateException.class);
            assertThat(s.documents().find(id).orElseThrow().status()).isEqualTo(DocumentStatus.IMPORTED);
        }
    }

    @Test
    void theSameFileCannotBeStoredTwiceInOneCaseButMayBeInAnother() {
        try (Services s = open()) {
            Case a = s.cases().create(CaseKind.I_601, "A", null);
            Case b = s.cases().create(CaseKind.I_601, "B", null);
            s.documents().insert(new NewDocument(a.id(), "x.pdf", MediaType.PDF, 1, SHA, null), 0);
            assertThatThrownBy(() -> s.documents().insert(new NewDocument(a.id(), "y.pdf", MediaType.PDF, 1, SHA, null), 0))
                    .isInstanceOf(VaultException.class);
            s.documents().insert(new NewDocument(b.id(), "x.pdf", MediaType.PDF, 1, SHA, null), 0);
            assertThat(s.documents().listAll()).hasSize(2);
        }
    }
}

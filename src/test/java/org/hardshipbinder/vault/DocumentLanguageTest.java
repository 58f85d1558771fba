package org.hardshipbinder.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.hardshipbinder.model.CaseKind;
import org.hardshipbinder.model.Document;
import org.hardshipbinder.model.MediaType;
import org.hardshipbinder.model.NewDocument;
import org.hardshipbinder.wiring.Services;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** OCR's language guess fills the field until the user picks a language; then the user's choice stays. */
class DocumentLanguageTest {

    @TempDir
    Path dir;

    @Test
    void ocrLanguageNeverReplacesTheUsersChoice() {
        try (Services services = Services.open(dir, AccessMode.READ_WRITE)) {
            long caseId = services.cases().create(CaseKind.I_601A, "Ana Ruiz", null).id();
            long id = services.documents().insert(new NewDocument(caseId, "acta.pdf", MediaType.PDF, 10, "ab", null), 0);
            DocumentRepository documents = services.documents();

            documents.setLanguage(id, "en");
            assertThat(language(documents, id)).isEqualTo("en");

            Document doc = documents.find(id).orElseThrow();
            documents.updateMetadata(id, new Document.DocumentMetadata("Acta", null, null, false, null, null, "en", null));
            documents.setLanguage(id, "fr");
            assertThat(language(documents, id)).as("editing the title keeps the OCR language open to updates").isEqualTo("fr");

            documents.updateMetadata(id, new Document.DocumentMetadata(doc.metadata().title(), null, null, false, null, null,
                    "es", null));
            documents.setLanguage(id, "en");
            assertThat(language(documents, id)).as("the user's choice stays").isEqualTo("es");
        }
    }

    private static String language(DocumentRepository documents, long id) {
        return documents.find(id).orElseThrow().metadata().language();
    }
}

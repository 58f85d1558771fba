package org.hardshipbinder.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.hardshipbinder.i18n.Messages;
import org.hardshipbinder.model.Document;
import org.hardshipbinder.model.ImmigrationStatus;
import org.hardshipbinder.model.Person;
import org.hardshipbinder.model.Role;
import org.hardshipbinder.model.Scenario;
import org.hardshipbinder.model.TagOrigin;
import org.hardshipbinder.model.TrashEntry;
import org.hardshipbinder.search.SearchQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Deleting to the trash (said first), restoring, emptying (the original's bytes go), and people edited and removed. */
class TrashAndPeopleTest {

    private static final Messages EN = new Messages(Locale.ENGLISH);

    @TempDir
    Path dir;

    @Test
    void aDeletedDocumentSaysWhatItAffectsComesBackWholeAndIsFreedWhenTheTrashIsEmptied() throws Exception {
        try (EditFixture f = new EditFixture(dir)) {
            long original = f.importRead("acta", 2, "nacimiento");
            long translation = f.importRead("translation", 1, "birth");
            f.services.documents().updateMetadata(translation, new Document.DocumentMetadata("Translation", null, null,
                    false, null, null, "en", original));
            f.services.binderPlans().plan(f.theCase.id());

            List<String> impact = f.services.deletionImpacts().ofDocument(original).stream().map(EN::format).toList();
            assertThat(String.join("\n", impact)).contains("exhibit A", "Document " + translation + " (Translation) is its translation",
                    "restored from the trash");
            long originalId = f.services.documents().importedFrom(original).orElseThrow();

            assertThat(f.services.pageEdits().deleteDocument(original)).isInstanceOf(EditOutcome.Done.class);
            assertThat(f.services.documents().find(original)).isEmpty();
            assertThat(f.services.documents().find(translation).orElseThrow().metadata().translationOf()).isNull();
            assertThat(f.services.search().search(SearchQuery.of("nacimiento"))).isEmpty();
            TrashEntry entry = f.services.trash().list(f.theCase.id()).get(0);
            assertThat(entry.kind()).isEqualTo(TrashEntry.Kind.DOCUMENT);

            assertThat(f.services.trash().restore(entry.id())).isInstanceOf(EditOutcome.Done.class);
            assertThat(f.services.documents().find(original).orElseThrow().pageCount()).isEqualTo(2);
            assertThat(f.services.documents().find(translation).orElseThrow().metadata().translationOf()).isEqualTo(original);
            assertThat(f.services.search().search(SearchQuery.of("nacimiento"))).hasSize(2);
            assertThat(f.services.binderPlans().plan(f.theCase.id()).labelled()).extracting(e -> e.exhibit().documentId())
                    .contains(original);

            f.services.pageEdits().deleteDocument(original);
            TrashService.Emptied emptied = f.services.trash().empty(f.theCase.id());
            assertThat(emptied.entries()).isEqualTo(1);
            assertThat(emptied.originals()).isEqualTo(1);
            assertThat(f.services.originalFiles().find(originalId)).isEmpty();
            assertThat(f.services.originals().sha256(originalId)).isEmpty();
            assertThat(f.services.trash().list(f.theCase.id())).isEmpty();
            assertThat(f.services.verifier().verify()).isEmpty();
        }
    }

    @Test
    void aPageRestoredFromTheTrashKeepsItsCleanedImageBytes() throws Exception {
        try (EditFixture f = new EditFixture(dir)) {
            long doc = f.importRead("photo", 2, "letter");
            long page = f.pageIds(doc).get(1);
            byte[] image = new byte[300];
            new java.util.Random(3).nextBytes(image);
            f.services.vault().write(c -> org.hardshipbinder.vault.Jdbc.update(c, """
                    INSERT INTO page_images(page_id, image, width_px, height_px, corners, made_at)
                    VALUES (?, ?, 10, 30, '0,0,1,0,1,1,0,1', '2026-01-01T00:00:00Z')""", page, image));

            f.services.pageEdits().removePages(List.of(page));
            f.services.trash().restore(f.services.trash().list(f.theCase.id()).get(0).id());

            byte[] back = f.services.vault().read(c -> org.hardshipbinder.vault.Jdbc.queryOne(c,
                    "SELECT image FROM page_images WHERE page_id = ?", rs -> rs.getBytes(1), page).orElseThrow());
            assertThat(back).isEqualTo(image);
        }
    }

    @Test
    void peopleAreEditedAndRemovedWithTheirTagsAndBothCanBeUndone() throws Exception {
        try (EditFixture f = new EditFixture(dir)) {
            long doc = f.importRead("letter", 1, "surgery");
            Person tom = f.services.people().add(f.theCase.id(), "Tom Fictional", Role.QR, "spouse", ImmigrationStatus.USC, null);
            f.services.tags().add(doc, "medical", tom.id(), Scenario.SEPARATION, TagOrigin.USER);

            assertThat(f.services.personEdits().edit(new Person(tom.id(), tom.caseId(), "Tomas Fictional", Role.QR, "husband",
                    ImmigrationStatus.USC, null))).isInstanceOf(EditOutcome.Done.class);
            assertThat(f.services.people().find(tom.id()).orElseThrow().name()).isEqualTo("Tomas Fictional");
            assertThat(EN.format(f.services.deletionImpacts().ofPerson(tom.id()).get(0))).contains("Tomas Fictional", "1 tag");

            f.services.personEdits().remove(tom.id());
            assertThat(f.services.people().find(tom.id())).isEmpty();
            assertThat(f.services.tags().forDocument(doc)).isEmpty();

            f.services.pageEdits().undo();
            assertThat(f.services.people().find(tom.id()).orElseThrow().name()).isEqualTo("Tomas Fictional");
            assertThat(f.services.tags().forDocument(doc)).singleElement().satisfies(tag -> assertThat(tag.personId()).isEqualTo(tom.id()));
            assertThat(f.services.trash().list(f.theCase.id())).isEmpty();

            f.services.pageEdits().undo();
            assertThat(f.services.people().find(tom.id()).orElseThrow().name()).isEqualTo("Tom Fictional");
            assertThat(f.services.tags().forDocument(doc)).hasSize(1);
        }
    }

    @Test
    void aPersonRestoredFromTheTrashNamesTheDocumentsTheyAreBackOn() throws Exception {
        try (EditFixture f = new EditFixture(dir)) {
            long tagged = f.importRead("letter", 1, "surgery");
            long untouched = f.importRead("bill", 1, "invoice");
            Person ana = f.services.people().add(f.theCase.id(), "Ana Fictional", Role.QR, "mother", ImmigrationStatus.USC, null);
            f.services.tags().add(tagged, "medical", ana.id(), Scenario.SEPARATION, TagOrigin.USER);

            f.services.personEdits().remove(ana.id());
            EditOutcome restored = f.services.trash().restore(f.services.trash().list(f.theCase.id()).get(0).id());

            assertThat(restored).isInstanceOfSatisfying(EditOutcome.Done.class,
                    done -> assertThat(done.documents()).containsExactly(tagged).doesNotContain(untouched));
            assertThat(f.services.tags().forDocument(tagged)).singleElement()
                    .satisfies(tag -> assertThat(tag.personId()).isEqualTo(ana.id()));
        }
    }
}

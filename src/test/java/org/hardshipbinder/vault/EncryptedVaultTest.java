package org.hardshipbinder.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.hardshipbinder.model.PageGeometry;
import org.hardshipbinder.model.PageText;
import org.hardshipbinder.model.Role;
import org.hardshipbinder.model.TextOrigin;
import org.hardshipbinder.wiring.Services;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An encrypted vault keeps no readable word on disk, and opens only with its passphrase. */
class EncryptedVaultTest {

    static final String PERSON = "Leocadia Brunhilde Ostrowska";
    static final String PAGE_WORDS = "cardiomyopathy diagnosis Saskatoon clinic";
    static final String ORIGINAL_WORDS = "Zbigniewski pharmacy receipt";

    @TempDir
    Path dir;

    static Passphrase secret() {
        return Passphrase.of("correct horse battery staple".toCharArray());
    }

    /** A case with a person, a stored original and a page's text; returns the document id. */
    static long fill(Services s, Path scratch) throws Exception {
        Path original = Files.writeString(scratch.resolve("receipt.pdf"), "%PDF-1.4 " + ORIGINAL_WORDS + " ".repeat(5000));
        long documentId = OriginalStoreTest.storeAsDocument(s, original);
        long caseId = s.cases().list().get(0).id();
        s.people().add(caseId, PERSON, Role.QR, "spouse", null, null);
        s.vault().write(c -> {
            s.pages().insertAll(documentId, List.of(new PageGeometry(612, 792, 0)));
            long pageId = s.pages().listForDocument(documentId).get(0).id();
            s.pageTexts().save(new PageText(pageId, PAGE_WORDS, TextOrigin.OCR, "tesseract", "eng", 0.9, List.of()));
            return null;
        });
        return documentId;
    }

    @Test
    void noWordOfTheCaseIsReadableInTheFilesOfAnEncryptedVault() throws Exception {
        Path vault = dir.resolve("vault");
        try (Services s = Services.open(vault, AccessMode.READ_WRITE, secret())) {
            assertThat(s.vault().encrypted()).isTrue();
            fill(s, Files.createDirectories(dir.resolve("in")));
            assertThat(s.search().search(org.hardshipbinder.search.SearchQuery.of("cardiomyopathy"))).isNotEmpty();
            new VaultBackup(s.vault()).backupTo(dir.resolve("backup").resolve("copy.sqlite"));
            assertNoClearWords(vault);
        }
        assertNoClearWords(vault);
        assertNoClearWords(dir.resolve("backup"));
        try (Services s = Services.open(vault, AccessMode.READ_WRITE, secret())) {
            assertThat(s.people().listForCase(s.cases().list().get(0).id())).extracting(p -> p.name()).contains(PERSON);
            // The fixture's original is not a real PDF, so only the storage checks apply here.
            assertThat(s.verifier().verify()).noneMatch(p -> !p.probe().equals("pages"));
        }
    }

    @Test
    void aWrongOrMissingPassphraseIsRefusedWithASentenceAndTheVaultIsUnchanged() throws Exception {
        Path vault = dir.resolve("vault");
        try (Services s = Services.open(vault, AccessMode.READ_WRITE, secret())) {
            fill(s, Files.createDirectories(dir.resolve("in")));
        }
        byte[] before = Files.readAllBytes(vault.resolve(VaultLocation.FILE_NAME));

        assertThatThrownBy(() -> Services.open(vault, AccessMode.READ_WRITE, Passphrase.of("wrong".toCharArray())))
                .isInstanceOfSatisfying(VaultUnavailableException.class,
                        e -> assertThat(e.userMessage().key()).isEqualTo("vault.wrongPassphrase"));
        assertThatThrownBy(() -> Services.open(vault, AccessMode.READ_WRITE))
                .isInstanceOfSatisfying(VaultUnavailableException.class,
                        e -> assertThat(e.userMessage().key()).isEqualTo("vault.passphraseNeeded"));
        assertThatThrownBy(() -> Services.open(vault, AccessMode.READ_ONLY, Passphrase.of("wrong".toCharArray())))
                .isInstanceOf(VaultUnavailableException.class);

        assertThat(Files.readAllBytes(vault.resolve(VaultLocation.FILE_NAME))).isEqualTo(before);
        try (Services s = Services.open(vault, AccessMode.READ_WRITE, secret())) {
            assertThat(s.cases().list()).hasSize(1);
        }
    }

    @Test
    void aVaultCreatedWithoutAPassphraseStaysPlain() {
        try (Services s = Services.open(dir.resolve("vault"), AccessMode.READ_WRITE)) {
            assertThat(s.vault().encrypted()).isFalse();
        }
        assertThat(KeyParameters.fileIn(dir.resolve("vault"))).doesNotExist();
    }

    @Test
    void theKeyAndThePassphraseAreNeverPrinted() {
        VaultKey key = KeyDerivation.derive("pw".toCharArray(), KeyParameters.fresh());
        assertThat(key.toString()).doesNotContain(key.sqlKey().substring(4, 12));
        assertThat(secret().toString()).doesNotContain("horse");
    }

    static void assertNoClearWords(Path folder) throws Exception {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (file.getFileName().toString().equals(KeyParameters.FILE_NAME)) {
                    continue;
                }
                String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                for (String word : (PERSON + " " + PAGE_WORDS + " " + ORIGINAL_WORDS + " SQLite format").split(" ")) {
                    assertThat(bytes).as("%s in %s", word, file).doesNotContain(word);
                }
            }
        }
    }
}

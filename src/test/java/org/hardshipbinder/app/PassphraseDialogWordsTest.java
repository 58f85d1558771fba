package org.hardshipbinder.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import org.hardshipbinder.i18n.Messages;
import org.hardshipbinder.model.UserMessage;
import org.hardshipbinder.ui.UiText;
import org.hardshipbinder.vault.AccessMode;
import org.hardshipbinder.vault.Passphrase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The unlock dialog says why it asks in the window's words, in English and Spanish, and names the vault's folder. */
class PassphraseDialogWordsTest {

    @TempDir
    Path dir;

    @Test
    void theVaultsReasonsAreSaidForTheWindow() {
        Passphrase right = Passphrase.of("violet harbour at dawn".toCharArray());
        ((VaultOpening.Opened) VaultOpening.attempt(dir, AccessMode.READ_WRITE, right)).services().close();
        UserMessage needed = ((VaultOpening.Locked) VaultOpening.attempt(dir, AccessMode.READ_WRITE, Passphrase.none()))
                .reason().userMessage();
        UserMessage wrong = ((VaultOpening.Locked) VaultOpening.attempt(dir, AccessMode.READ_WRITE,
                Passphrase.of("not it".toCharArray()))).reason().userMessage();

        for (Locale locale : new Locale[] {Locale.ENGLISH, Messages.SPANISH}) {
            UiText text = new UiText(new Messages(locale));
            for (UserMessage reason : new UserMessage[] {needed, wrong}) {
                String said = text.format(PassphraseDialog.inWindowWords(reason));
                assertThat(said).contains(dir.toAbsolutePath().toString()).doesNotContain("--", "{0}", "security.");
            }
        }
        UiText english = new UiText(new Messages(Locale.ENGLISH));
        assertThat(english.format(PassphraseDialog.inWindowWords(needed))).contains("Type its passphrase");
        assertThat(english.format(PassphraseDialog.inWindowWords(wrong))).contains("Nothing was changed");
        UserMessage other = UserMessage.of("vault.cannotOpen", dir, "disk full");
        assertThat(PassphraseDialog.inWindowWords(other)).isEqualTo(other);
    }
}

package org.hardshipbinder.ui.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.hardshipbinder.model.Case;
import org.hardshipbinder.testdata.CaseGenerator;
import org.hardshipbinder.testdata.SampleCase;
import org.hardshipbinder.ui.testing.Sync;
import org.hardshipbinder.vault.AccessMode;
import org.hardshipbinder.wiring.Services;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseTransferViewModelTest {

    @TempDir
    Path dir;

    private static CaseTransferViewModel viewModel(Services s) {
        return new CaseTransferViewModel(s.caseExporter(), s.caseImporter(), Sync.tasks(), Sync.english());
    }

    @Test
    void exportsAndImportsWithOneSentenceEach() throws Exception {
        Path file = dir.resolve("out/Ana.hbcase");
        Case exported;
        try (Services s = Services.open(dir.resolve("a"), AccessMode.READ_WRITE, CaseGenerator.clock())) {
            Files.createDirectories(dir.resolve("work"));
            exported = SampleCase.clean(new CaseGenerator(s, dir.resolve("work")), 2).theCase();
            CaseTransferViewModel vm = viewModel(s);
            vm.export(exported, file, "open sesame".toCharArray());
            assertThat(vm.failedProperty().get()).as(vm.messageProperty().get()).isFalse();
            assertThat(vm.messageProperty().get()).startsWith("The case was exported to " + file).endsWith(" MB).");
            assertThat(vm.busyProperty().get()).isFalse();
        }
        try (Services s = Services.open(dir.resolve("b"), AccessMode.READ_WRITE, CaseGenerator.clock())) {
            CaseTransferViewModel vm = viewModel(s);
            AtomicLong imported = new AtomicLong(-1);
            vm.importFile(file, "wrong".toCharArray(), imported::set);
            assertThat(vm.failedProperty().get()).isTrue();
            assertThat(vm.messageProperty().get()).isEqualTo("The passphrase does not open the case file Ana.hbcase. Check it "
                    + "with the person who exported the case (or the file was damaged); nothing was changed.");
            assertThat(imported.get()).isEqualTo(-1);
            assertThat(s.cases().list()).isEmpty();

            vm.importFile(file, "open sesame".toCharArray(), imported::set);
            assertThat(vm.failedProperty().get()).isFalse();
            assertThat(vm.messageProperty().get()).isEqualTo("The case was imported: Ana.hbcase.");
            assertThat(s.cases().find(imported.get())).get().extracting(Case::applicant).isEqualTo(exported.applicant());
        }
    }

    @Test
    void aNewPassphraseMustBeGivenAndRepeated() {
        try (Services s = Services.open(dir.resolve("a"), AccessMode.READ_WRITE)) {
            CaseTransferViewModel vm = viewModel(s);
            assertThat(vm.checkNewPassphrase(new char[0], new char[0])).isPresent();
            assertThat(vm.checkNewPassphrase("abc".toCharArray(), "abd".toCharArray())).contains("The two passphrases differ.");
            assertThat(vm.checkNewPassphrase("abc".toCharArray(), "abc".toCharArray())).isEmpty();
            Case c = s.cases().create(org.hardshipbinder.model.CaseKind.I_601A, "Ana: Ruiz/Soto", null);
            assertThat(vm.suggestedFileName(c)).doesNotContain("/", ":").endsWith(".hbcase");
        }
    }
}

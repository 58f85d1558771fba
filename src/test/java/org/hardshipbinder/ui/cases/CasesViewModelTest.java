package org.hardshipbinder.ui.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.hardshipbinder.binder.LabelScheme;
import org.hardshipbinder.model.Case;
import org.hardshipbinder.model.CaseKind;
import org.hardshipbinder.model.ImmigrationStatus;
import org.hardshipbinder.model.Person;
import org.hardshipbinder.model.Role;
import org.hardshipbinder.sample.SampleCaseBuilder;
import org.hardshipbinder.ui.prefs.AppPreferences;
import org.hardshipbinder.ui.prefs.MemoryPreferenceStore;
import org.hardshipbinder.ui.testing.Sync;
import org.hardshipbinder.vault.AccessMode;
import org.hardshipbinder.wiring.Services;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CasesViewModelTest {

    @TempDir
    Path dir;
    private Services services;
    private CasesViewModel viewModel;
    private AppPreferences preferences;

    @BeforeEach
    void open() {
        services = Services.open(dir, AccessMode.READ_WRITE);
        preferences = new AppPreferences(new MemoryPreferenceStore());
        SampleCaseBuilder sample = new SampleCaseBuilder(services.vault(), services.cases(), services.people(),
                services.documents(), services.importService());
        viewModel = new CasesViewModel(new VaultCaseDirectory(services.vault(), services.cases(), services.people(),
                services.binderPlans(), preferences::binderLabels, sample),
                new QualifyingRelativeRules(services.factors().qualifyingRelativeRules()), preferences, Sync.tasks(), Sync.english());
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void createsTheCaseWithItsApplicantAndPeopleInTheVault() {
        AtomicReference<Case> created = new AtomicReference<>();
        viewModel.create(new NewCase(CaseKind.I_601A, "  Ana Torres  ", " ", List.of(
                new NewCase.NewPerson("Luis Torres", Role.QR, "spouse", ImmigrationStatus.USC, LocalDate.of(1980, 1, 2)))),
                created::set);

        assertThat(created.get().applicant()).isEqualTo("Ana Torres");
        assertThat(created.get().title()).isNull();
        assertThat(viewModel.items()).extracting(Case::applicant).containsExactly("Ana Torres");
        assertThat(services.people().listForCase(created.get().id())).extracting(Person::name, Person::role)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Ana Torres", Role.APPLICANT),
                        org.assertj.core.groups.Tuple.tuple("Luis Torres", Role.QR));
    }

    @Test
    void aNewCasesBinderStartsWithTheLabelsChosenInPreferences() {
        AtomicReference<Case> created = new AtomicReference<>();
        preferences.setBinderLabels(LabelScheme.NUMBERS);
        viewModel.create(new NewCase(CaseKind.I_601A, "Ana Torres", null, List.of()), created::set);
        assertThat(services.binderPlans().settings(created.get().id()).labelScheme()).isEqualTo(LabelScheme.NUMBERS);

        preferences.setBinderLabels(LabelScheme.SECTION_PREFIXED);
        viewModel.create(new NewCase(CaseKind.I_601A, "Eva Ruiz", null, List.of()), created::set);
        assertThat(services.binderPlans().settings(created.get().id()).labelScheme()).isEqualTo(LabelScheme.SECTION_PREFIXED);
    }

    @Test
    void recentlyOpenedCasesComeFirst() {
        Case first = services.cases().create(CaseKind.I_601, "First", null);
        Case second = services.cases().create(CaseKind.I_601, "Second", null);
        Case third = services.cases().create(CaseKind.I_601, "Third", null);
        viewModel.opened(first);
        viewModel.refresh();
        assertThat(viewModel.items()).extracting(Case::id).containsExactly(first.id(), third.id(), second.id());
        assertThat(viewModel.isRecent(first)).isTrue();
        assertThat(viewModel.isRecent(second)).isFalse();
    }

    @Test
    void refusesACaseWithoutApplicant() {
        assertThat(viewModel.validate(CaseKind.I_601A, " ")).contains("Enter the applicant's name.");
        assertThat(viewModel.validate(CaseKind.I_601A, "Ana")).isEmpty();
    }

    @Test
    void explainsWhenTheQualifyingRelativeDoesNotQualify() {
        QualifyingRelativeRules rules = viewModel.qrRules();
        assertThat(rules.problem(CaseKind.I_601A, List.of())).isPresent();
        assertThat(rules.problem(CaseKind.I_601A, List.of(new NewCase.NewPerson("Sofia", Role.QR, "daughter",
                ImmigrationStatus.USC, null)))).isPresent();
        assertThat(rules.problem(CaseKind.INA_212H, List.of(new NewCase.NewPerson("Sofia", Role.QR, "daughter",
                ImmigrationStatus.USC, null)))).isEmpty();
        assertThat(rules.problem(CaseKind.I_601A, List.of(new NewCase.NewPerson("Luis", Role.QR, "spouse",
                ImmigrationStatus.OTHER, null)))).isPresent();
    }

    @Test
    void theSampleCaseIsBuiltOnceWithEveryPlantedDocument() {
        AtomicReference<Case> sample = new AtomicReference<>();
        viewModel.openSample(sample::set);
        viewModel.openSample(again -> assertThat(again.id()).isEqualTo(sample.get().id()));

        assertThat(services.documents().listForCase(sample.get().id())).hasSize(13)
                .anySatisfy(d -> assertThat(d.metadata().translationOf()).isNotNull())
                .anySatisfy(d -> assertThat(d.metadata().date()).isNull());
        assertThat(services.cases().list()).hasSize(1);
    }
}

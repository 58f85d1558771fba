package org.hardshipbinder.ui.preferences;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hardshipbinder.binder.LabelScheme;
import org.hardshipbinder.ui.prefs.AppPreferences;
import org.hardshipbinder.ui.prefs.MemoryPreferenceStore;
import org.hardshipbinder.ui.testing.Sync;
import org.junit.jupiter.api.Test;

class PreferencesViewModelTest {

    private final AppPreferences preferences = new AppPreferences(new MemoryPreferenceStore());
    private final List<Locale> switched = new ArrayList<>();

    @Test
    void savesEverySettingAndSwitchesLanguageWithoutRestart() {
        preferences.setLanguage(Locale.ENGLISH);
        PreferencesViewModel viewModel = new PreferencesViewModel(preferences, switched::add, Sync.english());
        viewModel.languageProperty().set(Locale.forLanguageTag("es"));
        viewModel.ocrSpanishProperty().set(false);
        viewModel.ocrOthersProperty().set("fra, por");
        viewModel.tessdataProperty().set(" /data/tess ");
        viewModel.maxMbProperty().set(20);
        viewModel.labelsProperty().set(LabelScheme.NUMBERS);
        viewModel.save();

        assertThat(preferences.ocrLanguages()).containsExactly("eng", "fra", "por");
        assertThat(preferences.tessdataFolder()).isEqualTo("/data/tess");
        assertThat(preferences.binderMaxMb()).isEqualTo(20);
        assertThat(preferences.binderLabels()).isEqualTo(LabelScheme.NUMBERS);
        assertThat(switched).extracting(Locale::getLanguage).containsExactly("es");
    }

    @Test
    void refusesNoRecognitionLanguageAndAnImpossibleSize() {
        PreferencesViewModel viewModel = new PreferencesViewModel(preferences, switched::add, Sync.english());
        viewModel.ocrEnglishProperty().set(false);
        viewModel.ocrSpanishProperty().set(false);
        viewModel.save();
        assertThat(viewModel.messageProperty().get()).contains("at least one language");
        viewModel.ocrEnglishProperty().set(true);
        viewModel.maxMbProperty().set(0);
        viewModel.save();
        assertThat(viewModel.messageProperty().get()).contains("between 1 and 500");
        assertThat(preferences.ocrLanguages()).containsExactly("eng", "spa");
        assertThat(switched).isEmpty();
    }

    @Test
    void remembersRecentCasesMostRecentFirst() {
        preferences.caseOpened(3);
        preferences.caseOpened(5);
        preferences.caseOpened(3);
        assertThat(preferences.recentCases()).containsExactly(3L, 5L);
    }

    @Test
    void theIdleLockTimeIsStoredWithTheOtherPreferences() {
        PreferencesViewModel viewModel = new PreferencesViewModel(preferences, switched::add, Sync.english());
        assertThat(viewModel.idleLockMinutesProperty().get()).as("the default").isEqualTo(15);
        viewModel.idleLockMinutesProperty().set(5);
        assertThat(preferences.idleLockMinutes()).as("not before Save").isEqualTo(15);
        viewModel.save();
        assertThat(preferences.idleLockMinutes()).isEqualTo(5);
        viewModel.idleLockMinutesProperty().set(0);
        viewModel.save();
        assertThat(new PreferencesViewModel(preferences, switched::add, Sync.english()).idleLockMinutesProperty().get()).isZero();
        assertThat(viewModel.idleLockLabel(0)).isEqualTo("Never");
        assertThat(viewModel.idleLockLabel(30)).isEqualTo("30 minutes without use");

        MemoryPreferenceStore edited = new MemoryPreferenceStore();
        edited.put(AppPreferences.IDLE_LOCK, "7");
        assertThat(new AppPreferences(edited).idleLockMinutes()).as("a value not offered").isEqualTo(15);
    }
}

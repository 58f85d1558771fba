package org.hardshipbinder.ui.preferences;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.hardshipbinder.binder.LabelScheme;
import org.hardshipbinder.logging.LogFolder;
import org.hardshipbinder.ui.UiText;
import org.hardshipbinder.ui.prefs.AppPreferences;

/**
 * The settings form: interface language (applied at once, no restart), text-recognition languages and the folder with
 * more trained data, the vault's folder (used from the next start), and the binder's defaults.
 */
public final class PreferencesViewModel {

    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("es"));

    private final AppPreferences preferences;
    private final Consumer<Locale> switchLanguage;
    private final UiText text;
    private final ObjectProperty<Locale> language = new SimpleObjectProperty<>();
    private final BooleanProperty ocrEnglish = new SimpleBooleanProperty();
    private final BooleanProperty ocrSpanish = new SimpleBooleanProperty();
    private final StringProperty ocrOthers = new SimpleStringProperty("");
    private final StringProperty tessdata = new SimpleStringProperty("");
    private final StringProperty vaultFolder = new SimpleStringProperty("");
    private final IntegerProperty maxMb = new SimpleIntegerProperty();
    private final ObjectProperty<LabelScheme> labels = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> idleLockMinutes = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final IntConsumer applyFontScale;

    public PreferencesViewModel(AppPreferences preferences, Consumer<Locale> switchLanguage, UiText text) {
        this(preferences, switchLanguage, text, percent -> preferences.setFontScale(percent));
    }

    /** {@code applyFontScale} stores and shows a new text size at once. */
    public PreferencesViewModel(AppPreferences preferences, Consumer<Locale> switchLanguage, UiText text,
                                IntConsumer applyFontScale) {
        this.preferences = preferences;
        this.switchLanguage = switchLanguage;
        this.text = text;
        this.applyFontScale = applyFontScale;
        reload();
    }

    /** The folder of the log files (read-only: the system's convention, or HARDSHIP_BINDER_LOG_DIR). */
    public String logFolder() {
        return LogFolder.forThisMachine().toString();
    }

    /** A language chosen in the list applies at once: the window is rebuilt in it, status bar included. */
    public void applyLanguage(Locale chosen) {
        if (chosen != null && !chosen.getLanguage().equals(text.locale().getLanguage())) {
            switchLanguage.accept(chosen);
        }
    }

    /** A text size chosen in the list applies at once. */
    public void applyFontScale(Integer percent) {
        if (percent != null && percent != preferences.fontScale()) {
            applyFontScale.accept(percent);
        }
    }

    public int fontScale() {
        return preferences.fontScale();
    }

    public void reload() {
        language.set(LANGUAGES.stream().filter(l -> l.getLanguage().equals(preferences.language().getLanguage()))
                .findFirst().orElse(Locale.ENGLISH));
        List<String> ocr = preferences.ocrLanguages();
        ocrEnglish.set(ocr.contains("eng"));
        ocrSpanish.set(ocr.contains("spa"));
        ocrOthers.set(String.join(" ", ocr.stream().filter(c -> !c.equals("eng") && !c.equals("spa")).toList()));
        tessdata.set(preferences.tessdataFolder());
        vaultFolder.set(preferences.vaultFolder());
        maxMb.set(preferences.binderMaxMb());
        labels.set(preferences.binderLabels());
        idleLockMinutes.set(preferences.idleLockMinutes());
        message.set("");
    }

    /** Stores everything; a new interface language rebuilds the window right away. */
    public void save() {
        List<String> ocr = new ArrayList<>();
        if (ocrEnglish.get()) {
            ocr.add("eng");
        }
        if (ocrSpanish.get()) {
            ocr.add("spa");
        }
        for (String code : ocrOthers.get().toLowerCase(Locale.ROOT).split("[\\s,+]+")) {
            if (code.matches("[a-z_]{3,8}") && !ocr.contains(code)) {
                ocr.add(code);
            }
        }
        if (ocr.isEmpty()) {
            message.set(text.get("ui.prefs.needOcrLanguage"));
            return;
        }
        if (maxMb.get() < 1 || maxMb.get() > 500) {
            message.set(text.get("ui.prefs.badMaxMb"));
            return;
        }
        boolean vaultChanged = !vaultFolder.get().strip().equals(preferences.vaultFolder());
        preferences.setOcrLanguages(ocr);
        preferences.setTessdataFolder(tessdata.get());
        preferences.setVaultFolder(vaultFolder.get());
        preferences.setBinderMaxMb(maxMb.get());
        preferences.setBinderLabels(labels.get());
        if (idleLockMinutes.get() != null) {
            preferences.setIdleLockMinutes(idleLockMinutes.get());
        }
        message.set(text.get(vaultChanged ? "ui.prefs.savedVault" : "ui.prefs.saved"));
        if (!language.get().getLanguage().equals(text.locale().getLanguage())) {
            switchLanguage.accept(language.get());
        }
    }

    public String languageLabel(Locale locale) {
        return locale.getDisplayLanguage(locale).substring(0, 1).toUpperCase(locale) + locale.getDisplayLanguage(locale).substring(1);
    }

    public ObjectProperty<Locale> languageProperty() {
        return language;
    }

    public BooleanProperty ocrEnglishProperty() {
        return ocrEnglish;
    }

    public BooleanProperty ocrSpanishProperty() {
        return ocrSpanish;
    }

    public StringProperty ocrOthersProperty() {
        return ocrOthers;
    }

    public StringProperty tessdataProperty() {
        return tessdata;
    }

    public StringProperty vaultFolderProperty() {
        return vaultFolder;
    }

    public IntegerProperty maxMbProperty() {
        return maxMb;
    }

    public ObjectProperty<LabelScheme> labelsProperty() {
        return labels;
    }

    /** Minutes without input before an encrypted vault locks (0: never); stored with Save. */
    public ObjectProperty<Integer> idleLockMinutesProperty() {
        return idleLockMinutes;
    }

    public String idleLockLabel(Integer minutes) {
        return minutes == null || minutes == 0 ? text.get("security.idleNever") : text.get("security.idleMinutes", minutes);
    }

    public StringProperty messageProperty() {
        return message;
    }
}

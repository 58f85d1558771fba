package org.hardshipbinder.ui.prefs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.hardshipbinder.binder.LabelScheme;

/** The settings the user can change, with their defaults, over a {@link PreferenceStore}. */
public final class AppPreferences {

    public static final String LANGUAGE = "ui.language";
    public static final String OCR_LANGUAGES = "ocr.languages";
    public static final String TESSDATA = "ocr.tessdata";
    public static final String VAULT = "vault.directory";
    public static final String BINDER_MAX_MB = "binder.maxMb";
    public static final String BINDER_LABELS = "binder.labels";
    public static final String RECENT_CASES = "cases.recent";
    public static final String FONT_SCALE = "ui.fontScale";
    /** The text sizes offered, in percent of the system's. */
    public static final java.util.List<Integer> FONT_SCALES = java.util.List.of(100, 115, 125, 150);
    public static final String IDLE_LOCK = "vault.idleLockMinutes";
    /** The idle times after which an encrypted vault locks, in minutes; 0 is "never". */
    public static final java.util.List<Integer> IDLE_LOCK_CHOICES = java.util.List.of(0, 5, 15, 30, 60);
    private static final int DEFAULT_IDLE_LOCK = 15;
    private static final int RECENT_LIMIT = 8;

    private final PreferenceStore store;

    public AppPreferences(PreferenceStore store) {
        this.store = store;
    }

    public Locale language() {
        String tag = store.get(LANGUAGE, Locale.getDefault().getLanguage().equals("es") ? "es" : "en");
        return Locale.forLanguageTag(tag);
    }

    public void setLanguage(Locale locale) {
        store.put(LANGUAGE, locale.getLanguage());
    }

    public List<String> ocrLanguages() {
        return Arrays.stream(store.get(OCR_LANGUAGES, "eng+spa").split("\\+")).filter(s -> !s.isBlank()).toList();
    }

    public void setOcrLanguages(List<String> codes) {
        store.put(OCR_LANGUAGES, String.join("+", codes));
    }

    public String tessdataFolder() {
        return store.get(TESSDATA, "");
    }

    public void setTessdataFolder(String folder) {
        store.put(TESSDATA, folder == null ? "" : folder.strip());
    }

    public String vaultFolder() {
        return store.get(VAULT, "");
    }

    public void setVaultFolder(String folder) {
        store.put(VAULT, folder == null ? "" : folder.strip());
    }

    public int binderMaxMb() {
        try {
            return Integer.parseInt(store.get(BINDER_MAX_MB, "12"));
        } catch (NumberFormatException e) {
            return 12;
        }
    }

    public void setBinderMaxMb(int mb) {
        store.put(BINDER_MAX_MB, Integer.toString(mb));
    }

    /** The exhibit labels a new case's binder starts with. */
    public LabelScheme binderLabels() {
        return LabelScheme.fromCode(store.get(BINDER_LABELS, LabelScheme.LETTERS.code())).orElse(LabelScheme.LETTERS);
    }

    public void setBinderLabels(LabelScheme scheme) {
        store.put(BINDER_LABELS, scheme.code());
    }

    /** The text size in percent of the system's, 100–150. */
    public int fontScale() {
        try {
            return Math.max(100, Math.min(150, Integer.parseInt(store.get(FONT_SCALE, "100"))));
        } catch (NumberFormatException e) {
            return 100;
        }
    }

    public void setFontScale(int percent) {
        store.put(FONT_SCALE, Integer.toString(Math.max(100, Math.min(150, percent))));
    }

    /** Minutes without input after which an encrypted vault locks; 0: never. Only the values offered are kept. */
    public int idleLockMinutes() {
        try {
            int minutes = Integer.parseInt(store.get(IDLE_LOCK, Integer.toString(DEFAULT_IDLE_LOCK)));
            return IDLE_LOCK_CHOICES.contains(minutes) ? minutes : DEFAULT_IDLE_LOCK;
        } catch (NumberFormatException e) {
            return DEFAULT_IDLE_LOCK;
        }
    }

    public void setIdleLockMinutes(int minutes) {
        store.put(IDLE_LOCK, Integer.toString(IDLE_LOCK_CHOICES.contains(minutes) ? minutes : DEFAULT_IDLE_LOCK));
    }

    /** Case ids, most recently opened first. */
    public List<Long> recentCases() {
        List<Long> ids = new ArrayList<>();
        for (String part : store.get(RECENT_CASES, "").split(",")) {
            try {
                ids.add(Long.parseLong(part.strip()));
            } catch (NumberFormatException skipped) {
                // an empty list or a hand-edited value
            }
        }
        return ids;
    }

    public void caseOpened(long caseId) {
        List<Long> ids = new ArrayList<>(recentCases());
        ids.removeIf(id -> Objects.equals(id, caseId));
        ids.add(0, caseId);
        store.put(RECENT_CASES, String.join(",", ids.stream().limit(RECENT_LIMIT).map(String::valueOf).toList()));
    }
}

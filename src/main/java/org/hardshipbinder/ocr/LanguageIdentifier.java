package org.hardshipbinder.ocr;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfile;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.hardshipbinder.model.PageText;

/**
 * Names the language of a page's text (ISO 639-1, or "und"). Non-Latin text is decided by its script; Latin text by
 * an n-gram model restricted to the Latin-script languages our users bring, so noise cannot turn into a language
 * nobody here writes. Too little text, or no clear winner, is "und": never a guess of English.
 */
public final class LanguageIdentifier {

    static final List<String> LATIN_LANGUAGES = List.of("en", "es", "pt", "fr", "ht", "vi", "tl");
    /** Fewer letters than this say nothing reliable about a language. */
    static final int MIN_LETTERS = 12;
    static final double MIN_PROBABILITY = 0.75;

    private final LanguageDetector detector;
    private final TextObjectFactory texts = CommonTextObjectFactories.forDetectingOnLargeText();

    public LanguageIdentifier() {
        try {
            List<LanguageProfile> profiles = new LanguageProfileReader().read(LATIN_LANGUAGES);
            detector = LanguageDetectorBuilder.create(NgramExtractors.standard()).withProfiles(profiles)
                    .shortTextAlgorithm(0).build();
        } catch (IOException e) {
            throw new UncheckedIOException("the language profiles are missing from the app's package", e);
        }
    }

    public String identify(String text) {
        Map<Character.UnicodeScript, Integer> scripts = new EnumMap<>(Character.UnicodeScript.class);
        int letters = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                letters++;
                scripts.merge(Character.UnicodeScript.of(cp), 1, Integer::sum);
            }
        }
        Character.UnicodeScript main = scripts.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).orElse(Character.UnicodeScript.COMMON);
        if (main == Character.UnicodeScript.CYRILLIC && !PageText.UNKNOWN_LANGUAGE.equals(byScript(main, scripts, letters))) {
            return CyrillicLanguages.identify(text);
        }
        if (main != Character.UnicodeScript.LATIN) {
            return byScript(main, scripts, letters);
        }
        if (letters < MIN_LETTERS) {
            return PageText.UNKNOWN_LANGUAGE;
        }
        List<DetectedLanguage> ranked = detector.getProbabilities(texts.forText(text));
        if (ranked.isEmpty() || ranked.get(0).getProbability() < MIN_PROBABILITY) {
            return PageText.UNKNOWN_LANGUAGE;
        }
        return ranked.get(0).getLocale().getLanguage();
    }

    /**
     * The share of words of three letters or more with a capital after a small letter ("KomyHanibHe", "3afoBinbHUM"):
     * how Cyrillic, Greek or Armenian come out when read with a Latin model. Latin-script languages rarely write so.
     */
    static double mixedCaseNoise(String text) {
        int words = 0;
        int mixed = 0;
        for (String w : text.split("[^\\p{L}\\p{N}]+")) {
            if (w.length() < 3) {
                continue;
            }
            words++;
            if (w.matches(".*\\p{Ll}\\p{Lu}.*") || w.matches(".*\\p{L}\\d\\p{L}.*")) {
                mixed++;
            }
        }
        return words == 0 ? 0 : (double) mixed / words;
    }

    /** Whether a language code is one read in the Latin alphabet (or unknown): the reading a wrong script turns into. */
    static boolean readsAsLatin(String language) {
        return PageText.UNKNOWN_LANGUAGE.equals(language) || LATIN_LANGUAGES.contains(language);
    }

    /**
     * The language a script named by orientation-and-script detection stands for, as well as the script alone can
     * tell (Cyrillic is named Russian until something says Ukrainian); empty for Latin or an unknown name.
     */
    static java.util.Optional<String> ofScriptName(String name) {
        String n = name.strip();
        if (n.equalsIgnoreCase("Latin") || n.equalsIgnoreCase("Common") || n.isEmpty()) {
            return java.util.Optional.empty();
        }
        if (n.startsWith("Han")) {
            return java.util.Optional.of("zh");
        }
        if (n.equalsIgnoreCase("Japanese")) {
            return java.util.Optional.of("ja");
        }
        try {
            Character.UnicodeScript script = Character.UnicodeScript.forName(n);
            String language = switch (script) {
                case ETHIOPIC -> "am";
                case ARMENIAN -> "hy";
                case GEORGIAN -> "ka";
                case BENGALI -> "bn";
                case KHMER -> "km";
                case MYANMAR -> "my";
                default -> byScript(script, java.util.Map.of(script, 2), 2);
            };
            return PageText.UNKNOWN_LANGUAGE.equals(language) ? java.util.Optional.empty() : java.util.Optional.of(language);
        } catch (IllegalArgumentException unknown) {
            return java.util.Optional.empty();
        }
    }

    /** Han, Hangul, Arabic … identify their language outright; a couple of stray glyphs do not. */
    private static String byScript(Character.UnicodeScript script, Map<Character.UnicodeScript, Integer> scripts,
                                   int letters) {
        int n = scripts.getOrDefault(script, 0);
        if (n < 2 || n * 2 < letters) {
            return PageText.UNKNOWN_LANGUAGE;
        }
        boolean kana = scripts.containsKey(Character.UnicodeScript.HIRAGANA)
                || scripts.containsKey(Character.UnicodeScript.KATAKANA);
        return switch (script) {
            case HAN -> kana ? "ja" : "zh";
            case HIRAGANA, KATAKANA -> "ja";
            case HANGUL -> "ko";
            case ARABIC -> "ar";
            case CYRILLIC -> "ru";
            case DEVANAGARI -> "hi";
            case HEBREW -> "he";
            case GREEK -> "el";
            case THAI -> "th";
            default -> PageText.UNKNOWN_LANGUAGE;
        };
    }
}

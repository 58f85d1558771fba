package org.hardshipbinder.ocr;

import java.util.Map;
import java.util.Optional;

/** Maps the ISO 639-1 codes the app stores to Tesseract's trained-data names, for the languages users bring. */
public final class LanguageCodes {

    private static final Map<String, String> TESSERACT = Map.ofEntries(
            Map.entry("en", "eng"), Map.entry("es", "spa"), Map.entry("pt", "por"), Map.entry("fr", "fra"),
            Map.entry("ht", "hat"), Map.entry("vi", "vie"), Map.entry("zh", "chi_sim"), Map.entry("tl", "tgl"),
            Map.entry("ar", "ara"), Map.entry("ru", "rus"), Map.entry("ko", "kor"), Map.entry("hi", "hin"),
            Map.entry("ja", "jpn"), Map.entry("uk", "ukr"), Map.entry("de", "deu"), Map.entry("it", "ita"),
            Map.entry("be", "bel"), Map.entry("bg", "bul"), Map.entry("sr", "srp"), Map.entry("mk", "mkd"));

    private LanguageCodes() {
    }

    /** The trained-data name for an ISO code, when Tesseract has a model for it. */
    public static Optional<String> tesseractModel(String iso) {
        return Optional.ofNullable(TESSERACT.get(iso));
    }
}

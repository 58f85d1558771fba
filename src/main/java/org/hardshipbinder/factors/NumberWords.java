package org.hardshipbinder.factors;

import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Reads numbers written out in words, as civil records write dates: "the eleventh day … of the year two thousand
 * twenty-six", "a los once días … del año dos mil veintiséis", "vinte e dois … de mil novecentos e noventa e três".
 * English, Spanish and Portuguese, folded (no accents, lower case); days 1-31 and years 1000-2999.
 */
final class NumberWords {

    private static final Map<String, Integer> WORDS = Map.ofEntries(
            // English cardinals and ordinals
            Map.entry("one", 1), Map.entry("first", 1), Map.entry("two", 2), Map.entry("second", 2),
            Map.entry("three", 3), Map.entry("third", 3), Map.entry("four", 4), Map.entry("fourth", 4),
            Map.entry("five", 5), Map.entry("fifth", 5), Map.entry("six", 6), Map.entry("sixth", 6),
            Map.entry("seven", 7), Map.entry("seventh", 7), Map.entry("eight", 8), Map.entry("eighth", 8),
            Map.entry("nine", 9), Map.entry("ninth", 9), Map.entry("ten", 10), Map.entry("tenth", 10),
            Map.entry("eleven", 11), Map.entry("eleventh", 11), Map.entry("twelve", 12), Map.entry("twelfth", 12),
            Map.entry("thirteen", 13), Map.entry("thirteenth", 13), Map.entry("fourteen", 14), Map.entry("fourteenth", 14),
            Map.entry("fifteen", 15), Map.entry("fifteenth", 15), Map.entry("sixteen", 16), Map.entry("sixteenth", 16),
            Map.entry("seventeen", 17), Map.entry("seventeenth", 17), Map.entry("eighteen", 18),
            Map.entry("eighteenth", 18), Map.entry("nineteen", 19), Map.entry("nineteenth", 19),
            Map.entry("twenty", 20), Map.entry("twentieth", 20), Map.entry("thirty", 30), Map.entry("thirtieth", 30),
            Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70),
            Map.entry("eighty", 80), Map.entry("ninety", 90), Map.entry("hundred", 100), Map.entry("thousand", 1000),
            // Spanish
            Map.entry("uno", 1), Map.entry("un", 1), Map.entry("primero", 1), Map.entry("dos", 2), Map.entry("tres", 3),
            Map.entry("cuatro", 4), Map.entry("cinco", 5), Map.entry("seis", 6), Map.entry("siete", 7),
            Map.entry("ocho", 8), Map.entry("nueve", 9), Map.entry("diez", 10), Map.entry("once", 11),
            Map.entry("doce", 12), Map.entry("trece", 13), Map.entry("catorce", 14), Map.entry("quince", 15),
            Map.entry("dieciseis", 16), Map.entry("diecisiete", 17), Map.entry("dieciocho", 18),
            Map.entry("diecinueve", 19), Map.entry("veinte", 20), Map.entry("veintiuno", 21), Map.entry("veintiun", 21),
            Map.entry("veintidos", 22), Map.entry("veintitres", 23), Map.entry("veinticuatro", 24),
            Map.entry("veinticinco", 25), Map.entry("veintiseis", 26), Map.entry("veintisiete", 27),
            Map.entry("veintiocho", 28), Map.entry("veintinueve", 29), Map.entry("treinta", 30),
            Map.entry("cuarenta", 40), Map.entry("cincuenta", 50), Map.entry("sesenta", 60), Map.entry("setenta", 70),
            Map.entry("ochenta", 80), Map.entry("noventa", 90), Map.entry("mil", 1000),
            Map.entry("novecientos", 900), Map.entry("ochocientos", 800),
            // Portuguese
            Map.entry("um", 1), Map.entry("primeiro", 1), Map.entry("dois", 2), Map.entry("quatro", 4),
            Map.entry("sete", 7), Map.entry("oito", 8), Map.entry("nove", 9), Map.entry("dez", 10), Map.entry("onze", 11), Map.entry("doze", 12),
            Map.entry("treze", 13), Map.entry("quatorze", 14), Map.entry("catorze", 14), Map.entry("quinze", 15),
            Map.entry("dezesseis", 16), Map.entry("dezasseis", 16), Map.entry("dezessete", 17), Map.entry("dezoito", 18),
            Map.entry("dezenove", 19), Map.entry("vinte", 20), Map.entry("trinta", 30), Map.entry("quarenta", 40),
            Map.entry("cinquenta", 50), Map.entry("sessenta", 60), Map.entry("oitenta", 80),
            Map.entry("novecentos", 900), Map.entry("oitocentos", 800));

    /** Words that only join parts of one number ("twenty-six", "veinte y", "vinte e"). */
    private static final Pattern JOINERS = Pattern.compile("^(and|y|e|-)$");
    static final String WORD = "(?:" + String.join("|", WORDS.keySet().stream().sorted((a, b) -> b.length() - a.length())
            .toList()) + ")";
    /** A run of number words, allowing hyphens and the joining "and", "y", "e". */
    static final String RUN = WORD + "(?:(?:\\s+(?:and|y|e)\\s+|\\s*-\\s*|\\s+)" + WORD + ")*";

    private NumberWords() {
    }

    /** The value of a run of number words, or empty when a word is not a number word. */
    static OptionalInt value(String run) {
        int total = 0;
        int current = 0;
        for (String word : run.replace("-", " - ").trim().split("\\s+")) {
            if (JOINERS.matcher(word).matches()) {
                continue;
            }
            Integer v = WORDS.get(word);
            if (v == null) {
                return OptionalInt.empty();
            }
            if (v == 1000) {
                total += Math.max(current, 1) * 1000;
                current = 0;
            } else if (v == 100) {
                current = Math.max(current, 1) * 100;
            } else {
                current += v;
            }
        }
        return OptionalInt.of(total + current);
    }
}

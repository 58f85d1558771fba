package org.hardshipbinder.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Numbers written out in English, Spanish and Portuguese, cardinal or ordinal, as far as dates and ages need them:
 * "twenty-one", "the fourth", "nineteen ninety-four", "veinticinco", "dos mil veintitrés",
 * "mil novecentos e noventa e três". Words are folded (see {@link TextFold}); hyphenated words come split.
 */
public final class NumberWords {

    private static final Map<String, Integer> UNITS = new HashMap<>();
    private static final Map<String, Integer> HUNDREDS = new HashMap<>();
    private static final Set<String> HUNDRED = Set.of("hundred");
    private static final Set<String> THOUSAND = Set.of("thousand", "mil");
    private static final Set<String> AND = Set.of("and", "y", "e");

    static {
        put(0, "zero", "cero");
        put(1, "one", "first", "uno", "un", "una", "primero", "primer", "primera", "um", "primeiro", "primeira");
        put(2, "two", "second", "dos", "segundo", "dois", "duas");
        put(3, "three", "third", "tres", "tercero", "tercer");
        put(4, "four", "fourth", "cuatro", "cuarto", "quatro");
        put(5, "five", "fifth", "cinco", "quinto");
        put(6, "six", "sixth", "seis", "sexto");
        put(7, "seven", "seventh", "siete", "septimo", "sete", "setimo");
        put(8, "eight", "eighth", "ocho", "octavo", "oito", "oitavo");
        put(9, "nine", "ninth", "nueve", "noveno", "nove", "nono");
        put(10, "ten", "tenth", "diez", "decimo", "dez");
        put(11, "eleven", "eleventh", "once", "onze");
        put(12, "twelve", "twelfth", "doce", "doze");
        put(13, "thirteen", "thirteenth", "trece", "treze");
        put(14, "fourteen", "fourteenth", "catorce", "catorze", "quatorze");
        put(15, "fifteen", "fifteenth", "quince", "quinze");
        put(16, "sixteen", "sixteenth", "dieciseis", "dezesseis", "dezasseis");
        put(17, "seventeen", "seventeenth", "diecisiete", "dezessete", "dezassete");
        put(18, "eighteen", "eighteenth", "dieciocho", "dezoito");
        put(19, "nineteen", "nineteenth", "diecinueve", "dezenove", "dezanove");
        put(20, "twenty", "twentieth", "veinte", "vinte");
        put(21, "veintiuno", "veintiun", "veintiuna");
        put(22, "veintidos");
        put(23, "veintitres");
        put(24, "veinticuatro");
        put(25, "veinticinco");
        put(26, "veintiseis");
        put(27, "veintisiete");
        put(28, "veintiocho");
        put(29, "veintinueve");
        put(30, "thirty", "thirtieth", "treinta", "trinta");
        put(40, "forty", "fortieth", "cuarenta", "quarenta");
        put(50, "fifty", "fiftieth", "cincuenta", "cinquenta");
        put(60, "sixty", "sixtieth", "sesenta", "sessenta");
        put(70, "seventy", "seventieth", "setenta");
        put(80, "eighty", "eightieth", "ochenta", "oitenta");
        put(90, "ninety", "ninetieth", "noventa");
        hundreds(100, "cien", "ciento", "cem", "cento");
        hundreds(200, "doscientos", "doscientas", "duzentos", "duzentas");
        hundreds(300, "trescientos", "trescientas", "trezentos", "trezentas");
        hundreds(400, "cuatrocientos", "cuatrocientas", "quatrocentos", "quatrocentas");
        hundreds(500, "quinientos", "quinientas", "quinhentos", "quinhentas");
        hundreds(600, "seiscientos", "seiscientas", "seiscentos", "seiscentas");
        hundreds(700, "setecientos", "setecientas", "setecentos", "setecentas");
        hundreds(800, "ochocientos", "ochocientas", "oitocentos", "oitocentas");
        hundreds(900, "novecientos", "novecientas", "novecentos", "novecentas");
    }

    private NumberWords() {
    }

    /** Whether a folded word can be part of a written number (connectors "and", "y", "e" aside). */
    public static boolean isNumberWord(String word) {
        return UNITS.containsKey(word) || HUNDREDS.containsKey(word) || HUNDRED.contains(word) || THOUSAND.contains(word);
    }

    /** The value of exactly these words, or empty when they are not one written number. */
    public static OptionalInt parse(List<String> words) {
        if (words.isEmpty() || AND.contains(words.get(0)) || AND.contains(words.get(words.size() - 1))) {
            return OptionalInt.empty();
        }
        int total = 0;
        int current = 0;
        boolean any = false;
        String previous = null;
        for (String w : words) {
            if (AND.contains(w)) {
                if (previous == null || AND.contains(previous)) {
                    return OptionalInt.empty();
                }
            } else if (UNITS.containsKey(w)) {
                int v = UNITS.get(w);
                int low = current % 100;
                if (low >= 20 && low % 10 == 0 && v < 10) {
                    current += v;
                } else if (current >= 10 && current < 100 && v >= 10) {
                    current = current * 100 + v;
                } else if (low == 0) {
                    current += v;
                } else {
                    return OptionalInt.empty();
                }
                any = true;
            } else if (HUNDREDS.containsKey(w)) {
                if (current != 0) {
                    return OptionalInt.empty();
                }
                current = HUNDREDS.get(w);
                any = true;
            } else if (HUNDRED.contains(w)) {
                current = (current == 0 ? 1 : current) * 100;
                any = true;
            } else if (THOUSAND.contains(w)) {
                total += (current == 0 ? 1 : current) * 1000;
                current = 0;
                any = true;
            } else {
                return OptionalInt.empty();
            }
            previous = w;
        }
        return any ? OptionalInt.of(total + current) : OptionalInt.empty();
    }

    private static void put(int value, String... words) {
        for (String w : words) {
            UNITS.put(w, value);
        }
    }

    private static void hundreds(int value, String... words) {
        for (String w : words) {
            HUNDREDS.put(w, value);
        }
    }
}

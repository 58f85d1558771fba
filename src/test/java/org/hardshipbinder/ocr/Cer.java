package org.hardshipbinder.ocr;

/** Character error rate: edit distance between the expected and the read text over the expected length. */
public final class Cer {

    private Cer() {
    }

    /** Whitespace runs count as one space; with {@code ignoreSpaces} (Chinese) they do not count at all. */
    public static double of(String expected, String actual, boolean ignoreSpaces) {
        String e = normalize(expected, ignoreSpaces);
        String a = normalize(actual, ignoreSpaces);
        return e.isEmpty() ? (a.isEmpty() ? 0 : 1) : (double) distance(e, a) / e.length();
    }

    static String normalize(String s, boolean ignoreSpaces) {
        String t = s.replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"').replace('—', '-');
        return ignoreSpaces ? t.replaceAll("\\s+", "") : t.replaceAll("\\s+", " ").strip();
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}

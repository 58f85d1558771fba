package org.hardshipbinder.checks.facts;

import org.apache.commons.text.similarity.LevenshteinDistance;

/** Whether two folded words are the same word with a slip of the pen (one letter changed, added, dropped or swapped). */
final class TokenSimilarity {

    private static final LevenshteinDistance ONE = new LevenshteinDistance(1);

    private TokenSimilarity() {
    }

    static boolean likelyTypo(String a, String b) {
        if (a.equals(b) || Math.min(a.length(), b.length()) < 4) {
            return false;
        }
        if (genderedPair(a, b) || CommonGivenNames.differentNames(a, b)) {
            return false;
        }
        return ONE.apply(a, b) == 1 || swapped(a, b);
    }

    /** Mario and María, Daniel and Daniela are different names, not typos. */
    private static boolean genderedPair(String a, String b) {
        String shorter = a.length() <= b.length() ? a : b;
        String longer = a.length() <= b.length() ? b : a;
        if (longer.length() == shorter.length() + 1 && longer.startsWith(shorter) && "ao".indexOf(longer.charAt(longer.length() - 1)) >= 0) {
            return true;
        }
        return a.length() == b.length() && a.substring(0, a.length() - 1).equals(b.substring(0, b.length() - 1))
                && "aoe".indexOf(a.charAt(a.length() - 1)) >= 0 && "aoe".indexOf(b.charAt(b.length() - 1)) >= 0;
    }

    private static boolean swapped(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        int first = -1;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                if (first >= 0) {
                    return i == first + 1 && a.charAt(first) == b.charAt(i) && a.charAt(i) == b.charAt(first)
                            && a.substring(i + 1).equals(b.substring(i + 1));
                }
                first = i;
            }
        }
        return false;
    }
}

package org.hardshipbinder.grouping;

import java.util.Comparator;
import java.util.Locale;

/**
 * The order in which files were most likely made: by name, numbers compared as numbers (IMG_9 before IMG_10) and
 * letters without regard to case, which is how cameras, phones and scanners number what they save.
 */
final class FileOrder implements Comparator<FileFacts> {

    @Override
    public int compare(FileFacts a, FileFacts b) {
        int byName = compareNames(a.fileName(), b.fileName());
        return byName != 0 ? byName : Long.compare(a.documentId(), b.documentId());
    }

    static int compareNames(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (Character.isDigit(x) && Character.isDigit(y)) {
                int endA = digitsEnd(a, i);
                int endB = digitsEnd(b, j);
                String na = a.substring(i, endA).replaceFirst("^0+(?=\\d)", "");
                String nb = b.substring(j, endB).replaceFirst("^0+(?=\\d)", "");
                int c = na.length() != nb.length() ? Integer.compare(na.length(), nb.length()) : na.compareTo(nb);
                if (c != 0) {
                    return c;
                }
                i = endA;
                j = endB;
            } else {
                int c = String.valueOf(x).toLowerCase(Locale.ROOT).compareTo(String.valueOf(y).toLowerCase(Locale.ROOT));
                if (c != 0) {
                    return c;
                }
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    private static int digitsEnd(String s, int from) {
        int end = from;
        while (end < s.length() && Character.isDigit(s.charAt(end))) {
            end++;
        }
        return end;
    }
}

package org.hardshipbinder.factors;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hardshipbinder.text.TextFold;

/**
 * The person who asked for a certificate or statement ("At the request of Ms. X", "a solicitud de", "a pedido de",
 * "requested by") is not what the document is about: a mention found only right after such words is dropped.
 */
final class Requesters {

    private static final Pattern REQUEST = Pattern.compile("\\b(at the request of|requested by|upon request of|"
            + "on the request of|a solicitud de|a peticion de|a pedido de|a requerimento de|a pedido d[ao]|"
            + "solicitad[oa] por|requerid[oa] por)\\b");
    private static final int REACH = 40;

    private Requesters() {
    }

    static List<PeopleDetector.Mention> without(String text, List<PeopleDetector.Mention> mentions) {
        String folded = TextFold.compact(text);
        return mentions.stream().filter(m -> !onlyAsRequester(folded, m)).toList();
    }

    private static boolean onlyAsRequester(String folded, PeopleDetector.Mention m) {
        String first = m.found().split(" ")[0];
        Matcher name = Pattern.compile("\\b" + Pattern.quote(first) + "\\b").matcher(folded);
        boolean any = false;
        while (name.find()) {
            any = true;
            String before = folded.substring(Math.max(0, name.start() - REACH), name.start());
            if (!REQUEST.matcher(before).find()) {
                return false;
            }
        }
        return any;
    }
}

package org.hardshipbinder.privacy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Looks for words of a case in raw bytes: each needle in UTF-8, Latin-1 (a PDF literal string in a standard font),
 * UTF-16LE and UTF-16BE, as written, in capitals and without accents, ignoring ASCII case; and inside every
 * zlib stream the bytes hold (a PDF's compressed content streams), inflated.
 */
final class LeakScanner {

    private static final List<Charset> ENCODINGS = List.of(StandardCharsets.UTF_8, StandardCharsets.ISO_8859_1,
            StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE);
    private static final long MAX_FILE = 256L * 1024 * 1024;
    private static final int MAX_INFLATED = 32 * 1024 * 1024;

    /** A needle found: in which file, which word, in which form. */
    record Hit(String where, String needle, String form) {
    }

    private record Pattern(byte[] bytes, String needle, String form) {
    }

    private final Map<Integer, List<Pattern>> byPrefix = new HashMap<>();
    private final BitSet firstTwo = new BitSet(1 << 16);
    private final Set<String> seen = new java.util.HashSet<>();

    LeakScanner(List<String> needles) {
        for (String needle : needles) {
            Set<String> forms = new LinkedHashSet<>(List.of(needle, needle.toUpperCase(Locale.ROOT), stripAccents(needle),
                    stripAccents(needle).toUpperCase(Locale.ROOT)));
            for (String form : forms) {
                for (Charset cs : ENCODINGS) {
                    byte[] bytes = lowerAscii(form.getBytes(cs));
                    if (bytes.length < 4) {
                        throw new IllegalArgumentException("needle too short: " + needle);
                    }
                    add(new Pattern(bytes, needle, form + " in " + cs.name()));
                }
            }
        }
    }

    private void add(Pattern p) {
        if (!seen.add(java.util.HexFormat.of().formatHex(p.bytes))) {
            return;
        }
        byPrefix.computeIfAbsent(prefix(p.bytes, 0), k -> new ArrayList<>()).add(p);
        firstTwo.set(((p.bytes[0] & 0xff) << 8) | (p.bytes[1] & 0xff));
    }

    static String stripAccents(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    private static byte[] lowerAscii(byte[] b) {
        byte[] out = b.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] >= 'A' && out[i] <= 'Z') {
                out[i] += 32;
            }
        }
        return out;
    }

    private static int prefix(byte[] b, int at) {
        return ((b[at] & 0xff) << 24) | ((b[at + 1] & 0xff) << 16) | ((b[at + 2] & 0xff) << 8) | (b[at + 3] & 0xff);
    }

    /** The needles in one file's bytes (nothing when it vanished or cannot be read meanwhile). */
    List<Hit> scan(Path file, String label) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > MAX_FILE) {
                return List.of();
            }
            return scan(Files.readAllBytes(file), label);
        } catch (IOException | SecurityException | OutOfMemoryError gone) {
            return List.of();
        }
    }

    List<Hit> scan(byte[] raw, String label) {
        List<Hit> hits = new ArrayList<>(plain(lowerAscii(raw), label));
        for (int i = 0; i + 1 < raw.length; i++) {
            if (raw[i] == 0x78 && (raw[i + 1] == 0x01 || raw[i + 1] == 0x5e || raw[i + 1] == (byte) 0x9c
                    || raw[i + 1] == (byte) 0xda) && ((raw[i] & 0xff) * 256 + (raw[i + 1] & 0xff)) % 31 == 0) {
                byte[] inflated = inflate(raw, i);
                if (inflated.length >= 4) {
                    hits.addAll(plain(lowerAscii(inflated), label + " (zlib stream at " + i + ")"));
                }
            }
        }
        return hits;
    }

    private List<Hit> plain(byte[] b, String label) {
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i + 4 <= b.length; i++) {
            if (!firstTwo.get(((b[i] & 0xff) << 8) | (b[i + 1] & 0xff))) {
                continue;
            }
            List<Pattern> candidates = byPrefix.get(prefix(b, i));
            if (candidates == null) {
                continue;
            }
            for (Pattern p : candidates) {
                if (matches(b, i, p.bytes)) {
                    hits.add(new Hit(label + " @" + i, p.needle, p.form));
                }
            }
        }
        return hits;
    }

    private static boolean matches(byte[] b, int at, byte[] p) {
        if (at + p.length > b.length) {
            return false;
        }
        for (int k = 4; k < p.length; k++) {
            if (b[at + k] != p[k]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] inflate(byte[] raw, int at) {
        Inflater inflater = new Inflater();
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        try {
            inflater.setInput(raw, at, raw.length - at);
            byte[] out = new byte[64 * 1024];
            while (!inflater.finished() && all.size() < MAX_INFLATED) {
                int n = inflater.inflate(out);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                all.write(out, 0, n);
            }
            return all.toByteArray();
        } catch (DataFormatException damagedFurtherOn) {
            // What came out before the damage (a stream cut short, or random bytes that looked like a header) counts.
            return all.toByteArray();
        } finally {
            inflater.end();
        }
    }
}

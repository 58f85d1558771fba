package org.hardshipbinder.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.hardshipbinder.model.CaseKind;
import org.hardshipbinder.model.MediaType;
import org.hardshipbinder.model.NewDocument;
import org.hardshipbinder.model.PageGeometry;
import org.hardshipbinder.search.SearchQuery;
import org.hardshipbinder.search.SearchService;
import org.hardshipbinder.vault.AccessMode;
import org.hardshipbinder.vault.Jdbc;
import org.hardshipbinder.wiring.Services;

/**
 * Search over 20,000 pages of about 2 KB of mixed English and Spanish text: median query time of the FTS5 search
 * against a linear scan that finds the same pages (case- and accent-insensitive match of every word on every page).
 */
public final class SearchBench {

    static final int PAGES = 20_000;
    static final int PAGES_PER_DOCUMENT = 10;
    static final String[] WORDS = ("the of and to in a is that for it as was with be by on not he this are or his from "
            + "at which but have an they you were her she there been one all we their has would when if so no what "
            + "hospital médico asma familia niños esposo trabajo renta escuela deportación salud tratamiento carta "
            + "apoyo iglesia comunidad sueldo factura medicina operación niña señora José María López Martínez "
            + "insurance surgery diagnosis therapy depression anxiety tuition mortgage employer affidavit").split(" ");
    static final String[] QUERIES = {"maria lopez", "\"severe asthma\"", "deportacion", "medic*", "hospital surgery",
            "jose martinez", "\"carta de apoyo\"", "tuition", "anxiety therapy", "operacion niña"};

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("search-bench");
        try (Services services = Services.open(dir, AccessMode.READ_WRITE)) {
            long load = System.nanoTime();
            fill(services);
            System.out.printf("loaded %d pages in %.1f s%n", PAGES, (System.nanoTime() - load) / 1e9);
            SearchService search = services.search();
            List<String[]> pages = services.vault().read(c -> Jdbc.query(c, "SELECT page_id, text FROM page_text",
                    rs -> new String[] {rs.getString(1), rs.getString(2)}));
            for (String q : QUERIES) {
                search.search(SearchQuery.of(q));
            }
            List<Double> fts = new ArrayList<>();
            List<Double> scan = new ArrayList<>();
            for (int round = 0; round < 5; round++) {
                for (String q : QUERIES) {
                    long t = System.nanoTime();
                    int hits = search.search(SearchQuery.of(q).limitedTo(20)).size();
                    fts.add((System.nanoTime() - t) / 1e6);
                    t = System.nanoTime();
                    int scanned = linearScan(pages, q);
                    scan.add((System.nanoTime() - t) / 1e6);
                    if (round == 0) {
                        System.out.printf("  %-22s fts hits(top 20) %d, linear matches %d%n", q, hits, scanned);
                    }
                }
            }
            double ftsMedian = median(fts);
            double scanMedian = median(scan);
            System.out.printf("FTS5 median %.2f ms, linear scan median %.1f ms, speed-up %.0fx (%d queries each)%n",
                    ftsMedian, scanMedian, scanMedian / ftsMedian, fts.size());
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
            }
        }
    }

    static void fill(Services services) {
        Random random = new Random(42);
        long caseId = services.cases().create(CaseKind.I_601A, "Bench", null).id();
        services.vault().write(c -> {
            for (int d = 0; d < PAGES / PAGES_PER_DOCUMENT; d++) {
                long doc = services.documents().insert(new NewDocument(caseId, "doc" + d + ".pdf", MediaType.PDF, 1,
                        "sha" + d, null), PAGES_PER_DOCUMENT);
                services.pages().insertAll(doc, java.util.Collections.nCopies(PAGES_PER_DOCUMENT, new PageGeometry(612, 792, 0)));
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO page_text(page_id, text, origin, language) SELECT id, ?, 'OCR', 'en' FROM pages WHERE id = ?")) {
                for (int id = 1; id <= PAGES; id++) {
                    ps.setString(1, text(random));
                    ps.setInt(2, id);
                    ps.addBatch();
                    if (id % 1000 == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    /**
     * Words drawn with Zipf's law from a 50,000-word vocabulary, as in real prose: the 40 function words first (on
     * every page), the names and case words at ranks 2,000-4,000 (each on about 1-2 % of pages), made-up words between.
     */
    static final String[] VOCABULARY = vocabulary();
    static final double[] CUMULATIVE = zipf(VOCABULARY.length);

    static String[] vocabulary() {
        Random random = new Random(7);
        String[] syllables = "ka lo mi ter an sol ri ven da pu ne cor bal fi tus gra mon le sa dor".split(" ");
        String[] v = new String[50_000];
        int function = 40;
        for (int i = 0; i < v.length; i++) {
            if (i < function) {
                v[i] = WORDS[i];
            } else if (i >= 2000 && (i - 2000) % 40 == 0 && function + (i - 2000) / 40 < WORDS.length) {
                v[i] = WORDS[function + (i - 2000) / 40];
            } else {
                StringBuilder w = new StringBuilder();
                for (int k = 0; k < 2 + random.nextInt(3); k++) {
                    w.append(syllables[random.nextInt(syllables.length)]);
                }
                v[i] = w.toString();
            }
        }
        return v;
    }

    static double[] zipf(int n) {
        double[] c = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += 1.0 / (i + 1);
            c[i] = sum;
        }
        for (int i = 0; i < n; i++) {
            c[i] /= sum;
        }
        return c;
    }

    static String text(Random random) {
        StringBuilder s = new StringBuilder();
        while (s.length() < 2000) {
            int i = Arrays.binarySearch(CUMULATIVE, random.nextDouble());
            s.append(VOCABULARY[i < 0 ? -i - 1 : i]).append(random.nextInt(12) == 0 ? ". " : " ");
        }
        return s.toString();
    }

    /** Finds the pages holding every word (accents and case ignored), reading every page's text each time. */
    static int linearScan(List<String[]> pages, String query) {
        List<String> terms = Arrays.stream(fold(query).replace("\"", " ").replace("*", "").split("\\s+"))
                .filter(t -> !t.isBlank()).toList();
        int n = 0;
        for (String[] page : pages) {
            String text = fold(page[1]);
            if (terms.stream().allMatch(text::contains)) {
                n++;
            }
        }
        return n;
    }

    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}

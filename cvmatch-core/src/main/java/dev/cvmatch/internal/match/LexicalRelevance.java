package dev.cvmatch.internal.match;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Lexical relevance of a CV to a job: TF-IDF cosine of their words, and how much of a job title a CV's titles cover.
 * Internal.
 *
 * <p>Words are lower-cased, stripped of accents and of a plural ending, and French and English function words are
 * dropped. Inverse document frequencies come from a fixed background collection of 310 real CVs (the CC0 dotin
 * résumé set, see NOTICE), not from the candidates being ranked, so that a CV's score against a job is the same
 * whoever else applies: scores stay comparable from one ranking to the next and with {@code match}. A word the
 * background never saw gets the highest weight.
 */
final class LexicalRelevance {

    private static final String RESOURCE = "/dev/cvmatch/internal/match/background-df.tsv";
    private static final Set<String> STOP = Set.copyOf(java.util.Arrays.asList(("a an and are as at be been but by for from had has have he her his"
            + " i in into is it its me my no not of on or our she so that the their them then there these they this"
            + " to was we were what when where which who will with you your also such other than very can may must"
            + " should would all any each more most some etc per via using used use well including include new"
            + " le la les un une des du de d l et ou en au aux a dans par pour sur avec sans sous chez ce cet cette"
            + " ces son sa ses leur leurs mon ma mes ton ta tes notre nos votre vos qui que quoi dont ne pas plus"
            + " est sont ete etre avoir fait faire comme aussi tout tous toute toutes entre vers lors depuis afin"
            + " ainsi").split(" ")));

    private static volatile InverseFrequencies background;

    private LexicalRelevance() {
    }

    /** A text's weighted words, normalised to unit length. */
    record Vector(Map<String, Double> weights) {
    }

    /**
     * @param text any text
     * @return its TF-IDF vector (sublinear term frequency), of unit length; empty for a text without words
     */
    static Vector vector(String text) {
        Map<String, Integer> counts = new HashMap<>();
        for (String token : tokens(text)) {
            counts.merge(token, 1, Integer::sum);
        }
        InverseFrequencies b = background();
        Map<String, Double> weights = new HashMap<>(counts.size() * 2);
        double norm = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            double w = (1 + Math.log(e.getValue())) * b.idf(e.getKey());
            weights.put(e.getKey(), w);
            norm += w * w;
        }
        double length = Math.sqrt(norm);
        if (length > 0) {
            weights.replaceAll((k, v) -> v / length);
        }
        return new Vector(weights);
    }

    /**
     * @return the cosine of two vectors, 0-1
     */
    static double cosine(Vector a, Vector b) {
        Map<String, Double> small = a.weights.size() <= b.weights.size() ? a.weights : b.weights;
        Map<String, Double> large = small == a.weights ? b.weights : a.weights;
        double dot = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            Double other = large.get(e.getKey());
            if (other != null) {
                dot += e.getValue() * other;
            }
        }
        return Math.min(1, dot);
    }

    /** A job title's words with their weights, computed once per job. */
    record Title(Map<String, Double> weights, double total) {
    }

    /**
     * @param titles the job's title and alternative titles
     * @return their weighted words, titles without words left out
     */
    static List<Title> titles(List<String> titles) {
        InverseFrequencies b = background();
        List<Title> out = new ArrayList<>();
        for (String title : titles) {
            Map<String, Double> weights = new HashMap<>();
            for (String w : tokens(title)) {
                weights.putIfAbsent(w, b.idf(w));
            }
            double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
            if (total > 0) {
                out.add(new Title(weights, total));
            }
        }
        return out;
    }

    /**
     * How much of the best-covered job title a title of the CV covers, weighting words by their rarity: "Head chef"
     * covers "Chefs and head cooks" more than "Sales manager" covers "Sales associate".
     *
     * @param jobTitles the job's titles, from {@link #titles(List)}
     * @param cvTitle a title of the CV
     * @return the share of the job title's word weight found in the CV title, 0-1
     */
    static double titleCoverage(List<Title> jobTitles, String cvTitle) {
        Set<String> cv = new HashSet<>(tokens(cvTitle));
        double best = 0;
        for (Title title : jobTitles) {
            double found = 0;
            for (Map.Entry<String, Double> w : title.weights.entrySet()) {
                if (cv.contains(w.getKey())) {
                    found += w.getValue();
                }
            }
            best = Math.max(best, found / title.total);
        }
        return best;
    }

    /**
     * @param text any text
     * @return its words: lower case, no accents, no plural ending, no function words, at least two letters
     */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return tokens;
        }
        StringBuilder word = new StringBuilder(24);
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            char c = i < n ? fold(text.charAt(i)) : ' ';
            if (c == 0) {
                continue; // a combining accent
            }
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '#'
                    || c > 127 && Character.isLetterOrDigit(c)) {
                word.append(c);
            } else if (word.length() > 0) {
                if (word.length() >= 2) {
                    String w = stem(word.toString());
                    if (!STOP.contains(w) && !isNumber(w)) {
                        tokens.add(w);
                    }
                }
                word.setLength(0);
            }
        }
        return tokens;
    }

    /** Lower case without accents: a table for Latin-1 and Latin Extended-A, built once with the JDK normaliser. */
    private static final char[] FOLD = new char[0x250];

    static {
        for (char c = 0; c < FOLD.length; c++) {
            String lower = String.valueOf(c).toLowerCase(Locale.ROOT);
            String base = Normalizer.normalize(lower, Normalizer.Form.NFD);
            char folded = base.isEmpty() ? c : base.charAt(0);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                folded = 0;
            }
            FOLD[c] = lower.length() == 1 && folded < 0x250 ? folded : c;
        }
        FOLD['\u00df'] = 's'; // the sharp s reads as an s: "strasse" and "straße" meet
    }

    private static char fold(char c) {
        if (c < FOLD.length) {
            return FOLD[c];
        }
        if (Character.getType(c) == Character.NON_SPACING_MARK) {
            return 0;
        }
        return Character.toLowerCase(c);
    }

    private static boolean isNumber(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isDigit(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Plural endings only: "chefs" and "chef", "nurses" and "nurse", "activities" and "activity". */
    private static String stem(String w) {
        int n = w.length();
        if (n > 4 && w.endsWith("ies")) {
            return w.substring(0, n - 3) + "y";
        }
        if (n > 3 && (w.endsWith("s") || w.endsWith("x")) && !w.endsWith("ss") && !w.endsWith("us")
                && !w.endsWith("is")) {
            return w.substring(0, n - 1);
        }
        return w;
    }

    private static InverseFrequencies background() {
        InverseFrequencies b = background;
        if (b == null) {
            synchronized (LexicalRelevance.class) {
                if (background == null) {
                    background = InverseFrequencies.load(RESOURCE);
                }
                b = background;
            }
        }
        return b;
    }
}

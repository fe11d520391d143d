package dev.cvmatch.internal.occupation;

import dev.cvmatch.occupation.NormalizedOccupation;
import dev.cvmatch.occupation.OccupationNormalizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The occupations of {@code occupations.tsv.gz} (built by {@code src/build/taxonomy/build_occupations.py}) indexed by
 * folded title. Immutable and thread-safe.
 */
public final class OccupationIndex implements OccupationNormalizer {

    private static final String RESOURCE = "/dev/cvmatch/occupation/occupations.tsv.gz";
    /** Below this, no occupation is given. */
    static final double MIN_CONFIDENCE = 0.5;
    private static final int MAX_PHRASE = 8;
    private static final String URI = "http://data.europa.eu/esco/occupation/";

    /** Words that qualify a title without changing the occupation. */
    private static final Set<String> QUALIFIERS = Set.of("senior", "sr", "junior", "jr", "confirme", "confirmee",
            "experimente", "experimentee", "debutant", "debutante", "h", "f", "m", "w", "d", "x", "i", "ii", "iii",
            "iv", "cdi", "cdd", "principal", "staff", "freelance");
    /** Words that never make a title on their own. */
    private static final Set<String> WEAK = Set.of("and", "or", "of", "the", "in", "for", "at", "de", "du", "des",
            "la", "le", "les", "et", "en", "a", "au", "aux", "d", "l", "to", "with", "on", "par", "pour", "manager",
            "assistant", "specialist", "officer", "worker", "operator", "technician", "director", "head", "chief",
            "lead", "agent", "associate", "consultant", "responsable", "charge", "chargee", "adjoint", "adjointe",
            "stagiaire", "intern", "trainee", "apprenti", "apprentie", "team", "staff", "general");

    private final String[] ids;
    private final String[] labelsEn;
    private final String[] labelsFr;
    private final String[] isco;
    private final Map<String, int[]> titles;
    private final Map<String, Integer> onetTitles;
    /** Curated titles (build script's curated_titles.tsv): occupation index and trust, packed as {@link #pack}. */
    private final Map<String, Long> curated;
    private final Map<String, Integer> preferred;
    private final Map<String, Integer> byId;

    private OccupationIndex(List<String[]> rows) {
        int n = rows.size();
        ids = new String[n];
        labelsEn = new String[n];
        labelsFr = new String[n];
        isco = new String[n];
        titles = new HashMap<>(n * 24);
        onetTitles = new HashMap<>(n * 4);
        curated = new HashMap<>(128);
        preferred = new HashMap<>(n * 4);
        byId = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            String[] r = rows.get(i);
            ids[i] = URI + r[0];
            isco[i] = r[1].isEmpty() ? null : r[1];
            labelsEn[i] = r[2];
            labelsFr[i] = r[3].isEmpty() ? null : r[3];
            byId.put(ids[i], i);
            for (String t : split(r[4])) {
                int[] old = titles.get(t);
                if (old == null) {
                    titles.put(t, new int[] {i});
                } else {
                    int[] grown = Arrays.copyOf(old, old.length + 1);
                    grown[old.length] = i;
                    titles.put(t, grown);
                }
            }
            if (r.length > 5) {
                for (String t : split(r[5])) {
                    onetTitles.put(t, i);
                }
            }
            if (r.length > 6) {
                for (String t : split(r[6])) {
                    int eq = t.lastIndexOf('=');
                    curated.put(t.substring(0, eq), pack(i, Integer.parseInt(t.substring(eq + 1))));
                }
            }
            preferred.putIfAbsent(fold(r[2]), i);
            if (labelsFr[i] != null) {
                for (String side : labelsFr[i].split("\\s*/\\s*")) {
                    preferred.putIfAbsent(fold(side), i);
                }
            }
        }
    }

    private static List<String> split(String field) {
        return field.isEmpty() ? List.of() : Arrays.asList(field.split("\\|"));
    }

    /**
     * Reads an index.
     *
     * @param in the gzipped TSV
     * @return the index
     * @throws IOException when the stream cannot be read
     */
    public static OccupationIndex read(InputStream in) throws IOException {
        List<String[]> rows = new ArrayList<>(3100);
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(in, 1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isEmpty() || line.charAt(0) == '#') {
                    continue;
                }
                rows.add(line.split("\t", -1));
            }
        }
        return new OccupationIndex(rows);
    }

    private static final class Holder {
        static final OccupationIndex BUNDLED = load();

        private static OccupationIndex load() {
            try (InputStream in = OccupationIndex.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + RESOURCE);
                }
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
        }
    }

    /** ESCO's English descriptions of the bundled occupations, by id; read on first use, apart from the index. */
    private static final class Descriptions {
        static final Map<String, String> BUNDLED = load();

        private static Map<String, String> load() {
            String resource = "/dev/cvmatch/occupation/descriptions.tsv.gz";
            try (InputStream in = OccupationIndex.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + resource);
                }
                Map<String, String> out = new HashMap<>(4096);
                try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                        new GZIPInputStream(in, 1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
                    String line;
                    while ((line = reader.readLine()) != null) {
                        int tab = line.indexOf('\t');
                        if (tab > 0 && line.charAt(0) != '#') {
                            out.put(URI + line.substring(0, tab), line.substring(tab + 1));
                        }
                    }
                }
                return Map.copyOf(out);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resource, e);
            }
        }
    }

    /**
     * ESCO's English description of a bundled occupation ("Lawyers provide legal advice and representation to
     * clients..."), read from a resource of its own on the first call (about 360 KB compressed).
     *
     * @param id an occupation id ({@link NormalizedOccupation#id()})
     * @return the description, or {@code null} when the id is not a bundled occupation or ESCO gives none
     */
    public static String description(String id) {
        return id == null ? null : Descriptions.BUNDLED.get(id);
    }

    /**
     * The bundled index, loaded once.
     *
     * @return the shared index
     */
    public static OccupationIndex bundled() {
        return Holder.BUNDLED;
    }

    /**
     * The number of occupations.
     *
     * @return the size
     */
    public int size() {
        return ids.length;
    }

    /**
     * Folds a title as the build script does: no accents, lower case, runs of other characters than letters,
     * digits, {@code +} and {@code #} made one space.
     *
     * @param s the text
     * @return the folded text
     */
    public static String fold(String s) {
        String d = Normalizer.normalize(s.replace('\u2019', '\''), Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(d.length());
        boolean space = false;
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            char l = Character.toLowerCase(c);
            if ((l >= 'a' && l <= 'z') || (l >= '0' && l <= '9') || l == '+' || l == '#') {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                space = false;
                out.append(l);
            } else {
                space = true;
            }
        }
        return out.toString();
    }

    @Override
    public Optional<NormalizedOccupation> byId(String id) {
        Integer i = id == null ? null : byId.get(id);
        return i == null ? Optional.empty() : Optional.of(occupation(i, 1));
    }

    private NormalizedOccupation occupation(int i, double confidence) {
        return new NormalizedOccupation(ids[i], labelsEn[i], labelsFr[i], isco[i], confidence);
    }

    /** An occupation index and how much a title that names it is trusted (percent, high bits), or -1 when none. */
    private long resolve(String phrase) {
        Long chosen = curated.get(phrase);
        if (chosen != null) {
            return chosen;
        }
        int[] candidates = titles.get(phrase);
        if (candidates == null) {
            Integer onet = onetTitles.get(phrase);
            return onet == null ? -1 : pack(onet, 90);
        }
        if (candidates.length == 1) {
            return pack(candidates[0], 100);
        }
        Integer pref = preferred.get(phrase);
        if (pref != null) {
            for (int c : candidates) {
                if (c == pref) {
                    return pack(c, 95);
                }
            }
        }
        String group = isco[candidates[0]];
        int first = candidates[0];
        for (int c : candidates) {
            if (group == null || !group.equals(isco[c])) {
                return -1;
            }
            first = Math.min(first, c);
        }
        return pack(first, 80);
    }

    private static long pack(int index, int percent) {
        return ((long) percent << 32) | index;
    }

    /** Below this confidence, the parts of a title listing several occupations are tried one by one. */
    private static final double PARTS_BELOW = 0.8;
    /** How much less a part of a title is trusted than a whole title that names an occupation. */
    private static final double PART_DISCOUNT = 0.9;

    /** Titles listing several occupations ("Farmers, Ranchers, and Other Agricultural Managers"). */
    private static final java.util.regex.Pattern PARTS = java.util.regex.Pattern.compile(
            "\\s*(?:[,;/&|]|\\band\\b|\\bet\\b|\\bor\\b|\\bou\\b)\\s*");

    @Override
    public Optional<NormalizedOccupation> normalize(String title) {
        if (title == null) {
            return Optional.empty();
        }
        long hit = match(fold(title));
        if ((hit < 0 || confidence(hit) < PARTS_BELOW) && title.length() < 200) {
            // "Développeur PHP / Symfony", "Accountants and Auditors": one of the parts may name the occupation more
            // clearly than the whole, which matched only on a phrase; when the whole gave an occupation, a part
            // replaces it only at a discount ("Accountant, accounts payable and receivable" stays less sure than
            // "Senior Accountant")
            double discount = hit >= 0 && confidence(hit) >= MIN_CONFIDENCE ? PART_DISCOUNT : 1;
            double best = -1;
            for (String part : PARTS.split(title)) {
                String folded = fold(part);
                long h = folded.isEmpty() || folded.equals(fold(title)) ? -1 : match(folded);
                if (h >= 0 && discount < 1) {
                    h = ((long) Math.round(confidence(h) * 1000 * discount) << 40) | (h & 0xffffffffL);
                }
                if (h >= 0 && confidence(h) > best && (hit < 0 || confidence(h) > confidence(hit))) {
                    best = confidence(h);
                    hit = h;
                }
            }
        }
        if (hit < 0 || confidence(hit) < MIN_CONFIDENCE) {
            return Optional.empty();
        }
        return Optional.of(occupation((int) hit, Math.min(1, confidence(hit))));
    }

    private static double confidence(long hit) {
        return (hit >>> 40) / 1000.0;
    }

    private static long withConfidence(long resolved, double factor) {
        return ((long) Math.round((resolved >>> 32) * 10 * factor) << 40) | (resolved & 0xffffffffL);
    }

    /**
     * Resolves a phrase as written, or with its last word made singular ("Human Resources Managers": an English
     * compound is plural on its head noun, and "human resource manager" is no title), or with all its words made
     * singular ("Lawyers", "Cuisiniers", "Chefs de projet").
     */
    private long resolveAny(List<String> words) {
        long h = resolve(String.join(" ", words));
        if (h >= 0) {
            return h;
        }
        String last = words.get(words.size() - 1);
        String lastSingular = singular(last);
        if (words.size() > 1 && !lastSingular.equals(last)) {
            List<String> headSingular = new ArrayList<>(words.subList(0, words.size() - 1));
            headSingular.add(lastSingular);
            h = resolve(String.join(" ", headSingular));
            if (h >= 0) {
                return pack((int) h, (int) Math.round((h >>> 32) * 0.95));
            }
        }
        List<String> singular = new ArrayList<>(words.size());
        boolean changed = false;
        for (String w : words) {
            String s = singular(w);
            changed |= !s.equals(w);
            singular.add(s);
        }
        if (!changed) {
            return -1;
        }
        h = resolve(String.join(" ", singular));
        return h < 0 ? -1 : pack((int) h, (int) Math.round((h >>> 32) * 0.95));
    }

    static String singular(String w) {
        int n = w.length();
        if (n < 4) {
            return w;
        }
        if (w.endsWith("ies") && n > 4) {
            return w.substring(0, n - 3) + "y";
        }
        if (w.endsWith("men")) {
            return w.substring(0, n - 3) + "man";
        }
        if (w.endsWith("sses") || w.endsWith("ches") || w.endsWith("shes") || w.endsWith("xes")) {
            return w.substring(0, n - 2);
        }
        if (w.endsWith("aux")) {
            return w.substring(0, n - 1) + "l";
        }
        if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, n - 1);
        }
        return w;
    }

    /** A folded title's occupation index and confidence (thousandths, bits 40 up), or -1. */
    private long match(String folded) {
        if (folded.isEmpty()) {
            return -1;
        }
        List<String> all = Arrays.asList(folded.split(" "));
        long hit = resolveAny(all);
        if (hit >= 0) {
            return withConfidence(hit, 1);
        }
        List<String> words = new ArrayList<>(all);
        words.removeIf(QUALIFIERS::contains);
        if (words.isEmpty()) {
            return -1;
        }
        hit = resolveAny(words);
        if (hit >= 0) {
            return withConfidence(hit, 0.95);
        }
        int n = words.size();
        for (int len = Math.min(n - 1, MAX_PHRASE); len >= 1; len--) {
            long best = -1;
            boolean conflict = false;
            for (int start = 0; start + len <= n; start++) {
                if (len == 1 && (WEAK.contains(words.get(start)) || words.get(start).length() < 3)) {
                    continue;
                }
                long h = resolveAny(words.subList(start, start + len));
                if (h < 0) {
                    continue;
                }
                if (best < 0) {
                    best = h;
                } else if ((int) h != (int) best) {
                    String a = isco[(int) h];
                    conflict |= a == null || !a.equals(isco[(int) best]);
                    if ((h >>> 32) > (best >>> 32)) {
                        best = h;
                    }
                }
            }
            if (best >= 0) {
                double coverage = 0.45 + 0.45 * len / n;
                return withConfidence(best, conflict ? coverage * 0.8 : coverage);
            }
        }
        return -1;
    }
}

package dev.cvmatch.internal.skill;

import dev.cvmatch.internal.parse.Texts;
import dev.cvmatch.skill.Skill;
import dev.cvmatch.skill.SkillMatch;
import dev.cvmatch.skill.SkillNormalizer;
import dev.cvmatch.skill.SkillTaxonomy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The default {@link SkillNormalizer}: a token-sequence index of every alias, greedy longest match, and context
 * rules for ambiguous aliases. Immutable and thread-safe; building the index for the bundled taxonomy takes a few
 * tens of milliseconds. Internal: use {@link SkillNormalizer#of(SkillTaxonomy)}.
 */
public final class AliasMatcher implements SkillNormalizer {

    /** Words after which an ambiguous one-word alias is an ordinary word: "excel at", "go to", "rest of". */
    private static final Set<String> ORDINARY_FOLLOWERS = Set.of("at", "in", "to", "up", "out", "of", "away",
            "into", "the", "a", "an");
    /**
     * Homonyms of well-known skills: a match is vetoed when one of these words is within three tokens ("Java,
     * Indonesia", "a python snake", "in spring and summer").
     */
    private static final Map<String, Set<String>> VETO = Map.of(
            "java", Set.of("indonesia", "indonesie", "island", "ile", "sea", "jakarta", "bali", "sumatra"),
            "python", Set.of("snake", "reptile", "serpent", "zoo"),
            "spring", Set.of("summer", "winter", "autumn", "season", "break", "printemps", "ete"),
            "ruby", Set.of("wedding", "anniversary", "ring", "necklace"),
            "swift", Set.of("taylor"),
            "rust", Set.of("corrosion", "metal", "paint", "iron"));
    /**
     * Words that introduce a tool: a capitalised ambiguous alias right after one is a skill even in prose with no other
     * skill ("analyse des écarts sous Excel", "dashboards built with Tableau").
     */
    private static final Set<String> TOOL_CUES = Set.of("sous", "avec", "via", "using", "with", "in");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an", "le", "la", "les", "un", "une", "des", "du");

    /** An indexed form: its normalised tokens, its skill, and whether it needs context. */
    record Entry(String[] tokens, Skill skill, boolean ambiguous) {
    }

    /**
     * A token of a text: normalised form, position, and whether only spaces, hyphens, slashes, apostrophes, dots
     * or ampersands separate it from the previous token (a multi-word alias never spans a comma or a bracket).
     */
    record Token(String norm, int start, int end, boolean joined) {
    }

    private static final class Holder {
        static final AliasMatcher BUNDLED = bundledIndex();

        static {
            bundledReady = true;
        }
    }

    /** Set once {@link Holder} is initialised: {@link #bundledSoon()} then returns the instance itself. */
    private static volatile boolean bundledReady;
    private static final java.util.concurrent.atomic.AtomicBoolean PREFETCHING =
            new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * The bundled normalizer as a parser being built wants it: the instance itself when it is built already;
     * otherwise one that starts building it now on a background thread (reading the taxonomy and indexing its
     * aliases takes 150-200 ms in a fresh JVM) and waits for it on first use, so that the first document's text
     * extraction overlaps the loading.
     */
    private static final SkillNormalizer DEFERRED = new SkillNormalizer() {
        @Override
        public List<SkillMatch> find(String text, boolean listContext) {
            return bundled().find(text, listContext);
        }

        @Override
        public SkillTaxonomy taxonomy() {
            return bundled().taxonomy();
        }

        @Override
        public String toString() {
            return "the bundled skill normalizer";
        }
    };

    /** Candidate lists longer than this are searched through {@link Grouped} (see {@link #grouped}). */
    private static final int GROUPED_ABOVE = 8;

    private final SkillTaxonomy taxonomy;
    private final Map<String, List<Entry>> index;
    /**
     * The long candidate lists of {@link #index} grouped by second token, built at their first use: a verb such as
     * "manage", "use" or "gérer" starts hundreds to a thousand multi-word aliases ("manage budgets"...), and every
     * occurrence of it in a CV compared the next token with each of them (a third of alias matching).
     */
    private final Map<String, Grouped> grouped = new java.util.concurrent.ConcurrentHashMap<>();

    private AliasMatcher(SkillTaxonomy taxonomy, Map<String, List<Entry>> index) {
        this.taxonomy = taxonomy;
        this.index = index;
    }

    /** The bundled taxonomy's normalizer, from its precomputed index when the build compiled one. */
    private static AliasMatcher bundledIndex() {
        BundledTaxonomy bundled = BundledTaxonomy.get();
        return bundled.index() != null ? new AliasMatcher(bundled.taxonomy(), bundled.index())
                : new AliasMatcher(bundled.taxonomy());
    }

    /**
     * Indexes a taxonomy.
     *
     * @param taxonomy the taxonomy
     */
    public AliasMatcher(SkillTaxonomy taxonomy) {
        this.taxonomy = Objects.requireNonNull(taxonomy, "taxonomy");
        this.index = new HashMap<>();
        Map<String, Boolean> seen = new HashMap<>();
        for (Skill skill : taxonomy.skills()) {
            List<String> forms = new ArrayList<>(skill.aliases().size() + 2);
            Set<String> spelled = new java.util.HashSet<>();
            for (String alias : skill.aliases()) {
                if (spelled.add(alias.toLowerCase(Locale.ROOT))) {
                    forms.add(alias);
                }
            }
            // the names, unless an alias spells them already (then their tokens would be the alias's)
            for (String name : new String[] {skill.name(), skill.nameFr()}) {
                if (!spelled.contains(name.toLowerCase(Locale.ROOT))
                        && !spelled.contains("~" + name.toLowerCase(Locale.ROOT))) {
                    spelled.add(name.toLowerCase(Locale.ROOT));
                    forms.add(name);
                }
            }
            // a form flagged ~ anywhere stays ambiguous even when the canonical name spells it too ("Excel");
            // each form is tokenized once
            List<String> keys = new ArrayList<>(forms.size());
            Set<String> flagged = new java.util.HashSet<>();
            for (String form : forms) {
                String k = key(tokenize(form.startsWith("~") ? form.substring(1) : form));
                keys.add(k);
                if (form.startsWith("~")) {
                    flagged.add(k);
                }
            }
            for (int f = 0; f < forms.size(); f++) {
                String key = keys.get(f);
                boolean ambiguous = forms.get(f).startsWith("~") || flagged.contains(key);
                if (key.isEmpty()) {
                    continue;
                }
                String[] norms = key.split(" ");
                Boolean previous = seen.get(key);
                if (previous != null) {
                    continue; // first definition wins; the same form is not indexed twice
                }
                // a one-letter or two-letter alias without symbols is ambiguous whatever the taxonomy says
                boolean shortWord = norms.length == 1 && norms[0].length() <= 2 && norms[0].chars()
                        .allMatch(Character::isLetter);
                seen.put(key, ambiguous || shortWord);
                index.computeIfAbsent(norms[0], k -> new ArrayList<>())
                        .add(new Entry(norms, skill, ambiguous || shortWord));
            }
        }
        for (List<Entry> entries : index.values()) {
            entries.sort((a, b) -> b.tokens.length - a.tokens.length);
        }
    }

    /** The index: first normalised token to the forms that start with it, longest first. Not to be modified. */
    Map<String, List<Entry>> index() {
        return index;
    }

    /**
     * The normalizer over the bundled taxonomy, built once.
     *
     * @return the shared instance
     */
    public static AliasMatcher bundled() {
        return Holder.BUNDLED;
    }

    /**
     * The bundled normalizer, or a stand-in that loads it in the background (see {@link #DEFERRED}).
     *
     * @return a normalizer over the bundled taxonomy
     */
    public static SkillNormalizer bundledSoon() {
        if (bundledReady) {
            return Holder.BUNDLED;
        }
        if (PREFETCHING.compareAndSet(false, true)) {
            Thread loader = new Thread(() -> {
                try {
                    bundled();
                } catch (RuntimeException | LinkageError e) {
                    // nothing to report here: the first use, in the caller's thread, fails as well
                }
            }, "cvmatch-taxonomy-load");
            loader.setDaemon(true);
            loader.start();
        }
        return DEFERRED;
    }

    @Override
    public SkillTaxonomy taxonomy() {
        return taxonomy;
    }

    @Override
    public List<SkillMatch> find(String text, boolean listContext) {
        Objects.requireNonNull(text, "text");
        List<Token> tokens = tokenize(text);
        List<int[]> spans = new ArrayList<>();
        List<Entry> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            String norm = tokens.get(i).norm();
            List<Entry> candidates = index.get(norm);
            Entry best = null;
            if (candidates != null && candidates.size() > GROUPED_ABOVE) {
                best = grouped.computeIfAbsent(norm, k -> new Grouped(candidates)).first(tokens, i);
            } else if (candidates != null) {
                for (Entry e : candidates) {
                    if (matchesAt(tokens, i, e.tokens)) {
                        best = e;
                        break; // sorted longest first
                    }
                }
            }
            if (best != null) {
                found.add(best);
                spans.add(new int[] {i, i + best.tokens.length});
                i += best.tokens.length;
            } else {
                i++;
            }
        }
        boolean anchored = listContext;
        for (Entry e : found) {
            anchored |= !e.ambiguous;
        }
        List<SkillMatch> matches = new ArrayList<>();
        for (int k = 0; k < found.size(); k++) {
            Entry e = found.get(k);
            int[] span = spans.get(k);
            int start = tokens.get(span[0]).start();
            int end = tokens.get(span[1] - 1).end();
            String surface = text.substring(start, end);
            if (vetoed(tokens, span)) {
                continue;
            }
            double confidence = e.tokens.length > 1 ? 0.95 : 0.9;
            if (e.ambiguous) {
                if (glued(text, start, end)) {
                    continue; // "R&D", "Sage-femme": part of another word, even in a list
                }
                boolean cued = span[0] > 0 && TOOL_CUES.contains(tokens.get(span[0] - 1).norm())
                        && !yearFollows(tokens, span);
                // "IaC", "PgSQL": a capital inside a word is how a name is written, not a common word
                boolean distinctive = innerCapital(surface);
                if (!(anchored || cued || distinctive) || !acceptAmbiguous(tokens, span, surface, listContext)) {
                    continue;
                }
                confidence = listContext ? 0.8 : 0.6;
            }
            matches.add(new SkillMatch(start, end, surface, e.skill, confidence));
        }
        return matches;
    }

    private static boolean vetoed(List<Token> tokens, int[] span) {
        if (span[1] - span[0] != 1) {
            return false;
        }
        Set<String> veto = VETO.get(tokens.get(span[0]).norm());
        if (veto == null) {
            return false;
        }
        for (int k = Math.max(0, span[0] - 3); k < Math.min(tokens.size(), span[1] + 3); k++) {
            if (veto.contains(tokens.get(k).norm())) {
                return true;
            }
        }
        return false;
    }

    /** "R&D", "Sage-femme", "Go-live": the alias is glued to another word by a symbol. */
    private static boolean glued(String text, int start, int end) {
        boolean before = start >= 2 && "&-/".indexOf(text.charAt(start - 1)) >= 0
                && Character.isLetterOrDigit(text.charAt(start - 2));
        boolean after = end + 1 < text.length() && "&-/".indexOf(text.charAt(end)) >= 0
                && Character.isLetterOrDigit(text.charAt(end + 1));
        return before || after;
    }

    /** "in Spring 2020": a season or a month, not a framework. */
    private static boolean yearFollows(List<Token> tokens, int[] span) {
        return span[1] < tokens.size() && tokens.get(span[1]).norm().matches("(19|20)\\d\\d");
    }

    private static boolean acceptAmbiguous(List<Token> tokens, int[] span, String surface, boolean listContext) {
        if (listContext) {
            return true; // an item of a skills list is a skill, whatever its case
        }
        int first = surface.codePointAt(0);
        if (!Character.isUpperCase(first) && !Character.isDigit(first) && first != '.') {
            return false; // "go", "rest", "excel" in prose are words
        }
        if (span[1] - span[0] == 1) {
            if (span[1] < tokens.size() && ORDINARY_FOLLOWERS.contains(tokens.get(span[1]).norm())) {
                return false;
            }
            // "the Swift", "un Excel" are ordinary words; "du CRM", "the ATS" are acronyms of tools
            if (span[0] > 0 && ARTICLES.contains(tokens.get(span[0] - 1).norm()) && !acronym(surface)) {
                return false;
            }
        }
        return true;
    }

    /** A lower-case letter followed by a capital within the surface form ("IaC", "GitOps"). */
    private static boolean innerCapital(String surface) {
        for (int i = 1; i < surface.length(); i++) {
            if (Character.isUpperCase(surface.charAt(i)) && Character.isLowerCase(surface.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    /** Three or more capitals and nothing else ("CRM", "ERP"). */
    private static boolean acronym(String surface) {
        if (surface.length() < 3) {
            return false;
        }
        for (int i = 0; i < surface.length(); i++) {
            if (!Character.isUpperCase(surface.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * One candidate list with its multi-word aliases grouped by their second token: the first entry of the list that
     * matches at a position, as a scan of the whole list finds it, looking only at the entries that can match there
     * (those of one word, and those whose second token is the text's next token).
     */
    private static final class Grouped {
        private static final int[] NONE = new int[0];
        private final List<Entry> entries;
        /** Positions in {@link #entries} of the aliases of two words or more, by second token, ascending. */
        private final Map<String, int[]> bySecond = new HashMap<>();
        /** Positions in {@link #entries} of the aliases of one word, ascending. */
        private final int[] single;

        Grouped(List<Entry> entries) {
            this.entries = entries;
            Map<String, List<Integer>> positions = new HashMap<>();
            List<Integer> ones = new ArrayList<>();
            for (int k = 0; k < entries.size(); k++) {
                String[] alias = entries.get(k).tokens;
                if (alias.length > 1) {
                    positions.computeIfAbsent(alias[1], x -> new ArrayList<>()).add(k);
                } else {
                    ones.add(k);
                }
            }
            positions.forEach((second, list) -> bySecond.put(second, toArray(list)));
            single = toArray(ones);
        }

        private static int[] toArray(List<Integer> list) {
            int[] array = new int[list.size()];
            for (int k = 0; k < array.length; k++) {
                array[k] = list.get(k);
            }
            return array;
        }

        Entry first(List<Token> tokens, int at) {
            int[] multi = at + 1 < tokens.size() ? bySecond.getOrDefault(tokens.get(at + 1).norm(), NONE) : NONE;
            int a = 0;
            int b = 0;
            while (a < multi.length || b < single.length) {
                int k;
                if (b >= single.length || a < multi.length && multi[a] < single[b]) {
                    k = multi[a++];
                } else {
                    k = single[b++];
                }
                Entry e = entries.get(k);
                if (matchesAt(tokens, at, e.tokens)) {
                    return e;
                }
            }
            return null;
        }
    }

    private static boolean matchesAt(List<Token> tokens, int at, String[] alias) {
        if (at + alias.length > tokens.size()) {
            return false;
        }
        for (int j = 0; j < alias.length; j++) {
            Token token = tokens.get(at + j);
            if (!token.norm().equals(alias[j]) || j > 0 && !token.joined()) {
                return false;
            }
        }
        return true;
    }

    private static String key(List<Token> tokens) {
        StringBuilder sb = new StringBuilder();
        for (Token t : tokens) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(t.norm());
        }
        return sb.toString();
    }

    /**
     * Splits text into tokens: runs of letters and digits, keeping {@code +} and {@code #} after a letter
     * ({@code c++}, {@code c#}), dots inside names ({@code node.js}, {@code asp.net}) and a leading dot before
     * letters ({@code .net}). Apostrophes, hyphens, slashes and other punctuation separate tokens.
     */
    static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        int n = text.length();
        int i = 0;
        int previousEnd = 0;
        while (i < n) {
            char c = text.charAt(i);
            boolean leadingDot = c == '.' && i + 1 < n && Character.isLetter(text.charAt(i + 1))
                    && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)));
            if (!Character.isLetterOrDigit(c) && !leadingDot) {
                i++;
                continue;
            }
            int start = i;
            i++;
            while (i < n) {
                char d = text.charAt(i);
                if (Character.isLetterOrDigit(d)) {
                    i++;
                } else if ((d == '+' || d == '#') && Character.isLetter(text.charAt(i - 1))) {
                    while (i < n && (text.charAt(i) == '+' || text.charAt(i) == '#')) {
                        i++;
                    }
                    break;
                } else if (d == '.' && i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1))
                        && Character.isLetterOrDigit(text.charAt(i - 1))) {
                    i++;
                } else {
                    break;
                }
            }
            boolean joined = true;
            for (int k = previousEnd; k < start; k++) {
                char g = text.charAt(k);
                if (!Character.isWhitespace(g) && g != '-' && g != '/' && g != '\'' && g != '’' && g != '.'
                        && g != '&' && g != '\u2013') {
                    joined = false;
                    break;
                }
            }
            tokens.add(new Token(normalize(text.substring(start, i)), start, i, joined));
            previousEnd = i;
        }
        return tokens;
    }

    private static String normalize(String token) {
        String lower = token.toLowerCase(Locale.ROOT);
        boolean ascii = true;
        for (int i = 0; i < lower.length(); i++) {
            if (lower.charAt(i) > 0x7F) {
                ascii = false;
                break;
            }
        }
        if (!ascii) {
            // the Unicode decomposition with its marks removed and œ, æ expanded (Texts.decomposeAndStrip, which
            // also expands Œ and Æ: none is left in lower case), through Texts' table for Latin letters: an accented
            // word of a French CV went through Normalizer and a regular expression, a sixth of skill matching
            lower = Texts.stripAccents(lower);
        }
        // simple plurals: "APIs" = "API", "tests" = "test"
        if (lower.length() > 4 && lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us")
                && !lower.endsWith("is")) {
            lower = lower.substring(0, lower.length() - 1);
        } else if (lower.length() == 4 && lower.endsWith("s") && Character.isLetter(lower.charAt(2))
                && token.length() == 4 && Character.isUpperCase(token.charAt(0)) && Character.isUpperCase(token.charAt(1))
                && Character.isLowerCase(token.charAt(3))) {
            lower = lower.substring(0, 3); // "APIs", "LLMs", "OKRs"
        }
        return lower;
    }
}

package dev.cvmatch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The fields {@code cvmatch eval} scores, how they are read from a JSON Resume document, and when a predicted value
 * counts as the gold one. Values are compared after removing accents, case and punctuation; names exactly; e-mails
 * exactly (case-insensitive); phones on their last 9 digits; years on 4 digits; locations by token containment;
 * languages by ISO code whatever the language of the name; degrees also with dots removed; skills by their
 * letters, digits, {@code +} and {@code #}, or by token overlap; other fields by token overlap (shared tokens at
 * least 80 % of the shorter value and 50 % of the longer). Duplicates are merged, then gold and predicted values
 * are paired one to one.
 */
final class FieldMatching {

    static final List<String> FIELDS = List.of("name", "email", "phone", "location", "companies", "positions",
            "institutions", "degrees", "grad_years", "skills", "languages", "certificates");

    private static final Map<String, String> LANGUAGE_CODES = new LinkedHashMap<>();

    static {
        String[][] names = {{"en", "english", "anglais"}, {"fr", "french", "francais"}, {"es", "spanish", "espagnol"},
            {"de", "german", "allemand"}, {"it", "italian", "italien"}, {"pt", "portuguese", "portugais"},
            {"ar", "arabic", "arabe"}, {"zh", "chinese", "chinois", "mandarin"}, {"nl", "dutch", "neerlandais"},
            {"ru", "russian", "russe"}, {"ja", "japanese", "japonais"}, {"hi", "hindi"}, {"pl", "polish", "polonais"},
            {"tr", "turkish", "turc"}, {"ro", "romanian", "roumain"}, {"ko", "korean", "coreen"}};
        for (String[] row : names) {
            for (String n : row) {
                LANGUAGE_CODES.put(n, row[0]);
            }
        }
    }

    private FieldMatching() {
    }

    /** Reads the field values of a JSON Resume document; gold skills come from {@code meta.skills} when present. */
    static Map<String, List<String>> values(JsonNode doc, boolean gold) {
        Map<String, List<String>> f = new LinkedHashMap<>();
        FIELDS.forEach(field -> f.put(field, new ArrayList<>()));
        JsonNode basics = doc.path("basics");
        add(f, "name", basics.path("name"));
        add(f, "email", basics.path("email"));
        add(f, "phone", basics.path("phone"));
        add(f, "location", basics.path("location").path("city"));
        add(f, "positions", basics.path("label"));
        for (JsonNode w : doc.path("work")) {
            add(f, "companies", w.path("name"));
            add(f, "positions", w.path("position"));
            add(f, "location", w.path("location"));
        }
        for (JsonNode e : doc.path("education")) {
            add(f, "institutions", e.path("institution"));
            add(f, "degrees", e.path("studyType"));
            String end = e.path("endDate").asText("");
            if (end.length() >= 4) {
                f.get("grad_years").add(end.substring(0, 4));
            }
        }
        JsonNode metaSkills = doc.path("meta").path("skills");
        if (gold && metaSkills.isArray() && metaSkills.size() > 0) {
            metaSkills.forEach(s -> add(f, "skills", s));
        } else {
            for (JsonNode s : doc.path("skills")) {
                add(f, "skills", s.path("name"));
                s.path("keywords").forEach(k -> add(f, "skills", k));
            }
        }
        doc.path("languages").forEach(l -> add(f, "languages", l.path("language")));
        doc.path("certificates").forEach(c -> add(f, "certificates", c.path("name")));
        return f;
    }

    private static void add(Map<String, List<String>> f, String field, JsonNode node) {
        if (node != null && node.isTextual() && !node.asText().isBlank()) {
            f.get(field).add(node.asText().trim());
        }
    }

    /** {true positives, predicted, gold} after de-duplication and one-to-one pairing. */
    static int[] counts(String field, List<String> gold, List<String> predicted) {
        List<String> g = dedupe(field, gold);
        List<String> p = dedupe(field, predicted);
        boolean[] used = new boolean[p.size()];
        int tp = 0;
        for (String gi : g) {
            for (int j = 0; j < p.size(); j++) {
                if (!used[j] && same(field, gi, p.get(j))) {
                    used[j] = true;
                    tp++;
                    break;
                }
            }
        }
        return new int[] {tp, p.size(), g.size()};
    }

    private static List<String> dedupe(String field, List<String> values) {
        List<String> out = new ArrayList<>();
        for (String v : values) {
            if (out.stream().noneMatch(o -> same(field, v, o))) {
                out.add(v);
            }
        }
        return out;
    }

    static boolean same(String field, String a, String b) {
        switch (field) {
            case "email":
                return a.trim().equalsIgnoreCase(b.trim());
            case "phone": {
                String da = a.replaceAll("\\D", "");
                String db = b.replaceAll("\\D", "");
                return da.length() >= 6 && db.length() >= 6
                        && da.substring(Math.max(0, da.length() - 9)).equals(db.substring(Math.max(0, db.length() - 9)));
            }
            case "grad_years":
                return a.trim().length() >= 4 && b.trim().length() >= 4
                        && a.trim().substring(0, 4).equals(b.trim().substring(0, 4));
            case "name":
                return norm(a).equals(norm(b));
            case "languages":
                return languageCode(a).equals(languageCode(b));
            case "degrees":
                return norm(a.replace(".", "")).equals(norm(b.replace(".", ""))) || fuzzy(a, b);
            case "skills":
                return skillKey(a).equals(skillKey(b)) || fuzzy(a, b);
            case "location": {
                Set<String> ta = tokens(a);
                Set<String> tb = tokens(b);
                return !ta.isEmpty() && !tb.isEmpty() && (ta.containsAll(tb) || tb.containsAll(ta));
            }
            default:
                return norm(a).equals(norm(b)) || fuzzy(a, b);
        }
    }

    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }

    static String norm(String s) {
        return String.join(" ", fold(s).replaceAll("[^\\p{L}\\p{N}_+#]+", " ").trim().split("\\s+"));
    }

    private static String skillKey(String s) {
        return fold(s).replaceAll("[^\\p{L}\\p{N}_+#]", "");
    }

    private static Set<String> tokens(String s) {
        String n = norm(s);
        return n.isEmpty() ? Set.of() : new HashSet<>(Arrays.asList(n.split(" ")));
    }

    private static boolean fuzzy(String a, String b) {
        Set<String> ta = tokens(a);
        Set<String> tb = tokens(b);
        if (ta.isEmpty() || tb.isEmpty()) {
            return false;
        }
        Set<String> inter = new HashSet<>(ta);
        inter.retainAll(tb);
        int n = inter.size();
        return n >= 0.8 * Math.min(ta.size(), tb.size()) && n >= 0.5 * Math.max(ta.size(), tb.size());
    }

    private static String languageCode(String s) {
        String n = norm(s);
        String code = LANGUAGE_CODES.get(n);
        if (code != null) {
            return code;
        }
        for (String word : n.split(" ")) {
            code = LANGUAGE_CODES.get(word);
            if (code != null) {
                return code;
            }
        }
        return n.length() == 2 ? n : n;
    }
}

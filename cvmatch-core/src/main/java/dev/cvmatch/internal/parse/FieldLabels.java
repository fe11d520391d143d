package dev.cvmatch.internal.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Form-like CVs (Europass and its French version, ATS exports) print a label before each value of a position or a
 * degree: "Occupation or position held | Developer", "Nom de l'employeur : Acme", "Dates 2020 – 2024". The labels
 * are removed so that the values are read as in any other layout; a line holding only a label is dropped.
 * Internal.
 */
final class FieldLabels {

    /** What a label says its value is. */
    enum Role {
        /** The position held: "Position:", "Designation:", "Poste :". */
        TITLE,
        /** The employer: "Company:", "Name of employer", "Société :". */
        EMPLOYER,
        /**
         * The client a consultant worked for ("Client: Oracle"): a name, never a place; whether it is the employer
         * is left to the entry's other lines (CVs list either the consultancy or the client as the employer).
         */
        CLIENT,
        /** The entry's dates: "Duration:", "Dates", "Période :". */
        DATES,
        /** The entry's place: "Location:", "Lieu :". */
        PLACE,
        /** A detail of the entry, kept as its description with its label ("Job Profile: ...", "Team Size: 8"). */
        DETAIL,
        /** Any other field (sector, degree, school...): the label is removed, the value read as printed. */
        OTHER
    }

    /** Folded labels, English and French, with what their value is. */
    private static final Map<String, Role> LABELS = labels();
    private static final int LONGEST = 10;
    /** The first word of each label: a line whose first word is none of them has no label. */
    private static final Set<String> FIRST_WORDS = LABELS.keySet().stream().map(l -> l.split(" ")[0])
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private FieldLabels() {
    }

    private static Map<String, Role> labels() {
        Map<String, Role> m = new HashMap<>();
        put(m, Role.DATES, "dates", "date", "period", "periode", "duration", "duree");
        put(m, Role.TITLE, "occupation or position held", "position held", "position", "job title", "title",
                "role", "designation", "current designation", "job role", "post held", "fonction ou poste occupe",
                "poste occupe", "fonction occupee", "poste", "fonction", "intitule du poste");
        put(m, Role.EMPLOYER, "name of employer", "name and address of employer", "employer", "company",
                "organisation", "organization", "firm", "nom de l employeur", "nom et adresse de l employeur",
                "employeur", "entreprise", "societe");
        put(m, Role.CLIENT, "client");
        put(m, Role.PLACE, "location", "city", "lieu", "ville");
        put(m, Role.DETAIL, "job profile", "team size", "project", "project name", "project title", "projet",
                "taille de l equipe");
        put(m, Role.OTHER, "type of business or sector", "business or sector", "sector",
                "main activities and responsibilities", "responsibilities", "activities",
                "title of qualification awarded", "qualification", "qualification awarded", "degree",
                "name and type of organisation providing education and training",
                "organisation providing education and training", "organisation providing education", "institution",
                "school", "principal subjects occupational skills covered", "principal subjects", "field of study",
                "level in national or international classification", "type ou secteur d activite",
                "secteur d activite", "secteur", "principales activites et responsabilites", "missions",
                "intitule du certificat ou diplome delivre", "intitule du diplome", "diplome", "etablissement",
                "nom et type de l etablissement d enseignement ou de formation", "ecole", "specialite",
                "principales matieres competences professionnelles couvertes", "principales matieres",
                "niveau dans la classification nationale ou internationale");
        return Map.copyOf(m);
    }

    private static void put(Map<String, Role> m, Role role, String... labels) {
        for (String label : labels) {
            m.put(label, role);
        }
    }

    /**
     * The lines with their leading labels removed, each value line marked with what its label said it is
     * ({@link CvLine#fieldRole}); a {@linkplain Role#DETAIL detail} keeps its label and is marked only.
     *
     * @param lines lines of an experience or education section
     * @return new list; lines without a label are the same objects
     */
    static List<CvLine> strip(List<CvLine> lines) {
        List<CvLine> out = new ArrayList<>(lines.size());
        for (CvLine line : lines) {
            Label label = label(line.text);
            if (label == null) {
                out.add(line);
            } else if (label.role() == Role.DETAIL) {
                out.add(line.labelled(Role.DETAIL));
            } else if (label.end() < line.text.length()) {
                CvLine value = line.withoutPrefix(label.end());
                out.add(value == line ? line : value.labelled(label.role()));
            }
            // a label alone on its line names the value of the next one: dropped
        }
        return out;
    }

    /** A leading label: where its value starts (the text length when alone) and what the value is. */
    record Label(int end, Role role) {
    }

    /**
     * The leading label of a text, or {@code null}. A label counts when a tab, a colon (also printed against its last
     * word) or a run of spaces follows it, or when it has three words or more ("Name of employer Acme").
     */
    private static Label label(String text) {
        String[] words = text.split(" ", LONGEST + 1);
        if (!startsLikeLabel(words)) {
            return null;
        }
        int position = 0;
        StringBuilder folded = new StringBuilder();
        Label best = null;
        for (int n = 0; n < Math.min(words.length, LONGEST); n++) {
            int tab = words[n].indexOf('\t');
            String word = tab >= 0 ? words[n].substring(0, tab) : words[n];
            if (folded.length() > 0) {
                folded.append(' ');
            }
            folded.append(Texts.fold(word));
            int end = position + word.length();
            String key = folded.toString().trim();
            Role role = LABELS.get(key);
            if (role != null) {
                String rest = text.substring(end);
                if (rest.isBlank()) {
                    return new Label(text.length(), role);
                }
                // "Position: Executive Director": the colon printed against the label's last word
                boolean separated = rest.startsWith("\t") || rest.stripLeading().startsWith(":")
                        || word.endsWith(":") || rest.startsWith("  ")
                        || n >= 2 && Character.isUpperCase(rest.strip().codePointAt(0));
                if (separated) {
                    int value = end;
                    while (value < text.length() && (Character.isWhitespace(text.charAt(value))
                            || text.charAt(value) == ':')) {
                        value++;
                    }
                    best = new Label(value, role);
                }
            }
            if (tab >= 0) {
                break;
            }
            position += words[n].length() + 1;
        }
        return best;
    }

    /**
     * Whether the first word of the folded text, as {@link #labelEnd} builds it word by word, starts a label: every
     * key it looks up starts with that word.
     */
    private static boolean startsLikeLabel(String[] words) {
        for (int n = 0; n < Math.min(words.length, LONGEST); n++) {
            int tab = words[n].indexOf('\t');
            String folded = Texts.fold(tab >= 0 ? words[n].substring(0, tab) : words[n]);
            if (!folded.isEmpty()) {
                int space = folded.indexOf(' ');
                return FIRST_WORDS.contains(space < 0 ? folded : folded.substring(0, space));
            }
            if (tab >= 0) {
                return false;
            }
        }
        return false;
    }
}

package dev.cvmatch.internal.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Form-like CVs (Europass and its French version, ATS exports) print a label before each value of a position or a
 * degree: "Occupation or position held | Developer", "Nom de l'employeur : Acme", "Dates 2020 – 2024". The labels
 * are removed so that the values are read as in any other layout; a line holding only a label is dropped.
 * Internal.
 */
final class FieldLabels {

    /** Folded labels, English and French. */
    private static final Set<String> LABELS = Set.of(
            "dates", "date", "period", "periode", "duration", "duree",
            "occupation or position held", "position held", "position", "job title", "title", "role",
            "name of employer", "name and address of employer", "employer", "company", "organisation",
            "organization", "type of business or sector", "business or sector", "sector",
            "main activities and responsibilities", "responsibilities", "activities", "location", "city",
            "title of qualification awarded", "qualification", "qualification awarded", "degree",
            "name and type of organisation providing education and training",
            "organisation providing education and training", "organisation providing education", "institution",
            "school", "principal subjects occupational skills covered", "principal subjects", "field of study",
            "level in national or international classification", "fonction ou poste occupe", "poste occupe",
            "fonction occupee", "poste", "fonction", "intitule du poste", "nom de l employeur",
            "nom et adresse de l employeur", "employeur", "entreprise", "societe", "type ou secteur d activite",
            "secteur d activite", "secteur", "principales activites et responsabilites", "missions", "lieu", "ville",
            "intitule du certificat ou diplome delivre", "intitule du diplome", "diplome", "etablissement",
            "nom et type de l etablissement d enseignement ou de formation", "ecole", "specialite",
            "principales matieres competences professionnelles couvertes", "principales matieres",
            "niveau dans la classification nationale ou internationale");
    private static final int LONGEST = 10;
    /** The first word of each label: a line whose first word is none of them has no label. */
    private static final Set<String> FIRST_WORDS = LABELS.stream().map(l -> l.split(" ")[0])
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private FieldLabels() {
    }

    /**
     * The lines with their leading labels removed.
     *
     * @param lines lines of an experience or education section
     * @return new list; lines without a label are the same objects
     */
    static List<CvLine> strip(List<CvLine> lines) {
        List<CvLine> out = new ArrayList<>(lines.size());
        for (CvLine line : lines) {
            int cut = labelEnd(line.text);
            if (cut < 0) {
                out.add(line);
            } else if (cut < line.text.length()) {
                out.add(line.withoutPrefix(cut));
            }
            // a label alone on its line names the value of the next one: dropped
        }
        return out;
    }

    /**
     * Where the value starts after a leading label, the text length for a label alone, or -1 without a label. A
     * label counts when a tab, a colon or a run of spaces follows it, or when it has three words or more
     * ("Name of employer Acme").
     */
    static int labelEnd(String text) {
        String[] words = text.split(" ", LONGEST + 1);
        if (!startsLikeLabel(words)) {
            return -1;
        }
        int position = 0;
        StringBuilder folded = new StringBuilder();
        int best = -1;
        for (int n = 0; n < Math.min(words.length, LONGEST); n++) {
            int tab = words[n].indexOf('\t');
            String word = tab >= 0 ? words[n].substring(0, tab) : words[n];
            if (folded.length() > 0) {
                folded.append(' ');
            }
            folded.append(Texts.fold(word));
            int end = position + word.length();
            String key = folded.toString().trim();
            if (LABELS.contains(key)) {
                String rest = text.substring(end);
                if (rest.isBlank()) {
                    return text.length();
                }
                boolean separated = rest.startsWith("\t") || rest.stripLeading().startsWith(":")
                        || rest.startsWith("  ") || n >= 2 && Character.isUpperCase(rest.strip().codePointAt(0));
                if (separated) {
                    int value = end;
                    while (value < text.length() && (Character.isWhitespace(text.charAt(value))
                            || text.charAt(value) == ':')) {
                        value++;
                    }
                    best = value;
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

package dev.cvmatch.internal.parse;

import dev.cvmatch.cv.Education;
import dev.cvmatch.cv.EducationLevel;
import dev.cvmatch.cv.PartialDate;
import dev.cvmatch.cv.Provenance;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads degrees from education sections. Lines are grouped into entries so that each entry has at most one degree,
 * one institution and one date; a degree part is recognised from degree words, an institution from school words,
 * the field of study from "in/en" or the part following the degree. Internal.
 */
final class EducationExtractor {

    // precompiled: String.matches/replaceAll/replaceFirst compile their pattern at every call
    private static final Pattern ABBREVIATION_MARKS = Pattern.compile("[.&']");
    private static final Pattern OPENING_BRACKET = Pattern.compile("\\s*\\(");
    private static final Pattern SEPARATORS_ONLY = Pattern.compile("[\\s\\-–—/|]*");
    private static final Pattern COMMA_GAP = Pattern.compile(",\\s*");
    private static final Pattern OF_DEGREE = Pattern.compile("(?iu)(?:d['’]|de |du |des |of |in ).*");

    private static final Pattern INSTITUTION = Pattern.compile("(?iU)\\b(?:universit(?:y|e|é|ies|a|à|ät|ad|at)|univ\\.?|school|[ée]cole|"
            + "college|coll[èe]ge|institut\\w*|iut|ifsi|lyc[ée]e|academ\\w*|polytech\\w*|insa|epita|epitech|essec|"
            + "hec|escp|edhec|em ?lyon|neoma|kedge|skema|audencia|iae|sciences ?po|sorbonne|cnam|centrale|mines|"
            + "t[ée]l[ée]com|ens\\w*|esc|facult\\w*|conservatoire|campus|cfa|afpa|greta|openclassrooms|"
            + "le wagon|ironhack|business school|imt|isep|esiee|efrei|ece|utc|mit|ucl|lse|inp|inseec|intec|"
            + "ensimag|supelec|dauphine|psl)\\b");
    private static final Pattern FIELD_SPLIT = Pattern.compile("\\s+(?:in|en|on|of science in|option|"
            + "sp[ée]cialit[ée])\\s+");
    /**
     * The same words in a degree printed in capitals ("MASTER OF SCIENCE IN HUMAN RESOURCE MANAGEMENT"), where the
     * degree keeps its "of Science" as it does in "Master of Science in ..." (whose capital S the lower-case words
     * above do not match).
     */
    private static final Pattern FIELD_SPLIT_CAPS = Pattern.compile("\\s+(?:IN|EN|ON|OPTION|"
            + "SP[ÉE]CIALIT[ÉE])\\s+");

    /** An honour awarded with a degree, printed in brackets after it. */
    private static final Pattern HONOURS = Pattern.compile("(?iu)(?:with\\s+)?(?:high(?:est)?\\s+)?(?:distinction|"
            + "honou?rs|merit|first[- ]class(?:\\s+honou?rs)?|cum laude|magna cum laude|summa cum laude|"
            + "mention\\s+(?:tr[èe]s\\s+bien|bien|assez\\s+bien|passable|honorable|tr[èe]s\\s+honorable)"
            + "(?:\\s+avec\\s+f[ée]licitations(?:\\s+du\\s+jury)?)?|avec\\s+f[ée]licitations(?:\\s+du\\s+jury)?)");
    /** Words that belong to a degree's name after its keyword: "Master 2", "BSc (Hons)", "Licence pro"... */
    private static final Pattern QUALIFIERS = Pattern.compile("(?iu)\\G(?:\\s*(?:\\d{1,2}\\b|I{1,3}\\b|pro\\b|"
            + "professionnel(?:le)?\\b|\\(hons\\)|hons\\b|\\(honours\\)|honours\\b|grande [ée]cole\\b|"
            + "sp[ée]cialis[ée]e?\\b|d.[ée]tat\\b|of (?:science|arts|engineering|business administration|laws|"
            + "technology|commerce|education|fine arts|philosophy|applied science)\\b|degree\\b))+");

    /**
     * A degree that is only a level ("BAC+5", "Bac +3"): a qualifier in brackets after it names the diploma ("BAC+5
     * (RNCP Niveau 1)"); after a named diploma, "Diplôme d'ingénieur (Bac+5)", the bracket is only its level.
     */
    private static final Pattern LEVEL_ONLY = Pattern.compile("(?iu)\\s*bac\\s*\\+\\s*\\d{1,2}\\s*");
    /** "Master Grande École" names a degree, not a school. */
    private static final Pattern GRANDE_ECOLE = Pattern.compile("(?iu)grande\\s+[ée]cole");

    private final EntryHeads heads = new EntryHeads();

    List<Education> extract(List<CvLine> all) {
        List<CvLine> lines = ExperienceExtractor.withoutLinks(all);
        List<List<CvLine>> entries = new ArrayList<>();
        List<CvLine> current = new ArrayList<>();
        boolean deg = false;
        boolean inst = false;
        boolean date = false;
        Dates.Found singleDate = null;
        boolean inDescription = false;
        // job boards export every line of a section as text with a blank line before it: such gaps part nothing,
        // and an entry (degree, school, dates in that order) ends on its dates: a head line after them opens the
        // next (a PDF's gaps are its line spacing, not blank lines)
        boolean uniformGaps = lines.size() >= 3
                && lines.stream().allMatch(l -> l.gapBefore && l.source.box() == null);
        for (CvLine line : lines) {
            boolean gap = line.gapBefore && !uniformGaps;
            Degrees.Found found = line.degree();
            boolean head = heads.isHeadLike(line) || !line.bullet && (Texts.words(line.text) <= 14
                    || found != null || dateOf(line) != null) || degreeBullet(line, found);
            if (head && !heads.isHeadLike(line) && describes(line, found, inDescription)) {
                head = false;
            }
            inDescription = !head;
            if (!head) {
                current.add(line);
                continue;
            }
            boolean lDeg = found != null && (found.level() != null || !deg);
            boolean lInst = schoolWord(line.text, found);
            Dates.Found d = dateOf(line);
            boolean lDate = d != null;
            if (lDate && date && current.size() <= 2 && endYearOnly(line, d, singleDate)) {
                lDate = false; // "2001" / "2004": the range printed on two lines, start over end
            }
            // a plain name after a complete entry (school, degree, date) opens the next one: ... "2022" / "ESIEA"
            boolean nextName = deg && inst && date && !lDeg && !lDate && nameLike(line.text);
            boolean split = !current.isEmpty() && (lDeg && deg || lInst && inst && !lDeg && !lDate || lDate && date
                    || nextName || uniformGaps && date && !lDate
                    || gap && (deg || inst) && (lDeg || lInst || lDate)
                    // "ECAM (Lyon, France)" / "2012 - 2017" / ... / (space) / "Université de Sherbrooke": a school
                    // after a gap opens the next entry even when this one's name had no school word (an entry
                    // led by its dates, "2009 to 2013" / (space) / "Padmanava College", goes on)
                    || gap && date && !deg && !inst && lInst && !lDeg && !lDate
                    && dateOf(current.get(0)) == null);
            if (split) {
                entries.add(current);
                current = new ArrayList<>();
                deg = false;
                inst = false;
                date = false;
                singleDate = null;
            }
            // an entry opened by a plain name is named by it, like a school: "ESIEA" / degree / dates
            boolean named = current.isEmpty() && !lDeg && !lDate && nameLike(line.text);
            current.add(line);
            deg |= lDeg;
            inst |= lInst || named;
            if (lDate && !date) {
                singleDate = d.range() ? null : d;
            }
            date |= lDate;
        }
        if (!current.isEmpty()) {
            entries.add(current);
        }
        entries = joinDegreeToSchool(entries);
        List<Education> result = new ArrayList<>();
        for (List<CvLine> entry : entries) {
            Education e = entry(entry);
            if (e != null) {
                result.add(e);
            }
        }
        return result;
    }

    /**
     * "SUPINFO ESI" / "2007 - 2012" / (space) / "Master 2" / "Information Technology": a theme that prints the
     * school and its dates, then the degree and its field after a gap. An entry with a school and no degree,
     * followed by one with a degree but neither a date nor a school word, is one entry.
     */
    private List<List<CvLine>> joinDegreeToSchool(List<List<CvLine>> entries) {
        List<List<CvLine>> joined = new ArrayList<>();
        for (List<CvLine> entry : entries) {
            List<CvLine> previous = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (previous != null && !hasDegree(previous) && hasSchool(previous) && hasDegree(entry)
                    && !hasDate(entry) && !hasSchool(entry)) {
                List<CvLine> both = new ArrayList<>(previous);
                both.addAll(entry);
                joined.set(joined.size() - 1, both);
            } else {
                joined.add(entry);
            }
        }
        return joined;
    }

    private static boolean hasDegree(List<CvLine> entry) {
        for (CvLine line : entry) {
            if (!line.bullet && line.degree() != null) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasDate(List<CvLine> entry) {
        for (CvLine line : entry) {
            if (dateOf(line) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a school's name of one word can be one. Not a word in lower case, a long word in capitals (a heading:
     * "ENGINEERING", "POSTGRADUATE"), a degree, nor a subject or a word of the entry's vocabulary ("Maths",
     * "Grade", "Certificate", "University" alone). Acronyms ("ESIEA", "NIIT") and names ("Epitech") can; names of
     * two words or more always can.
     */
    private static boolean singleWordName(String text) {
        String t = text.strip();
        if (t.indexOf(' ') >= 0 || t.indexOf('-') > 0 && t.indexOf('-') < t.length() - 1) {
            return true;
        }
        String letters = ABBREVIATION_MARKS.matcher(t).replaceAll("");
        if (letters.length() < 2 || !Character.isUpperCase(letters.codePointAt(0))
                || Texts.isAllCaps(letters) && letters.length() > 7 || Degrees.find(t) != null) {
            return false;
        }
        return !NOT_A_SCHOOL.contains(Texts.fold(letters));
    }

    /** Words that stand alone on education lines without naming a school. */
    private static final java.util.Set<String> NOT_A_SCHOOL = java.util.Set.of("maths", "math", "mathematics",
            "mathematiques", "physics", "physique", "chemistry", "chimie", "biology", "biologie", "science",
            "sciences", "commerce", "arts", "economics", "economie", "engineering", "informatique", "grade", "grades",
            "year", "years", "annee", "certificate", "certificat", "certification", "diploma", "diplome", "studies",
            "etudes", "university", "universite", "college", "school", "ecole", "institute", "institut", "academy",
            "course", "courses", "cours", "training", "formation", "thesis", "these", "synopsis", "project", "projet",
            "gpa", "honors", "honours", "major", "minor", "coursework", "subjects", "matieres", "option", "specialite",
            "french", "english", "francais", "anglais", "present", "current");

    /** A school word outside the line's degree: the school word of a degree is not a school ("High School"). */
    private static boolean schoolWord(String text, Degrees.Found degree) {
        String schoolText = degree == null ? text : text.substring(0, degree.from())
                + " ".repeat(degree.to() - degree.from()) + text.substring(degree.to());
        return INSTITUTION.matcher(GRANDE_ECOLE.matcher(schoolText).replaceAll(" ")).find();
    }

    /** A line with a school word outside its degree, or a school's name on its own line ("ESIEA"). */
    private boolean hasSchool(List<CvLine> entry) {
        for (CvLine line : entry) {
            if (line.bullet) {
                continue;
            }
            Degrees.Found found = line.degree();
            if (schoolWord(line.text, found)
                    || found == null && line.anyDate() == null && nameLike(line.text)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Generic degrees whose name ends where the field begins ("Certificate of Completion Front-End Development",
     * "Professional Training Java"), unlike "Titre professionnel ..." or "Diplôme d'...", which name the diploma.
     */
    private static final Pattern GENERIC_FIRST = Pattern.compile(
            "(?iu)(?:certificate of completion|professional training|formation professionnelle)\\s*[:\\-–]?\\s+\\p{Lu}");
    private static final Pattern AT_SCHOOL = Pattern.compile(
            "\\s+(?:at|from(?:\\s+the)?)\\s+(?=\\p{Lu})|\\s+at$");
    private static final Pattern DANGLING = Pattern.compile("(?i)\\b(?:of|de|du|des|d'|la|le|the|and|et)$");

    /**
     * "Bachelor's Degree Computer Science at University of Strasbourg" (a theme's "studyType area at institution"),
     * "Bachelor of Engineering in Computer Science from Eastvale Engineering College" (a job board's one line):
     * a part naming a degree, or followed by a school ("Mathematics Minor at Stanford University"), is cut at " at "
     * or " from " into the degree and the school ("University of Texas at Austin" is one school); a school name cut
     * at the line's end ("... at University of" / "Strasbourg") takes the next line's part.
     */
    private static void splitDegreeAtSchool(List<EntryHeads.Part> parts) {
        for (int i = 0; i < parts.size(); i++) {
            EntryHeads.Part p = parts.get(i);
            if (!p.parenthesized() && p.text().startsWith("at ") && i > 0 && p.text().length() > 3
                    && Character.isUpperCase(p.text().codePointAt(3)) && Degrees.find(parts.get(i - 1).text()
                    + " " + (i > 1 ? parts.get(i - 2).text() : "")) != null) {
                // "Master's Degree ... (SIL)" + "at University of": the school after the degree's brackets
                parts.set(i, new EntryHeads.Part(p.text().substring(3), p.line(), p.from() + 3, p.to(), false));
                p = parts.get(i);
                EntryHeads.Part next = i + 1 < parts.size() ? parts.get(i + 1) : null;
                if (DANGLING.matcher(p.text()).find() && next != null && next.line() != p.line()
                        && !next.parenthesized() && Texts.words(next.text()) <= 6
                        && Character.isUpperCase(next.text().codePointAt(0))) {
                    parts.set(i, new EntryHeads.Part(p.text() + " " + next.text(), p.line(), p.from(), p.to(), false));
                    parts.remove(i + 1);
                }
                continue;
            }
            if (p.parenthesized()) {
                continue;
            }
            Matcher m = AT_SCHOOL.matcher(p.text());
            if (!m.find() || m.start() == 0) {
                continue;
            }
            boolean degreeLeft = Degrees.find(p.text().substring(0, m.start())) != null;
            // "Mathematics Minor at Stanford University": a school after "at" whatever precedes it, but not
            // "University of Texas at Austin", itself a school
            boolean schoolRight = INSTITUTION.matcher(p.text().substring(m.end())).find()
                    && !INSTITUTION.matcher(p.text().substring(0, m.start())).find();
            if (!degreeLeft && !schoolRight) {
                continue;
            }
            String left = p.text().substring(0, m.start());
            String right = p.text().substring(m.end()).strip();
            EntryHeads.Part next = i + 1 < parts.size() ? parts.get(i + 1) : null;
            // "... at Leading" / "University, Sylhet": a school's name wrapped before its school word
            boolean cut = right.isEmpty() || DANGLING.matcher(right).find()
                    || next != null && next.line() != p.line() && !INSTITUTION.matcher(right).find()
                    && INSTITUTION.matcher(next.text()).lookingAt() && Texts.words(right) <= 3;
            if (cut && next != null && next.line() != p.line() && !next.parenthesized()
                    && Degrees.find(next.text()) == null && Texts.words(next.text()) <= 6
                    && Character.isUpperCase(next.text().codePointAt(0))) {
                right = right.isEmpty() ? next.text() : right + " " + next.text();
                parts.remove(i + 1);
            } else if (right.isEmpty()) {
                continue;
            }
            parts.set(i, new EntryHeads.Part(left, p.line(), p.from(), p.from() + left.length(), false));
            parts.add(i + 1, new EntryHeads.Part(right, p.line(), p.from() + m.end(), p.to(), false));
            i++;
        }
    }

    /** Whether {@code bracketed} is printed in brackets right after {@code part} on the same line. */
    private static boolean adjacentBracket(EntryHeads.Part part, EntryHeads.Part bracketed) {
        String text = part.line().text;
        return part.line() == bracketed.line() && part.to() < bracketed.from() && bracketed.to() < text.length()
                && OPENING_BRACKET.matcher(text.substring(part.to(), bracketed.from())).matches()
                && text.charAt(bracketed.to()) == ')';
    }

    /**
     * Whether a line holds nothing but a single date later than an entry's single start date: the end of a range
     * printed under its start ("2001" / "2004" in a dates margin).
     */
    private static boolean endYearOnly(CvLine line, Dates.Found d, Dates.Found start) {
        if (start == null || d.range() || d.start() == null || start.start() == null
                || d.start().year() <= start.start().year() || d.start().year() - start.start().year() > 8) {
            return false;
        }
        String rest = line.text.substring(0, d.from()) + line.text.substring(d.to());
        return SEPARATORS_ONLY.matcher(rest).matches();
    }

    /**
     * A short line led by a bullet or an icon that names a degree ("• BAC+5 (RNCP Niveau 1)", "▸ DUT" under the
     * school): themes print the degree that way under the institution, and it is the entry's degree, not a detail.
     */
    private static boolean degreeBullet(CvLine line, Degrees.Found found) {
        return line.bullet && found != null && Texts.words(line.text) <= 8
                && (found.from() <= 2 || capitalisedLead(line.text.substring(0, found.from())));
    }

    /**
     * One or two capitalised words before a degree's keyword: a qualifier of its name ("Professional Bachelor's
     * Degree", "Executive MBA"), not a sentence about it ("Tutor for Master students").
     */
    private static boolean capitalisedLead(String before) {
        String[] words = before.strip().split("\\s+");
        if (words.length > 2 || words[0].isEmpty()) {
            return false;
        }
        for (String w : words) {
            if (!Character.isUpperCase(w.codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A line that can name a school without a school word: a name in capitals ("ESIEA", "SUPINFO"), a few words, no
     * digits, no degree, no e-mail, label or sentence punctuation, not a job title or a heading word.
     */
    private boolean nameLike(String text) {
        String t = text.strip();
        if (t.isEmpty() || !Texts.isAllCaps(t) || Texts.words(t) > 6 || Texts.digits(t) > 0 || t.indexOf('@') >= 0
                || t.indexOf(':') >= 0 || t.endsWith(".") || t.indexOf(',') >= 0 || Texts.letters(t) < 3
                || Degrees.find(t) != null || heads.titleScore(t) > 0) {
            return false;
        }
        for (String word : Texts.fold(t).split(" ")) {
            if (LEXICONS.heading(word) != null) {
                return false;
            }
        }
        return true;
    }

    private static final Lexicons LEXICONS = Lexicons.get();

    /**
     * A name in capitalised words that can name a school above its degree ("Tech In France", "Year Up"): two to
     * seven words, no digits or sentence punctuation, no degree, job title or heading word.
     */
    private boolean capitalisedName(String text) {
        String t = text.strip();
        int words = Texts.words(t);
        if (words < 1 || words > 7 || Texts.digits(t) > 0 || Texts.letters(t) < 3 || t.endsWith(".")
                || t.indexOf(':') >= 0 || t.indexOf('@') >= 0 || t.indexOf(',') >= 0
                || !Character.isUpperCase(t.codePointAt(0)) || !EntryHeads.capitalisedWords(t)
                || Degrees.find(t) != null || heads.titleScore(t) > 0) {
            return false;
        }
        for (String word : Texts.fold(t).split(" ")) {
            if (LEXICONS.heading(word) != null) {
                return false;
            }
        }
        return true;
    }

    /** Whether a part opens its line and whatever else the line holds (but its dates) is a place. */
    private boolean aloneOnLine(EntryHeads.Part part, List<EntryHeads.Part> parts) {
        boolean first = true;
        for (EntryHeads.Part p : parts) {
            if (p.line() != part.line()) {
                continue;
            }
            if (first && p != part) {
                return false;
            }
            first = false;
            if (p != part && !heads.isLocation(p.text(), p.parenthesized())) {
                return false;
            }
        }
        return true;
    }

    private static Dates.Found dateOf(CvLine line) {
        Dates.Found d = line.dateRange();
        if (d != null && !EntryHeads.dateAtEdge(line.text, d) && prose(line)) {
            return null; // "Formation en 3 ans pour la période 2018-2021, parcours ...": the entry's description
        }
        if (d == null) {
            d = line.anyDate();
            if (d != null && !EntryHeads.dateAtEdge(line.text, d)) {
                d = null;
            }
        }
        return d;
    }

    /**
     * A line of an entry's description that names a degree or a school in passing: a sentence in lower case ("J'ai
     * effectué cette licence MIAGE dans un but stratégique, ..."), a long line naming a degree after its first
     * words with neither a date nor a school ("Le BTS SIO (informatique) spécialité SISR m'a apporté ..."), or the
     * end of a sentence wrapped from a description line ("Cisco CCNA1 et CCNA2 à l'université Glyndwr.").
     */
    private static boolean describes(CvLine line, Degrees.Found found, boolean afterDescription) {
        String t = line.text.strip();
        if (dateOf(line) != null) {
            return false;
        }
        boolean degreeFirst = found != null && found.from() == 0;
        if (EntryHeads.sentenceCased(t) && !degreeFirst) {
            return true; // not "Licence professionnelle en Administration des systèmes et réseaux", a degree's name
        }
        if (found != null && found.from() > 0 && Texts.words(t) > 10 && !schoolWord(t, found)) {
            return true;
        }
        return afterDescription && !line.gapBefore && t.endsWith(".") && Texts.words(t) > 3;
    }

    /**
     * A line of description rather than an entry's head: more than twenty words, a bulleted line or a sentence of
     * more than six words ending with a full stop, or a sentence in lower case.
     */
    private static boolean prose(CvLine line) {
        String t = line.text.strip();
        int words = Texts.words(t);
        return words > 20 || words > 6 && (line.bullet || t.endsWith(".")) || EntryHeads.sentenceCased(t);
    }

    /**
     * Adds the parts of a line, re-joining names cut at a dash ("Université Toulouse III – Paul Sabatier",
     * "Grenoble INP – Ensimag") when neither side is a degree, a location or a parenthesised acronym.
     */
    private void addParts(List<EntryHeads.Part> parts, List<Parts.Part> raw) {
        EntryHeads.Part previous = null;
        for (int i = 0; i < raw.size(); i++) {
            Parts.Part p = raw.get(i);
            EntryHeads.Part part = new EntryHeads.Part(p.text(), p.line(), p.from(), p.to(), p.parenthesized());
            if (previous != null && p.afterDash() && !p.parenthesized() && !previous.parenthesized()
                    && previous.line() == p.line() && Degrees.find(previous.text()) == null
                    && Degrees.find(p.text()) == null && !heads.isLocation(p.text(), false)
                    && !placeToTheEnd(raw, i) && INSTITUTION.matcher(previous.text()).find()) {
                part = new EntryHeads.Part(p.line().text.substring(previous.from(), p.to()), p.line(),
                        previous.from(), p.to(), false);
                parts.set(parts.size() - 1, part);
            } else {
                parts.add(part);
            }
            previous = part;
        }
    }

    /**
     * Whether the parts of a line from {@code from} on are a place and nothing else: "Gwalior, Madhya Pradesh" after
     * "ITM University -", a town the gazetteer does not know before its state (job boards print "School -  Town,
     * State"), not the second half of a name ("Université Paris - Sorbonne").
     */
    private boolean placeToTheEnd(List<Parts.Part> raw, int from) {
        List<Parts.Part> rest = new ArrayList<>();
        for (int i = from; i < raw.size() && raw.get(i).line() == raw.get(from).line(); i++) {
            rest.add(raw.get(i));
        }
        return rest.size() > 1 && heads.placesOnly(rest);
    }

    /**
     * "Lycée Carnot, Roanne", "ECAM (Lyon, France)": the institution keeps the place printed right after it, as
     * printed (a town after a comma, a place in brackets).
     */
    private EntryHeads.Part withPlace(EntryHeads.Part institution, List<EntryHeads.Part> parts) {
        int i = parts.indexOf(institution);
        if (i < 0) {
            return institution;
        }
        String text = institution.line().text;
        int end = institution.to();
        boolean inBracket = false;
        for (int k = i + 1; k < parts.size(); k++) {
            EntryHeads.Part next = parts.get(k);
            if (next.line() != institution.line() || next.from() < end) {
                break;
            }
            String between = text.substring(end, next.from());
            boolean separated = next.parenthesized()
                    ? between.matches(inBracket ? "\\s*,\\s*" : "\\s*\\(\\s*")
                    : !inBracket && k == i + 1 && COMMA_GAP.matcher(between).matches();
            String t = next.text();
            EntryHeads.Part after = k + 1 < parts.size() && parts.get(k + 1).line() == next.line()
                    ? parts.get(k + 1) : null;
            // a town after a comma ("Lycée Carnot, Roanne"); in brackets, a known place or one followed by its
            // country or region ("ECAM (Lyon, France)", "(Rolla, MO)"), not an acronym ("(PTU)")
            boolean located = heads.isLocation(t, false) || after != null && after.parenthesized() == next.parenthesized()
                    && (LEXICONS.country(after.text()) != null || LEXICONS.countryCode(after.text()) != null
                    || LEXICONS.regionAfterCity(after.text()) != null);
            boolean place = !t.isEmpty() && Character.isUpperCase(t.codePointAt(0)) && Texts.words(t) <= 3
                    && Texts.digits(t) == 0 && Degrees.find(t) == null && !INSTITUTION.matcher(t).find()
                    && heads.titleScore(t) == 0
                    && (k == i + 1 ? between.startsWith(",") && !next.parenthesized() || located
                    : LEXICONS.country(t) != null || LEXICONS.countryCode(t) != null
                    || LEXICONS.regionAfterCity(t) != null);
            if (!separated || !place || k > i + 2) {
                break;
            }
            inBracket = next.parenthesized();
            end = next.to();
        }
        if (inBracket && end < text.length() && text.charAt(end) == ')') {
            end++;
        }
        if (end == institution.to()) {
            return institution;
        }
        return new EntryHeads.Part(text.substring(institution.from(), end), institution.line(), institution.from(),
                end, false);
    }

    private Education entry(List<CvLine> lines) {
        Map<String, Provenance> provenance = new LinkedHashMap<>();
        Dates.Found date = null;
        CvLine dateLine = null;
        List<EntryHeads.Part> parts = new ArrayList<>();
        for (CvLine line : lines) {
            if (line.bullet && !degreeBullet(line, line.degree())
                    || Texts.words(line.text) > 14 && line.degree() == null && dateOf(line) == null) {
                continue;
            }
            Dates.Found d = date == null ? dateOf(line) : null;
            if (date != null && !date.range() && dateLine != null && lines.indexOf(line) <= 2) {
                Dates.Found end = dateOf(line);
                if (end != null && endYearOnly(line, end, date)) {
                    date = new Dates.Found(date.start(), end.start(), false, date.from(), date.to(), true);
                    continue;
                }
            }
            if (d != null) {
                date = d;
                dateLine = line;
                addParts(parts, Parts.split(line, d.from(), d.to(), false));
            } else {
                addParts(parts, Parts.split(line, -1, -1, false));
            }
        }
        splitDegreeAtSchool(parts);
        EntryHeads.Part degreePart = null;
        Degrees.Found degree = null;
        for (EntryHeads.Part p : parts) {
            Degrees.Found f = Degrees.find(p.text());
            if (f != null && (degree == null || degree.level() == null && f.level() != null)) {
                degree = f;
                degreePart = p;
            }
        }
        EntryHeads.Part institution = null;
        for (EntryHeads.Part p : parts) {
            if (p != degreePart && INSTITUTION.matcher(p.text()).find() && !p.parenthesized()) {
                institution = p;
                break;
            }
        }
        String degreeText = null;
        String field = null;
        EntryHeads.Part qualifier = null;
        if (degreePart != null) {
            // "Brevet de Technicien Supérieur (BTS)", "BAC+5 (RNCP Niveau 1)": a degree's name and its acronym or
            // qualifier in brackets are one name
            int at = parts.indexOf(degreePart);
            EntryHeads.Part before = at > 0 ? parts.get(at - 1) : null;
            EntryHeads.Part after = at + 1 < parts.size() ? parts.get(at + 1) : null;
            if (degreePart.parenthesized() && before != null && adjacentBracket(before, degreePart)
                    && !before.parenthesized() && Texts.words(before.text()) <= 6 && before != institution
                    && !INSTITUTION.matcher(before.text()).find()) {
                degreePart = new EntryHeads.Part(before.line().text.substring(before.from(), degreePart.to() + 1),
                        before.line(), before.from(), degreePart.to() + 1, false);
                parts.set(at - 1, degreePart);
                parts.remove(at);
                degree = Degrees.find(degreePart.text());
            } else if (!degreePart.parenthesized() && after != null && after.parenthesized()
                    && adjacentBracket(degreePart, after) && Texts.words(after.text()) <= 4 && after != institution
                    && !INSTITUTION.matcher(after.text()).find() && !heads.isLocation(after.text(), true)
                    && LEVEL_ONLY.matcher(degreePart.text()).matches()) {
                qualifier = after;
            } else if (!degreePart.parenthesized() && after != null && after.parenthesized()
                    && adjacentBracket(degreePart, after) && HONOURS.matcher(after.text()).matches()) {
                qualifier = after; // "Professional Bachelor's Degree (with distinction)": the honours are the degree's
            }
        }
        if (degreePart != null) {
            degreeText = degreePart.text();
            Matcher m = (Texts.isAllCaps(degreeText) ? FIELD_SPLIT_CAPS : FIELD_SPLIT).matcher(degreeText);
            if (m.find() && m.start() >= degree.to() - 1) {
                field = Texts.clean(degreeText.substring(m.end()));
                degreeText = Texts.clean(degreeText.substring(0, m.start()));
            } else if (degree.from() <= 1 && (degree.level() != null
                    || degree.to() < degreeText.length() && GENERIC_FIRST.matcher(degreeText).lookingAt())) {
                // "BTS Comptabilité et gestion", "Master 2 Finance": the words after the degree are the field
                int end = degree.to();
                Matcher q = QUALIFIERS.matcher(degreeText);
                if (q.find(end)) {
                    end = q.end();
                }
                String tail = Texts.clean(degreeText.substring(end));
                boolean ofDegree = OF_DEGREE.matcher(tail).matches();
                if (Texts.letters(tail) >= 3 && !ofDegree && !INSTITUTION.matcher(tail).find()) {
                    field = tail;
                    degreeText = Texts.clean(degreeText.substring(0, end));
                }
            }
            if (qualifier != null && field == null) {
                degreeText = degreePart.line().text.substring(degreePart.from(), qualifier.to() + 1);
                parts.remove(qualifier);
            }
            provenance.put("degree", degreePart.line().find(degreeText, 0.85));
        }
        // "ESIEA" / "Diplôme d'ingénieur, Informatique" / "2004 - 2007": a name on its own line above the degree
        // "Year Up    2016 — 2017" / "Certificate of Completion - Front-End Development", "ECAM (Lyon, France)" /
        // "Master in Généraliste": the first part of a line above the degree's, with nothing beside it but the
        // dates or a place, in capitals or in capitalised words
        if (institution == null && degreePart != null) {
            for (int i = parts.indexOf(degreePart) - 1; i >= 0; i--) {
                EntryHeads.Part p = parts.get(i);
                if (p.line() != degreePart.line() && !p.parenthesized() && !heads.isLocation(p.text(), false)
                        && (p.line() != dateLine || date.range()) // "DOB 12/09/1985" names no school
                        && (nameLike(p.text()) || capitalisedName(p.text())) && aloneOnLine(p, parts)) {
                    institution = p;
                    break;
                }
            }
        }
        // the parts left: the first after the degree is the field, then the institution if still unknown
        int start = degreePart == null ? 0 : parts.indexOf(degreePart) + 1;
        for (int i = start; i < parts.size(); i++) {
            EntryHeads.Part p = parts.get(i);
            if (p == institution || heads.isLocation(p.text(), p.parenthesized())
                    || p.parenthesized() && p.text().length() <= 6) {
                continue;
            }
            if (field == null && degreePart != null && p.line() == degreePart.line()
                    && (institution != null || i + 1 < parts.size())) {
                field = p.text();
            } else if (institution == null) {
                institution = p;
            }
        }
        if (institution == null && degreePart == null) {
            for (EntryHeads.Part p : parts) {
                if (!heads.isLocation(p.text(), p.parenthesized())) {
                    institution = p;
                    break;
                }
            }
        }
        if (institution != null && !singleWordName(institution.text())) {
            institution = null; // "Maths", "Grade", "Android", "ENGINEERING": a word, not a school's name
        }
        if (degreePart == null && institution == null) {
            return null;
        }
        if (institution != null) {
            institution = withPlace(institution, parts);
        }
        if (institution != null) {
            provenance.put("institution", institution.line().span(institution.from(), institution.to(), 0.8));
        }
        if (field != null && degreePart != null) {
            provenance.put("fieldOfStudy", degreePart.line().find(field, 0.6));
        }
        PartialDate startDate = null;
        PartialDate endDate = null;
        if (date != null) {
            if (date.range()) {
                startDate = date.start();
                endDate = date.current() ? null : date.end();
            } else {
                endDate = date.start();
            }
            provenance.put("dates", dateLine.span(date.from(), date.to(), 0.9));
        }
        provenance.put("entry", CvLine.cover(lines, 0.85));
        EducationLevel level = degreeText == null ? null : Degrees.level(degreePart.text());
        return new Education(institution == null ? null : institution.text(), degreeText, level, field, startDate,
                endDate, provenance);
    }
}

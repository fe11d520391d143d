package dev.cvmatch.internal.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Shared logic for entry headers (experience and education): head-like lines, parts, cue-word scores. Internal. */
final class EntryHeads {

    // precompiled: String.matches/replaceAll/replaceFirst compile their pattern at every call
    private static final java.util.regex.Pattern LEADING_NON_ALNUM = java.util.regex.Pattern.compile("^[^\\p{L}\\p{N}]+");
    private static final java.util.regex.Pattern CLOSING_PUNCTUATION = java.util.regex.Pattern.compile("[)\\]|:,.–—-]*");

    /**
     * A part of a header line. Its {@code equals} and {@code hashCode} are written out, with the record's meaning
     * (components compared with {@code Objects.equals} and {@code ==}; the hash combined as {@code 31 * h + c} in
     * component order, as {@code java.lang.runtime.ObjectMethods} does): the generated ones are linked through
     * {@code ObjectMethods} at their first call (about 20 ms of a fresh JVM's first CV, for {@code List.indexOf}).
     */
    record Part(String text, CvLine line, int from, int to, boolean parenthesized) {
        @Override
        public boolean equals(Object o) {
            return this == o || o instanceof Part p && java.util.Objects.equals(text, p.text)
                    && java.util.Objects.equals(line, p.line) && from == p.from && to == p.to
                    && parenthesized == p.parenthesized;
        }

        @Override
        public int hashCode() {
            int h = java.util.Objects.hashCode(text);
            h = 31 * h + java.util.Objects.hashCode(line);
            h = 31 * h + Integer.hashCode(from);
            h = 31 * h + Integer.hashCode(to);
            return 31 * h + Boolean.hashCode(parenthesized);
        }
    }

    /** The header of an entry: its parts and the number of lines it consumed from the entry start. */
    record Head(List<Part> parts, int consumed) {
    }

    private final Lexicons lexicons = Lexicons.get();

    /** Labels of an entry's details, never of its head: the technical environment, tools, stack. */
    private static final java.util.regex.Pattern DETAIL_LABEL = java.util.regex.Pattern.compile(
            "(?iu)(?:technical\\s+)?(?:environment|environnement(?:\\s+technique)?|technologies|technology stack|"
                    + "tech stack|stack(?:\\s+technique)?|tools(?:\\s+used)?|outils|technical environment)\\s*:");

    /** Whether a line opens with the label of an entry's details ("Technologies:", "Environnement technique :"). */
    static boolean isDetailLabel(String text) {
        return DETAIL_LABEL.matcher(text.strip()).lookingAt();
    }

    /** A line that can belong to an entry header: short, not a bullet, not a sentence. */
    boolean isHeadLike(CvLine line) {
        String t = line.text;
        if (line.bullet || Texts.words(t) > 12 || t.length() > 110 || line.fieldRole == FieldLabels.Role.DETAIL) {
            return false;
        }
        if (t.endsWith(".") && !t.endsWith("etc.") && Texts.words(t) > 3 && !LEGAL_END.matcher(t).find()
                && !nameList(t)) {
            return false; // a sentence; "Engineer at One Technologies, L.P." ends on its legal form
        }
        if (!line.bold() && sentenceCased(t)) {
            return false;
        }
        if (DETAIL_LABEL.matcher(t).lookingAt()) {
            return false; // "Environment: Windows XP, Oracle", "Technologies : Java": a detail of the entry above
        }
        int first = t.codePointAt(0);
        return Character.isUpperCase(first) || Character.isDigit(first) || !Character.isLetter(first)
                || startsWithCamelCase(t) || line.bold() && Texts.words(t) <= 8 && !t.endsWith(".");
    }

    /**
     * Two or more short capitalised names parted by commas, ending on a full stop: "Staff Engineer, Search App,
     * Northwind, Mountain View." (a title, its team, the employer and the town, LaTeX CV classes print them so), not
     * a sentence, whose words after the first are not all capitalised.
     */
    static boolean nameList(String t) {
        if (LEGAL_END.matcher(t).find()) {
            return false; // "One Technologies, L.P.": the full stop is the legal form's
        }
        String[] parts = t.substring(0, t.length() - 1).split(",");
        if (parts.length < 2) {
            return false;
        }
        for (String part : parts) {
            String p = part.strip();
            if (p.isEmpty() || !Character.isUpperCase(p.codePointAt(0)) || Texts.words(p) > 7
                    || !capitalisedWords(p)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A line of seven words or more whose words of four letters or more, after the first, are nearly all in lower
     * case: a description's sentence whose bullet was lost ("Teach applied Judo in a safe, inclusive environment"),
     * not a title or an employer, which capitalise their words ("University of Minnesota Duluth Department of ...").
     */
    static boolean sentenceCased(String t) {
        if (whitespaceRuns(t) < 6) {
            return false; // fewer than seven words: split gives at most one more part than there are runs
        }
        String[] words = WHITESPACE.split(t);
        if (words.length < 7) {
            return false;
        }
        int lower = 0;
        int content = 0;
        for (int i = 1; i < words.length; i++) {
            String w = words[i];
            if (w.length() >= 4 && Character.isLetter(w.codePointAt(0))) {
                content++;
                if (Character.isLowerCase(w.codePointAt(0))) {
                    lower++;
                }
            }
        }
        return content >= 3 && lower * 4 >= content * 3;
    }

    /** A part starting in lower case ("programmation Java", "stage"): it qualifies the part before it. */
    static boolean isQualifier(Part p) {
        String t = p.text();
        return p.from() > 0 && Character.isLowerCase(t.codePointAt(0)) && !startsWithCamelCase(t);
    }

    /** "iOS Developer", "eBay": a first word starting in lower case but holding capitals is a name. */
    private static boolean startsWithCamelCase(String t) {
        int space = t.indexOf(' ');
        String word = space < 0 ? t : t.substring(0, space);
        for (int i = 1; i < word.length(); i++) {
            if (Character.isUpperCase(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** A short lower-case line right after a header line: the end of a wrapped title ("... digital" / "junior"). */
    private boolean isWrappedTail(CvLine line) {
        String t = line.text;
        return !line.bullet && Texts.words(t) <= 3 && Character.isLowerCase(t.codePointAt(0))
                && !startsWithCamelCase(t) && Dates.any(t) == null && !t.endsWith(".");
    }

    /** Whether a single date sits at the start or the end of a line (a date inside a sentence is not an anchor). */
    static boolean dateAtEdge(String line, Dates.Found d) {
        String before = line.substring(0, d.from()).strip();
        String after = line.substring(d.to()).strip();
        return before.isEmpty() || after.isEmpty() || CLOSING_PUNCTUATION.matcher(after).matches()
                || before.endsWith("|") || before.endsWith("\t") || before.endsWith("–") || before.endsWith(",");
    }

    /** A line whose label said it is the title, the employer, the client or the place of an entry. */
    static boolean labelledHead(CvLine line) {
        FieldLabels.Role r = line.fieldRole;
        return r == FieldLabels.Role.TITLE || r == FieldLabels.Role.EMPLOYER || r == FieldLabels.Role.CLIENT
                || r == FieldLabels.Role.PLACE;
    }

    /**
     * Reads the header of an entry: lines before the anchor, the anchor without its date, and following head-like
     * lines while the title and organisation are not both known (plus one location line).
     */
    Head read(List<CvLine> lines, int anchorIndex, Dates.Found date, boolean education) {
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < anchorIndex; i++) {
            parts.addAll(convert(Parts.split(lines.get(i), -1, -1)));
        }
        CvLine anchor = lines.get(anchorIndex);
        parts.addAll(convert(Parts.split(anchor, date.from(), date.to())));
        int consumed = anchorIndex + 1;
        while (consumed < lines.size() && consumed <= anchorIndex + 3) {
            CvLine next = lines.get(consumed);
            if (isWrappedTail(next) && !parts.isEmpty() && !next.gapBefore) {
                int firstOfAnchor = -1;
                for (int i = 0; i < parts.size(); i++) {
                    if (parts.get(i).line() == lines.get(consumed - 1) && !parts.get(i).parenthesized()) {
                        firstOfAnchor = i;
                        break;
                    }
                }
                if (firstOfAnchor >= 0) {
                    Part head = parts.get(firstOfAnchor);
                    parts.set(firstOfAnchor, new Part(head.text() + " " + next.text, head.line(), head.from(),
                            head.to(), head.parenthesized()));
                    consumed++;
                    continue;
                }
            }
            if (!isHeadLike(next) || next.dateRange() != null) {
                break;
            }
            List<Part> nextParts = convert(Parts.split(next, -1, -1));
            if (labelledHead(next)) {
                parts.addAll(nextParts); // "Position: Executive Director" under the dates: the label says it is
                consumed++;
                continue;
            }
            long nonLocation = 0;
            for (int i = 0; i < parts.size(); i++) {
                Part p = parts.get(i);
                if (!p.parenthesized() && !isQualifier(p) && !isLocation(p.text(), p.parenthesized())
                        && !isAddress(p.text()) && !(i + 1 < parts.size() && townBeforeRegion(p, parts.get(i + 1)))
                        && !(i > 0 && townBeforeRegion(parts.get(i - 1), p))) {
                    nonLocation++; // "Tucson, AZ", "PITTSBURGH, PA": a town before its state is a place, not a name
                }
            }
            boolean onlyLocation = !nextParts.isEmpty()
                    && nextParts.stream().allMatch(p -> isLocation(p.text(), p.parenthesized())
                    || lexicons.country(p.text()) != null);
            if (!onlyLocation && nextParts.size() > 1 && !next.bold() && placesOnly(Parts.split(next, -1, -1))) {
                // "West Chester, Pennsylvania, United States": one place, the town unknown to the gazetteer
                onlyLocation = true;
                nextParts = List.of(new Part(next.text.strip(), next, 0, next.text.strip().length(), false));
            }
            if (nonLocation >= 2 && !onlyLocation) {
                if (!education && isPlaceLine(next, nextParts)) {
                    parts.addAll(nextParts); // "IUT de Valmont" / "Valmont": a place the gazetteer does not know
                    consumed++;
                }
                break;
            }
            if (education && nonLocation >= 1 && !onlyLocation && !looksLikeHead(next)) {
                break;
            }
            parts.addAll(nextParts);
            consumed++;
            if (onlyLocation) {
                break;
            }
        }
        return new Head(parts, consumed);
    }

    /**
     * Whether the parts of a line are places and nothing else: known places, or a town the gazetteer does not know
     * before known regions or countries ("West Chester, Pennsylvania, United States").
     */
    boolean placesOnly(List<Parts.Part> parts) {
        for (int i = 0; i < parts.size(); i++) {
            String t = parts.get(i).text();
            boolean known = isLocation(t, parts.get(i).parenthesized()) || lexicons.country(t) != null;
            boolean town = i == 0 && parts.size() > 1 && townLike(t) && commaThenRegion(parts.get(0), parts.get(1));
            if (!known && !town) {
                return false;
            }
        }
        return !parts.isEmpty();
    }

    /**
     * "West Chester, Pennsylvania", "Mountain View, CA": a comma, then a region or a country (not a city: "Maison
     * Berthier · Dijon").
     */
    private boolean commaThenRegion(Parts.Part town, Parts.Part next) {
        String text = town.line().text;
        return town.line() == next.line() && town.to() <= next.from()
                && text.substring(town.to(), next.from()).strip().equals(",")
                && lexicons.city(next.text()) == null
                && (lexicons.regionAfterCity(next.text()) != null || lexicons.country(next.text()) != null
                || lexicons.regionCode(next.text()) != null);
    }

    /** A line that can only be a place: one short capitalised part, no cue word, not bold, not a label. */
    private boolean isPlaceLine(CvLine line, List<Part> parts) {
        if (parts.size() != 1 || line.bold() || line.gapBefore || line.text.endsWith(":")) {
            return false;
        }
        String t = parts.get(0).text();
        return Texts.words(t) <= 3 && Texts.digits(t) == 0 && titleScore(t) == 0 && orgScore(t) == 0
                && Character.isUpperCase(t.codePointAt(0)) && capitalisedWords(t) && !Texts.isAllCaps(t)
                && lexicons.heading(Texts.fold(t)) == null;
    }

    private boolean looksLikeHead(CvLine line) {
        return line.bold() || Texts.words(line.text) <= 6;
    }

    /** Units of a period's length printed beside its dates. */
    private static final String DURATION_UNITS = "(?:years?|yrs?|months?|mos?|weeks?|wks?|days?|ans?|ann[ée]es?|mois|"
            + "semaines?|jours?)";
    /** A duration printed beside dates: "7 years", "(1 yr 3 mos)", "2 ans", "6 mois", "9 weeks". */
    static final java.util.regex.Pattern DURATION = java.util.regex.Pattern.compile(
            "(?iu)\\b\\d+\\s*" + DURATION_UNITS + "\\b");
    /** A part that is only such a duration: "12 months", "9 weeks", "1 yr 3 mos", "about 2 ans". */
    private static final java.util.regex.Pattern DURATION_ONLY = java.util.regex.Pattern.compile(
            "(?iu)(?:(?:about|environ|~)\\s*)?(?:\\d+(?:[.,]\\d+)?\\+?\\s*" + DURATION_UNITS + "\\s*(?:and|et|,)?\\s*)+");

    /** A name ending with its legal form or an abbreviation ("Acme Co.", "One Technologies, L.P.", "Esq."). */
    private static final java.util.regex.Pattern LEGAL_END = java.util.regex.Pattern.compile(
            "(?i)\\b(?:" + Parts.LEGAL_FORM_NAMES + "|p\\.c|esq|jr|sr)\\.$");

    /** The runs of {@code \\s} characters (space, tab, line breaks, form feed, vertical tab) in a text. */
    private static int whitespaceRuns(String t) {
        int runs = 0;
        boolean previous = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (space && !previous) {
                runs++;
            }
            previous = space;
        }
        return runs;
    }

    private static boolean hasAsciiDigit(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) >= '0' && t.charAt(i) <= '9') {
                return true;
            }
        }
        return false;
    }

    private List<Part> convert(List<Parts.Part> raw) {
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            Parts.Part p = raw.get(i);
            if (hasAsciiDigit(p.text()) // every duration has a number
                    && DURATION_ONLY.matcher(LEADING_NON_ALNUM.matcher(p.text()).replaceFirst("").strip()).matches()) {
                continue; // "January 2008 to January 2009  12 months": the length of the period, not a name
            }
            if (Texts.words(p.text()) >= 6 && p.text().strip().endsWith(".") && !p.parenthesized()
                    && !LEGAL_END.matcher(p.text()).find()) {
                // "defi SOLUTIONS provides flexible loan origination system for auto lenders.  2015-11 TO PRESENT":
                // a sentence beside the dates describes the employer, it does not name it
                continue;
            }
            Parts.Part next = i + 1 < raw.size() ? raw.get(i + 1) : null;
            if (i > 0 && next != null && !p.parenthesized() && !next.parenthesized() && commaThenRegion(p, next)
                    && townLike(p.text()) && !isLocation(p.text(), false)) {
                // "ABC Corp, Somewhere, NJ": a town the gazetteer does not know, before its state, is one place
                parts.add(new Part(p.line().text.substring(p.from(), next.to()), p.line(), p.from(), next.to(),
                        false));
                i++;
                continue;
            }
            parts.add(new Part(p.text(), p.line(), p.from(), p.to(), p.parenthesized()));
        }
        return parts;
    }

    /** A street address: a house number, up to four words, a street word ("801 5th Ave", "1 Toronto St"). */
    private static final java.util.regex.Pattern STREET = java.util.regex.Pattern.compile(
            "\\d{1,6}[A-Za-z]?(?:-\\d{1,6})?\\s+(?:[\\p{L}\\d.'’-]+\\s+){0,4}(?:St|Street|Ave|Avenue|Rd|Road|Blvd|"
            + "Boulevard|Dr|Drive|Way|Lane|Ln|Pkwy|Parkway|Pl|Place|Ct|Court|Hwy|Highway|Sq|Square|Terrace|Cres|"
            + "Crescent|Suite|Ste)\\.?(?:\\s.*)?");
    /** A postal code, after its state or province or alone: "WA 98104", "ON M5C 2V6", "98104-1234". */
    private static final java.util.regex.Pattern POSTAL = java.util.regex.Pattern.compile(
            "(?:[A-Z]{2}\\s+)?(?:\\d{5}(?:-\\d{4})?|[A-Z]\\d[A-Z]\\s?\\d[A-Z]\\d)");

    /**
     * Whether a part is a street address or a postal code ("801 5th Ave Seattle", "ON M5C 2V6"): themes print an
     * employer's address on its entry; an address is a place, never a title or an employer.
     */
    static boolean isAddress(String text) {
        String t = text.strip();
        return STREET.matcher(t).matches() || POSTAL.matcher(t).matches();
    }

    /** A town's name: letters, spaces, dots, hyphens and apostrophes ("St. Louis", "Winston-Salem"). */
    private static final java.util.regex.Pattern TOWN = java.util.regex.Pattern.compile("\\p{L}[\\p{L} .'’-]*");

    /**
     * Whether a part is a town's name the gazetteer may not know, followed on its line by the town's state or
     * province after a comma or a dash ("Tucson, AZ", "Pune, Maharashtra").
     */
    boolean townBeforeRegion(Part p, Part next) {
        if (next.line() != p.line() || p.parenthesized() || next.parenthesized() || p.to() > next.from()
                || lexicons.regionAfterCity(next.text()) == null || !TOWN.matcher(p.text()).matches()) {
            return false;
        }
        String between = p.line().text.substring(p.to(), next.from()).strip();
        return (between.equals(",") || between.equals("-") || between.equals("\u2013"))
                && (townLike(p.text()) || capitalsTownLine(p, next))
                && isLocation(p.line().text.substring(p.from(), next.to()), false);
    }

    /**
     * "PITTSBURGH, PA", "WEST CHESTER, PA": a town printed in capitals with its state, the whole of its line (job
     * boards print an employer's line in capitals, then its place on the next). A line that names more, or whose
     * first part carries a title or an organisation word ("NORTHWIND SUPPLY, TX"), stays a name.
     */
    private boolean capitalsTownLine(Part p, Part next) {
        String t = p.text();
        String line = p.line().text;
        return Texts.isAllCaps(t) && Texts.words(t) <= 3 && Texts.digits(t) == 0 && titleScore(t) == 0
                && orgScore(t) == 0 && line.substring(0, p.from()).isBlank() && line.substring(next.to()).isBlank()
                && Character.isUpperCase(t.codePointAt(0));
    }

    /** A short capitalised name without job-title or organisation words, digits or capitals only: a town. */
    private boolean townLike(String t) {
        return Texts.words(t) <= 3 && Texts.digits(t) == 0 && titleScore(t) == 0 && orgScore(t) == 0
                && capitalisedWords(t) && !Texts.isAllCaps(t) && !t.isEmpty() && Character.isUpperCase(t.codePointAt(0));
    }

    /**
     * {@link #isLocation}'s answers so far, by text, for parts in brackets and for the others. An extractor's heads
     * serve one parse, and reading an entry asks about the same parts again and again (a school's name 20-30 times
     * in the sample CVs; each answer folds the text and looks it up in four lexicons).
     */
    private final Map<String, Boolean> locations = new HashMap<>();
    private final Map<String, Boolean> parenthesizedLocations = new HashMap<>();
    /** {@link Texts#fold} of the texts scored or placed so far in this parse, asked for again and again as well. */
    private final Map<String, String> folds = new HashMap<>();

    private String fold(String text) {
        String folded = folds.get(text);
        if (folded == null) {
            folded = Texts.fold(text);
            folds.put(text, folded);
        }
        return folded;
    }

    boolean isLocation(String text, boolean parenthesized) {
        Map<String, Boolean> known = parenthesized ? parenthesizedLocations : locations;
        Boolean answer = known.get(text);
        if (answer == null) {
            answer = location(text, parenthesized);
            known.put(text, answer);
        }
        return answer;
    }

    private boolean location(String text, boolean parenthesized) {
        String t = Texts.clean(text);
        String folded = fold(t);
        if (folded.equals("remote") || folded.equals("teletravail") || folded.equals("full remote")
                || folded.equals("hybrid") || folded.equals("hybride") || folded.startsWith("remote ")
                || folded.startsWith("teletravail ") || folded.equals("a distance") || folded.equals("en remote")) {
            return true;
        }
        // lexicons.city(t), country(t): the maps by folded name, with the text folded once
        if (lexicons.cities.get(folded) != null || lexicons.countries.get(folded) != null
                || lexicons.countryCode(t) != null) {
            return true;
        }
        int comma = t.lastIndexOf(',');
        if (comma > 0 && (lexicons.country(t.substring(comma + 1)) != null
                || lexicons.regionAfterCity(t.substring(comma + 1)) != null && Texts.words(t) <= 6)) {
            return true; // "Lyon, France", "Houston, TX", "Bengaluru, Karnataka"
        }
        if (lexicons.regions.get(folded) != null || lexicons.regionCode(t) != null) {
            return true; // "Texas", "NJ" (not "MA", "IN": words and degrees too)
        }
        // "Neoweb (& Findtastic)", "(+ freelance)": a bracket opened by a conjunction names no place
        return parenthesized && Texts.words(t) <= 3 && titleScore(t) == 0 && orgScore(t) == 0
                && Texts.digits(t) == 0 && capitalisedWords(t) && !t.isEmpty() && Character.isLetter(t.codePointAt(0));
    }

    /** {@code t.split("\\s+")}'s pattern, compiled once (String.split compiles a pattern of this length per call). */
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern WHITESPACE_OR_HYPHEN = java.util.regex.Pattern.compile("[\\s\\-]+");

    static boolean capitalisedWords(String t) {
        for (String word : WHITESPACE_OR_HYPHEN.split(t)) {
            if (!word.isEmpty() && Character.isLetter(word.codePointAt(0)) && word.length() > 3
                    && !Character.isUpperCase(word.codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    int titleScore(String text) {
        int score = 0;
        for (String token : fold(text).split(" ")) {
            if (lexicons.titleWords.contains(token)) {
                score++;
            }
        }
        return score;
    }

    int orgScore(String text) {
        int score = 0;
        for (String token : fold(text).split(" ")) {
            if (lexicons.orgWords.contains(token)) {
                score++;
            }
        }
        return score;
    }

    /**
     * The description lines of an entry after its header: bullets without their markers, wrapped lines joined.
     */
    static List<String> description(List<CvLine> lines, int from) {
        List<String> out = new ArrayList<>();
        boolean bullets = false;
        for (int i = from; i < lines.size(); i++) {
            bullets |= lines.get(i).bullet;
        }
        for (int i = from; i < lines.size(); i++) {
            CvLine line = lines.get(i);
            String text = line.text;
            boolean continuation = !out.isEmpty() && !line.bullet && (bullets || continuesSentence(out, text))
                    && !line.gapBefore && (Character.isLowerCase(text.codePointAt(0)) || bullets
                    && !out.get(out.size() - 1).endsWith("."));
            if (continuation) {
                out.set(out.size() - 1, out.get(out.size() - 1) + " " + text);
            } else {
                out.add(text);
            }
        }
        return out;
    }

    private static boolean continuesSentence(List<String> out, String text) {
        String last = out.get(out.size() - 1);
        return !last.endsWith(".") && Character.isLowerCase(text.codePointAt(0));
    }
}

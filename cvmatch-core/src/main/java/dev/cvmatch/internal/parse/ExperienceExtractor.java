package dev.cvmatch.internal.parse;

import dev.cvmatch.cv.PartialDate;
import dev.cvmatch.cv.Provenance;
import dev.cvmatch.cv.WorkExperience;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads work history entries from experience sections.
 *
 * <p>Entries are anchored on their dates. The number of header lines printed before the first date of the section
 * tells the layout ("Company / Title, dates" or "Title, Company   dates / City"), and is applied to every entry of
 * the section. An entry's header lines are split into parts; job-title and organisation cue words, locations from
 * the gazetteer and the part order decide which part is the title, the employer and the location. Internal.
 */
final class ExperienceExtractor {

    // precompiled: String.matches compiles its pattern at every call
    private static final java.util.regex.Pattern PLACE_GAP = java.util.regex.Pattern.compile("[(,–—|-]*");

    private final Lexicons lexicons = Lexicons.get();
    private final EntryHeads heads = new EntryHeads();

    /** A preposition that puts a date inside a sentence: "L'aventure s'est arrêtée en 2019.", "Acquired in 2015.". */
    private static final java.util.regex.Pattern DATE_PREPOSITION = java.util.regex.Pattern.compile(
            "(?iu)(?:^|\\s)(?:en|in|since|depuis|d[eè]s|by|until|jusqu'en|after|apr[eè]s|before|avant)\\s*$");

    /**
     * A single date closing a sentence after a preposition, the line ending with a full stop: the entry's
     * description tells when something happened, it does not date an entry.
     */
    static boolean yearInASentence(String text, Dates.Found d) {
        String t = text.strip();
        return !d.range() && t.endsWith(".") && Texts.words(t) >= 4
                && DATE_PREPOSITION.matcher(text.substring(0, d.from())).find();
    }

    /**
     * "Acme Corp<TAB>Jan 2005 –" / "Dec 2008": a range whose end wrapped onto a line of its own. The end's line is
     * left out and the range is recorded for the first line.
     */
    private static List<CvLine> joinWrappedRangeEnds(List<CvLine> lines, java.util.Map<CvLine, Dates.Found> wrapped) {
        List<CvLine> out = null;
        for (int i = 0; i < lines.size(); i++) {
            CvLine line = lines.get(i);
            String t = line.text.stripTrailing();
            char last = t.isEmpty() ? ' ' : t.charAt(t.length() - 1);
            Dates.Found r = null;
            if ((last == '-' || last == '\u2013' || last == '\u2014') && !line.bullet && i + 1 < lines.size()
                    && line.dateRange() == null) {
                Dates.Found d = line.anyDate();
                r = d == null ? null : openEnded(line.text, d, lines.get(i + 1));
            }
            if (r != null && !r.current()) {
                if (out == null) {
                    out = new ArrayList<>(lines.subList(0, i));
                }
                out.add(line);
                wrapped.put(line, r);
                i++;
            } else {
                Dates.Found cell = i + 1 < lines.size() && !line.bullet ? wrappedRangeCell(line, lines.get(i + 1))
                        : null;
                if (cell != null) {
                    // "De décembre 2023 à<TAB>Title, Company" / "mai 2024<TAB>{ first duty": the next line goes on
                    // as the entry's description; its date cell dates nothing of its own
                    wrapped.put(line, cell);
                    wrapped.put(lines.get(i + 1), NO_DATE);
                }
                if (out != null) {
                    out.add(line);
                }
            }
        }
        return out == null ? lines : out;
    }

    /** Marks a line whose date belongs to the range of the line above. */
    private static final Dates.Found NO_DATE = new Dates.Found(null, null, false, 0, 0, false);

    /** A word that joins a range's start to its end ("De mars 2017 à juin" / "2020", "Jan 2019 to" / "Mar 2020"). */
    private static final java.util.regex.Pattern RANGE_END_WORD = java.util.regex.Pattern.compile(
            "(?iu)(?:^|\\s)(?:à|au|to|until|jusqu'?à|[-\u2013\u2014])(?:\\s|$)");

    /**
     * A range cut in two by a narrow dates column (moderncv's margin): "De décembre 2023 à" / "mai 2024", "De
     * Septembre 2024" / "à Mai 2025", each the first cell of its line. The range found in the two cells joined, its
     * bounds those of the first cell; {@code null} when the cells do not make one range with a joining word
     * between them.
     */
    static Dates.Found wrappedRangeCell(CvLine line, CvLine next) {
        if (next.bullet) {
            return null;
        }
        int tab = line.text.indexOf('\t');
        int nextTab = next.text.indexOf('\t');
        String first = (tab < 0 ? line.text : line.text.substring(0, tab)).strip();
        String second = (nextTab < 0 ? next.text : next.text.substring(0, nextTab)).strip();
        if (first.isEmpty() || second.isEmpty() || Texts.words(first) > 6 || Texts.words(second) > 4
                || Texts.digits(first + second) == 0 || (tab < 0) != (nextTab < 0)
                || !RANGE_END_WORD.matcher(first).find() && !RANGE_END_WORD.matcher(second).find()) {
            return null;
        }
        String joined = first + " " + second;
        Dates.Found r = Dates.range(joined);
        if (r == null || !r.range() || r.from() >= first.length() || r.to() <= first.length() + 1) {
            return null;
        }
        int start = line.text.indexOf(first);
        return new Dates.Found(r.start(), r.end(), r.current(), start, start + first.length(), true);
    }

    /** A dash and nothing else after a date: the end of the line or of its cell. */
    private static final java.util.regex.Pattern TRAILING_DASH = java.util.regex.Pattern.compile(
            "\\s*[-\u2013\u2014]\\s*(?:\t.*)?");

    /**
     * "2015-11-03 —" with nothing after the dash (résumé themes print a job without an end date this way): a range
     * still running, unless the next line starts with a date: alone on that line, it is the range's end, wrapped.
     *
     * @return the open range, or {@code null} when the date is not followed by a lone dash
     */
    static Dates.Found openEnded(String text, Dates.Found d, CvLine next) {
        if (d.range() || !TRAILING_DASH.matcher(text.substring(d.to())).matches()) {
            return null;
        }
        if (next != null) {
            Dates.Found wrapped = next.anyDate();
            if (wrapped != null && wrapped.from() == 0) {
                // "Acme Corp<TAB>Jan 2005 –" / "Dec 2008": the range's end wrapped onto the next line
                return wrapped.range() || !next.text.substring(wrapped.to()).isBlank() ? null
                        : new Dates.Found(d.start(), wrapped.start(), false, d.from(), d.to(), true);
            }
        }
        return new Dates.Found(d.start(), null, true, d.from(), d.to(), true);
    }

    List<WorkExperience> extract(List<CvLine> all) {
        List<WorkExperience> result = new ArrayList<>();
        java.util.Map<CvLine, Dates.Found> wrapped = new java.util.IdentityHashMap<>();
        List<CvLine> lines = joinWrappedRangeEnds(withoutLinks(all), wrapped);
        int n = lines.size();
        Dates.Found[] dates = new Dates.Found[n];
        List<Integer> anchors = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            CvLine line = lines.get(i);
            if (line.bullet && Texts.words(line.text) > 6 || Texts.words(line.text) > 16) {
                continue;
            }
            Dates.Found d = wrapped.get(line);
            if (d == NO_DATE) {
                continue;
            }
            if (d == null) {
                d = line.dateRange();
            }
            if (d == null && !line.bullet) {
                d = line.anyDate();
                Dates.Found open = d == null ? null : openEnded(line.text, d, i + 1 < n ? lines.get(i + 1) : null);
                if (open != null) {
                    d = open; // a range, whatever the case of the line's first letter ("defi SOLUTIONS Inc")
                } else if (d != null && (Texts.words(line.text) > 12 || Character.isLowerCase(line.text.codePointAt(0))
                        || !EntryHeads.dateAtEdge(line.text, d) || yearInASentence(line.text, d))) {
                    d = null;
                }
            }
            if (d != null && !anchors.isEmpty()
                    && indentedUnder(line, d, lines.get(anchors.get(0)), dates[anchors.get(0)])) {
                d = null; // "Highlights" / "  Apr. 2026 - now: Senior Developer for BRGM": a dated item of the entry
            }
            if (d != null) {
                dates[i] = d;
                anchors.add(i);
            }
        }
        if (anchors.isEmpty()) {
            return result;
        }
        int before = 0;
        for (int i = anchors.get(0) - 1; i >= 0 && before < 2; i--) {
            if (!heads.isHeadLike(lines.get(i))) {
                break;
            }
            if (!EntryHeads.labelledHead(lines.get(i)) && !addressLine(lines.get(i)) && !placeLine(lines.get(i))
                    && !danglingDashLine(lines.get(i))) {
                // labelled lines ("Designation:", "Company:"), addresses and places ("Syracuse, NY" between the
                // employer and the dates) are taken whatever their number
                before++;
            }
        }
        int[] starts = new int[anchors.size()];
        boolean firstHolds = holdsHead(lines.get(anchors.get(0)), dates[anchors.get(0)]);
        for (int j = 0; j < anchors.size(); j++) {
            int a = anchors.get(j);
            int floor = j == 0 ? 0 : anchors.get(j - 1) + 1;
            int s = a;
            // entries of one section need not share a shape: a dates line under its title ("Senior Engineer at
            // Acme" / "2017 TO 2018") after "Title at Company<TAB>2015 TO 2016" takes its title from above, and
            // a dated title line after an entry whose dates were under its title takes none
            int walk = before;
            if (j > 0 && holdsHead(lines.get(a), dates[a]) != firstHolds) {
                walk = firstHolds ? Math.max(1, before) : 0;
            }
            java.util.Set<FieldLabels.Role> labelled = labelledBelow(lines, a,
                    j + 1 < anchors.size() ? anchors.get(j + 1) : n);
            int titleOverEmployer = 0; // 1: under a job board's employer line, 2: its title line taken
            for (int k = 0; s - 1 >= floor && titleOverEmployer < 2 && heads.isHeadLike(lines.get(s - 1)); ) {
                CvLine above = lines.get(s - 1);
                if (titleOverEmployer == 1) {
                    titleOverEmployer = 2; // "Order Desk Analyst" over "Northwind Traders -": its title, the last
                } else if (danglingDashLine(above) && titleOverEmployer == 0) {
                    titleOverEmployer = 1; // "Northwind Traders -  Gurgaon, Haryana -": the employer, uncounted
                } else if (EntryHeads.labelledHead(above)) {
                    if (!labelled.add(above.fieldRole)) {
                        break; // a second "Position:": the previous entry's, printed under its dates
                    }
                } else if (addressLine(above) && s - 1 > floor) {
                    // "801 5th Ave Seattle, WA 98104" under the employer: the employer's address, not a head line
                } else if (placeLine(above) && s - 1 > floor) {
                    // "Research Assistant" / "Syracuse University" / "Syracuse, NY" / dates: the employer's place
                } else if (k++ >= walk) {
                    break;
                }
                if (j > 0 && s - 1 == floor && heads.placesOnly(Parts.split(above, -1, -1))) {
                    break; // "Aug 2020 – Present" / "West Chester, Pennsylvania": the previous entry's place
                }
                s--;
            }
            if (s == a && s - 1 >= floor && onlyLocation(lines.get(a), dates[a])
                    && looksLikeHeaderLine(lines.get(a - 1)) && !indentedPast(lines.get(a - 1), lines.get(a))) {
                s--; // this entry's dates were pushed below its title line
            }
            starts[j] = s;
        }
        List<Draft> drafts = new ArrayList<>(anchors.size());
        for (int j = 0; j < anchors.size(); j++) {
            int a = anchors.get(j);
            int end = j + 1 < anchors.size() ? starts[j + 1] : n;
            drafts.add(draft(lines.subList(starts[j], end), a - starts[j], dates[a]));
        }
        long slot = titleSlot(drafts);
        for (Draft d : drafts) {
            result.add(entry(d, slot));
        }
        return underTheirEmployer(result);
    }

    /**
     * "STRATEGIC MARKETING, INC" / "1998 to 2008" then "Senior Consultant, 2004 to 2008", "Product Manager, 1998 to
     * 2004": an employer printed once with the whole of its period, then the positions held there, each with its own
     * dates and no employer. The employer's entry (a name and dates, no description, no employer of its own) is
     * not a position: the positions that follow it, inside its period (a range, not a single date) and without an
     * employer, take its name (and its place when they have none).
     */
    private static List<WorkExperience> underTheirEmployer(List<WorkExperience> entries) {
        List<WorkExperience> out = null;
        for (int i = 0; i < entries.size(); i++) {
            WorkExperience group = entries.get(i);
            // the employer's name alone, read as the entry's title or (organisation words) as its employer
            String groupName = group.employer() == null ? group.title() : group.title() == null ? group.employer()
                    : null;
            int members = 0;
            if (groupName != null && group.description().isEmpty()
                    && group.start() != null && (group.current() || group.end() != null
                    && group.end().compareTo(group.start()) > 0)) {
                for (int k = i + 1; k < entries.size() && within(entries.get(k), group); k++) {
                    members++;
                }
            }
            if (members == 0) {
                if (out != null) {
                    out.add(group);
                }
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(entries.subList(0, i));
            }
            Provenance name = group.provenance().get(group.title() != null ? "title" : "employer");
            for (int k = i + 1; k <= i + members; k++) {
                WorkExperience m = entries.get(k);
                Map<String, Provenance> provenance = new LinkedHashMap<>(m.provenance());
                if (name != null) {
                    provenance.put("employer", name);
                }
                String location = m.location();
                if (location == null && group.location() != null) {
                    location = group.location();
                    provenance.put("location", group.provenance().get("location"));
                }
                out.add(new WorkExperience(m.title(), groupName, location, m.start(), m.end(), m.current(),
                        m.description(), provenance));
            }
            i += members;
        }
        return out == null ? entries : out;
    }

    /** Whether a position without an employer has its dates inside the period of an employer's entry. */
    private static boolean within(WorkExperience member, WorkExperience group) {
        if (member.employer() != null || member.title() == null || member.start() == null
                || member.start().earliest().isBefore(group.start().earliest())) {
            return false;
        }
        if (group.current()) {
            return true;
        }
        YearMonth end = member.current() ? null : member.end() != null ? member.end().latest()
                : member.start().latest();
        return end != null && !end.isAfter(group.end().latest());
    }

    /**
     * A line ending on a dangling dash, with no date: a job board's employer line ("Northwind Traders -", or "-"
     * alone when the employer was left blank).
     */
    private static boolean danglingDashLine(CvLine line) {
        String t = line.text.strip();
        return (t.endsWith(" -") || t.equals("-")) && line.anyDate() == null;
    }

    /** A line that is a place and nothing else ("Syracuse, NY", "Chennai, Tamil Nadu", "Lyon"). */
    private boolean placeLine(CvLine line) {
        return line.dateRange() == null && line.anyDate() == null && heads.placesOnly(Parts.split(line, -1, -1));
    }

    /**
     * Whether a placed line starts 8 points or more to the right of another: a line of the previous entry's indented
     * description ("  Worked in Scrum with designers..." above "04/2024 – 09/2024    Dublin"), not a title.
     */
    private static boolean indentedPast(CvLine line, CvLine other) {
        return line.source.box() != null && other.source.box() != null
                && line.source.box().x() >= other.source.box().x() + 8f;
    }

    /** A line that opens on a street address ("801 5th Ave Seattle, WA 98104", "1 Toronto St, ON M5C 2V6"). */
    private static boolean addressLine(CvLine line) {
        List<Parts.Part> parts = Parts.split(line, -1, -1);
        return !parts.isEmpty() && EntryHeads.isAddress(parts.get(0).text());
    }

    /** The roles of the labelled title, employer, client and place lines right under a dates line. */
    private static java.util.Set<FieldLabels.Role> labelledBelow(List<CvLine> lines, int anchor, int next) {
        java.util.Set<FieldLabels.Role> roles = java.util.EnumSet.noneOf(FieldLabels.Role.class);
        for (int i = anchor + 1; i < next && EntryHeads.labelledHead(lines.get(i)); i++) {
            roles.add(lines.get(i).fieldRole);
        }
        return roles;
    }

    /**
     * Where the entries of a section print their title, when the cue words of most of them agree: a line relative
     * to the dates line and a part of that line, packed in one number; {@link Long#MIN_VALUE} when they do not
     * agree. A section's entries share one template ("Company<TAB>dates" / "Title", or "Company, Title<TAB>dates"),
     * so an entry whose own words cannot tell its title from its employer ("SQLi" / "Ingénieur étude et
     * développement") follows its neighbours.
     */
    private static long titleSlot(List<Draft> drafts) {
        Map<Long, Integer> votes = new LinkedHashMap<>();
        int voters = 0;
        for (Draft d : drafts) {
            if (d.confident() && d.title() != null) {
                votes.merge(d.slot(d.title()), 1, Integer::sum);
                voters++;
            }
        }
        for (Map.Entry<Long, Integer> e : votes.entrySet()) {
            if (e.getValue() >= 2 && e.getValue() * 3 >= voters * 2) {
                return e.getKey();
            }
        }
        return Long.MIN_VALUE;
    }

    /**
     * The lines without those that are only a link (the employer's or school's website under its name), which would
     * otherwise stand between an entry's name and its dates.
     */
    static List<CvLine> withoutLinks(List<CvLine> lines) {
        List<CvLine> out = new ArrayList<>(lines.size());
        for (CvLine line : lines) {
            if (!Parts.isLink(line.text)) {
                out.add(line);
            }
        }
        return out;
    }

    /**
     * Whether a placed line is indented (by 8 points or more) under the section's first dated line and starts with
     * its date, neither in a column of dates: a dated item in an entry's description (missions of a consulting
     * job), not an entry.
     */
    private static boolean indentedUnder(CvLine line, Dates.Found d, CvLine first, Dates.Found f) {
        if (line.source.box() == null || first.source.box() == null) {
            return false;
        }
        // not in a margin of dates, whose cells are right-aligned ("oct. 2020 à aujourd'hui<TAB>Architecte")
        if (d.from() > 1 || line.text.indexOf('\t') >= 0 || line.source.box().x() < first.source.box().x() + 8f) {
            return false;
        }
        // the first entry's dates lead its line too, or the item is a sentence, not a bare dates line
        return first.text.indexOf('\t') < 0 && f.from() <= 1 || Texts.words(line.text) >= 6;
    }

    /**
     * Nouns that end an English job title ("Distributed Systems/Security Engineer"); modifiers such as "software"
     * or "data" also end company names ("Orbitale Software").
     */
    private static final java.util.Set<String> TITLE_HEADS = java.util.Set.of("engineer", "developer", "manager",
            "director", "analyst", "consultant", "architect", "designer", "lead", "officer", "specialist",
            "administrator", "technician", "assistant", "coordinator", "scientist", "intern", "president", "nurse",
            "teacher", "accountant", "programmer", "tester", "owner", "advisor", "associate", "executive",
            "representative", "supervisor", "researcher", "instructor", "lecturer", "professor", "trainee", "writer",
            "editor", "producer", "agent", "clerk", "operator", "chef", "cook", "recruiter", "strategist", "planner",
            "auditor", "controller", "pentester");

    /** Head nouns that open a French job title, whatever organisation words follow them. */
    private static final java.util.Set<String> LEADING_HEADS = java.util.Set.of("ingenieur", "ingenieure",
            "developpeur", "developpeuse", "chef", "responsable", "directeur", "directrice", "technicien",
            "technicienne", "consultant", "consultante", "standardiste", "assistant", "assistante", "charge", "chargee",
            "gestionnaire", "analyste", "architecte", "administrateur", "administratrice", "stagiaire", "alternant",
            "alternante", "comptable", "conseiller", "conseillere", "formateur", "formatrice", "enseignant",
            "enseignante", "professeur", "infirmier", "infirmiere", "vendeur", "vendeuse", "operateur", "operatrice",
            "coordinateur", "coordinatrice", "webdesigner", "webmaster", "animateur", "animatrice",
            "educateur", "educatrice", "juriste", "acheteur", "acheteuse", "auditeur", "auditrice", "controleur",
            "controleuse");

    /** An employer slot filled with working for oneself: "Freelance", "Self-employed", "Indépendant". */
    private static final java.util.regex.Pattern SELF_EMPLOYED = java.util.regex.Pattern.compile(
            "freelance|freelancer|self employed|independent|independant|independante|auto entrepreneur|"
            + "micro entrepreneur|travailleur independant|en freelance|a mon compte|own business");

    /** Whether a date line holds more than its dates and a place: a title, an employer. */
    private boolean holdsHead(CvLine line, Dates.Found date) {
        String rest = EntryHeads.DURATION.matcher(line.text.substring(0, date.from()) + " " + line.text.substring(date.to()))
                .replaceAll(" ");
        // "https://www.linkedin.com/company/25771<TAB>2017-03-31 — 2018-09-30": the employer's link names no one
        rest = Parts.URL.matcher(rest).replaceAll(" ");
        return Texts.letters(rest) >= 2 && !onlyLocation(line, date);
    }

    /** Whether a date line carries a location and nothing else ("New York    Jan 2017 to Sep 2020"). */
    private boolean onlyLocation(CvLine line, Dates.Found date) {
        List<Parts.Part> parts = Parts.split(line, date.from(), date.to());
        for (Parts.Part p : parts) {
            if (!heads.isLocation(p.text(), p.parenthesized())) {
                return false;
            }
        }
        return !parts.isEmpty();
    }

    /** A line that reads as an entry header: short, not a bullet, bold or made of title/organisation words. */
    private boolean looksLikeHeaderLine(CvLine line) {
        if (!heads.isHeadLike(line) || line.dateRange() != null) {
            return false;
        }
        return line.bold() || heads.titleScore(line.text) > 0 || heads.orgScore(line.text) > 0;
    }

    /**
     * An entry's header read and scored, before its title is chosen for good: the place, the other parts, the part
     * its cue words make the title and whether they do so clearly.
     */
    private record Draft(List<CvLine> lines, int anchorIndex, Dates.Found date, EntryHeads.Head head,
            EntryHeads.Part location, List<EntryHeads.Part> others, EntryHeads.Part title, EntryHeads.Part employer,
            double bestScore, double secondScore, boolean confident, Map<EntryHeads.Part, Double> scores) {

        /** The line of a part relative to the dates line, and its rank among the other parts of that line. */
        long slot(EntryHeads.Part part) {
            int line = -1;
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i) == part.line()) {
                    line = i;
                    break;
                }
            }
            int rank = 0;
            for (EntryHeads.Part p : others) {
                if (p == part) {
                    break;
                }
                if (p.line() == part.line()) {
                    rank++;
                }
            }
            return (long) (line - anchorIndex) * 64 + rank;
        }
    }

    private Draft draft(List<CvLine> lines, int anchorIndex, Dates.Found date) {
        EntryHeads.Head head = heads.read(lines, anchorIndex, date, false);
        List<EntryHeads.Part> parts = head.parts();
        EntryHeads.Part location = null;
        List<EntryHeads.Part> others = new ArrayList<>();
        EntryHeads.Part place = null;
        EntryHeads.Part weakPlace = null;
        EntryHeads.Part regionOfCountry = null;
        for (int i = 0; i < parts.size() && place == null; i++) {
            EntryHeads.Part p = parts.get(i);
            EntryHeads.Part next = i + 1 < parts.size() ? parts.get(i + 1) : null;
            EntryHeads.Part previous = i > 0 ? parts.get(i - 1) : null;
            if (heads.isLocation(p.text(), false)) {
                // a known place or "remote": a capitalised word in brackets is then not the place; a state or
                // province alone ("AZ", "Florida") may be the tail of a town the gazetteer does not know, and a
                // country after a state the tail of that state ("Pennsylvania, United States")
                if (regionOnly(p.text())) {
                    weakPlace = weakPlace == null ? p : weakPlace;
                    if (regionOfCountry == null && next != null && next.line() == p.line() && isCountry(next.text())) {
                        regionOfCountry = p;
                    }
                } else if (!(isCountry(p.text()) && previous != null && previous.line() == p.line()
                        && regionOnly(previous.text()))) {
                    place = p;
                }
            } else if (i > 0 && next != null && next.line() == p.line() && (!p.parenthesized() || next.parenthesized())
                    && (lexicons.countryCode(next.text()) != null || lexicons.country(next.text()) != null)
                    && heads.orgScore(p.text()) == 0 && heads.titleScore(p.text()) == 0) {
                // "Tremblay en France, FR", "BRP (Sherbrooke, Canada)": what comes before a country is a place
                place = p;
            }
        }
        for (int i = parts.size() - 2; i >= 0 && place == null; i--) {
            EntryHeads.Part p = parts.get(i);
            if (heads.townBeforeRegion(p, parts.get(i + 1))) {
                // "Tucson, AZ", "Pune, Maharashtra": a town the gazetteer does not know, before its state; the last
                // such pair, as an employer's line ends on its place ("Jack E. Carter, PA" / "Fayetteville, North
                // Carolina")
                place = p;
            }
        }
        if (place == null) {
            place = regionOfCountry != null ? regionOfCountry : weakPlace;
        }
        parts = attachQualifiers(parts, place);
        for (EntryHeads.Part p : parts) {
            if (labelledName(p)) {
                others.add(p); // "Client: BC Hydro": named by its label, not a place
            } else if (location == null && (place == null ? heads.isLocation(p.text(), p.parenthesized())
                    : p == place || heads.isLocation(p.text(), false) && !parts.contains(place))) {
                location = p;
            } else if (location != null && p.line() == location.line() && (lexicons.country(p.text()) != null
                    || lexicons.countryCode(p.text()) != null || regionOfTown(location, p, parts))) {
                if (java.util.Arrays.asList(Texts.fold(location.text()).split("[^\\p{L}\\p{N}]+"))
                        .contains(Texts.fold(p.text()))) {
                    continue; // "Sopra Steria (Lyon, France) · Lyon, France": the place printed twice
                }
                location = new EntryHeads.Part(location.text() + ", " + p.text(), p.line(), location.from(), p.to(),
                        false);
            } else if (location != null && p.line() == location.line() && heads.isLocation(p.text(),
                    p.parenthesized())) {
                continue; // "Paris, FR (télétravail partiel)": the rest of the place
            } else if (EntryHeads.isAddress(p.text())) {
                continue; // "801 5th Ave Seattle", "ON M5C 2V6": the employer's address names no one
            } else if (location != null && regionOnly(p.text())) {
                continue; // "Infosys - Maharashtra" over "Location: Pune": a state names no employer
            } else {
                others.add(p);
            }
        }
        EntryHeads.Part title = null;
        Map<EntryHeads.Part, Double> scores = new java.util.IdentityHashMap<>();
        double bestScore = Double.NEGATIVE_INFINITY;
        double secondScore = Double.NEGATIVE_INFINITY;
        for (EntryHeads.Part p : others) {
            double score = heads.titleScore(p.text()) - heads.orgScore(p.text());
            String[] words = Texts.fold(p.text()).split(" ");
            if (words.length > 1 && TITLE_HEADS.contains(words[words.length - 1])) {
                score += 0.5; // "Distributed Systems/Security Engineer": a title ends on its head noun
            } else if (words.length > 1 && LEADING_HEADS.contains(words[0])) {
                score += 0.5; // "Standardiste & Centre Services", "Chef de projet": a French title leads with it
            } else if (words.length > 2 && words[1].equals("of")
                    && (TITLE_HEADS.contains(words[0]) || words[0].equals("head") || words[0].equals("vp"))) {
                score += 0.5; // "Director of Finance", "Head of Retail": an English title leads with it before "of"
            }
            if (others.size() > 1 && SELF_EMPLOYED.matcher(Texts.fold(p.text())).matches()) {
                score -= 2; // "Developer, Freelance": working for oneself is where, not what
            }
            if (location != null && location.line() == p.line() && location.from() > p.to()
                    && PLACE_GAP.matcher(p.line().text.substring(p.to(), location.from()).strip()).matches()) {
                score -= 0.5; // "Company (City)", "Company – City": organisations are followed by their place
            }
            scores.put(p, score);
            if (score > bestScore) {
                secondScore = bestScore;
                bestScore = score;
                title = p;
            } else if (score > secondScore) {
                secondScore = score;
            }
        }
        if (title != null && others.size() > 1 && bestScore == secondScore) {
            title = others.get(0); // no evidence either way: "Title, Company" is the common order
        }
        bestScore = title == null ? 0 : bestScore;
        EntryHeads.Part employer = null;
        EntryHeads.Part[] atPair = atPair(others);
        if (atPair != null) {
            // "Standardiste & Centre Services at EY", "Technicien chez Numericable": the words say which is which
            title = atPair[0];
            employer = atPair[1];
            bestScore = Math.max(bestScore, secondScore + 1);
        }
        // "Position: Executive Director", "Company: Infosys", "Client: Oracle": the labels say which is which
        EntryHeads.Part labelledTitle = labelled(others, FieldLabels.Role.TITLE);
        EntryHeads.Part labelledEmployer = labelled(others, FieldLabels.Role.EMPLOYER);
        if (labelledTitle != null) {
            title = labelledTitle;
            bestScore = Math.max(bestScore, secondScore + 1);
        }
        if (labelledEmployer != null && labelledEmployer != title) {
            employer = labelledEmployer;
        }
        EntryHeads.Part dashed = labelledEmployer == null && atPair == null ? danglingDash(others) : null;
        if (dashed != null) {
            // "Oracle Inc -", "Sasken Technologies -  Pune, Maharashtra -": a job board's employer line
            employer = dashed;
            List<EntryHeads.Part> dashPlace = placeAfterDashedEmployer(others, dashed);
            if (!dashPlace.isEmpty()) {
                // "Infosys LTD -  MAHARASHTRA, IN -": what follows the employer on its line is its place, whatever
                // its case, never the title
                if (location == null || location.line() == dashed.line()) {
                    EntryHeads.Part first = dashPlace.get(0);
                    EntryHeads.Part last = dashPlace.get(dashPlace.size() - 1);
                    location = new EntryHeads.Part(dashed.line().text.substring(first.from(), last.to()),
                            dashed.line(), first.from(), last.to(), false);
                }
                others.removeAll(dashPlace);
                if (dashPlace.contains(title)) {
                    title = dashed;
                }
            }
            if (title == dashed) {
                title = null;
                bestScore = 0;
                for (EntryHeads.Part p : others) {
                    if (p != dashed && labelledTitle == null && (title == null || scores.get(p) > bestScore)) {
                        title = p;
                        bestScore = scores.get(p);
                    }
                }
            }
        }
        if (location == null) {
            location = labelled(others, FieldLabels.Role.PLACE);
            others.remove(location);
        }
        if (others.size() == 1 && title == others.get(0) && employer == null && labelledTitle == null
                && heads.orgScore(title.text()) > heads.titleScore(title.text())) {
            // "Minolta Corporation (2004)", "Network Group - June 1998 to June 2000": a lone name whose words are an
            // organisation's names the employer, not the title
            employer = title;
            title = null;
            bestScore = 0;
        }
        boolean confident = title != null && (atPair != null || labelledTitle != null || dashed != null
                || bestScore >= secondScore + 1);
        return new Draft(lines, anchorIndex, date, head, location, others, title, employer, bestScore, secondScore,
                confident, scores);
    }

    /**
     * The first part of a line that ends on a dangling dash and holds no date: job boards export an entry's
     * employer line as "Company -" or "Company -  City, State -" (the title on the line above, when there is one).
     */
    private static EntryHeads.Part danglingDash(List<EntryHeads.Part> others) {
        for (EntryHeads.Part p : others) {
            if (danglingDashLine(p.line()) && p.line().text.substring(0, p.from()).isBlank()) {
                return p;
            }
        }
        return null;
    }

    /**
     * The parts after a job board's employer on its dangling-dash line ("Infosys LTD -  MAHARASHTRA, IN -"), when
     * each is a known place or a short name without title or organisation words; empty otherwise.
     */
    private List<EntryHeads.Part> placeAfterDashedEmployer(List<EntryHeads.Part> others, EntryHeads.Part dashed) {
        List<EntryHeads.Part> place = new ArrayList<>();
        for (EntryHeads.Part p : others) {
            if (p.line() != dashed.line() || p.from() < dashed.to()) {
                continue;
            }
            String t = p.text();
            if (p.parenthesized() || !heads.isLocation(t, false) && (Texts.words(t) > 3 || Texts.digits(t) > 0
                    || heads.titleScore(t) > 0 || heads.orgScore(t) > 0 || !Character.isUpperCase(t.codePointAt(0)))) {
                return List.of();
            }
            place.add(p);
        }
        return place;
    }

    private boolean isCountry(String text) {
        return lexicons.country(text) != null || lexicons.countryCode(text) != null;
    }

    /** Whether a text is a state, province or region and not also a town: "AZ", "Florida", "Karnataka". */
    private boolean regionOnly(String text) {
        return lexicons.city(text) == null && (lexicons.region(text) != null || lexicons.regionCode(text) != null);
    }

    /**
     * Whether a part is the state or province of the town before it ("Houston, TX", "Pune, Maharashtra"), the last
     * place of its line: the place is "Houston, TX". A country after the region keeps its own rule ("Paris,
     * Île-de-France, France").
     */
    private boolean regionOfTown(EntryHeads.Part town, EntryHeads.Part p, List<EntryHeads.Part> parts) {
        if (town.to() > p.from() || lexicons.regionAfterCity(p.text()) == null || lexicons.region(town.text()) != null
                || lexicons.country(town.text()) != null || town.text().contains(",")
                || !PLACE_GAP.matcher(p.line().text.substring(town.to(), p.from()).strip()).matches()
                || !heads.isLocation(p.line().text.substring(town.from(), p.to()), false)) {
            return false;
        }
        int i = parts.indexOf(p);
        return i + 1 >= parts.size() || parts.get(i + 1).line() != p.line();
    }

    /**
     * The first part of a line labelled as a title, an employer or a client: a name whatever its words ("Client: BC
     * Hydro"); what follows it on the line may still be a place ("Nom de l'employeur<TAB>Finovia, Bordeaux").
     */
    private static boolean labelledName(EntryHeads.Part p) {
        return EntryHeads.labelledHead(p.line()) && p.line().fieldRole != FieldLabels.Role.PLACE && p.from() == 0;
    }

    /** The first part from a line whose label gave it this role, or {@code null}. */
    private static EntryHeads.Part labelled(List<EntryHeads.Part> parts, FieldLabels.Role role) {
        for (EntryHeads.Part p : parts) {
            if (p.line().fieldRole == role) {
                return p;
            }
        }
        return null;
    }

    private WorkExperience entry(Draft d, long sectionSlot) {
        List<CvLine> lines = d.lines();
        int anchorIndex = d.anchorIndex();
        Dates.Found date = d.date();
        EntryHeads.Head head = d.head();
        EntryHeads.Part location = d.location();
        List<EntryHeads.Part> others = d.others();
        EntryHeads.Part title = d.title();
        EntryHeads.Part employer = d.employer();
        double bestScore = d.bestScore();
        double secondScore = d.secondScore();
        Map<String, Provenance> provenance = new LinkedHashMap<>();
        if (!d.confident() && others.size() > 1 && sectionSlot != Long.MIN_VALUE) {
            for (EntryHeads.Part p : others) {
                if (d.slot(p) == sectionSlot) {
                    // the section's template says which part is the title, unless the part's own words disagree
                    if (p != title && !p.parenthesized()
                            && (heads.orgScore(p.text()) == 0 || heads.titleScore(p.text()) > 0)
                            && d.scores().getOrDefault(p, Double.NEGATIVE_INFINITY) >= d.bestScore() - 0.5) {
                        title = p;
                        employer = null;
                    }
                    break;
                }
            }
        }
        for (EntryHeads.Part p : others) {
            if (employer == null && p != title) {
                employer = p;
                break;
            }
        }
        if (location == null && employer != null) {
            location = trailingPlace(others, title, employer);
        }
        title = wholeTitleLine(title, employer, location, others, lines.get(anchorIndex));
        if (title != null) {
            provenance.put("title", title.line().span(title.from(), title.to(), bestScore > secondScore ? 0.85 : 0.6));
        }
        if (employer != null) {
            provenance.put("employer", employer.line().span(employer.from(), employer.to(), 0.75));
        }
        if (location != null) {
            provenance.put("location", location.line().span(location.from(), location.to(), 0.8));
        }
        CvLine anchor = lines.get(anchorIndex);
        provenance.put("dates", anchor.span(date.from(), date.to(), 0.95));
        provenance.put("entry", CvLine.cover(lines, 0.9));
        PartialDate end = date.current() ? null : date.end() != null ? date.end() : date.range() ? null : date.start();
        return new WorkExperience(title == null ? null : title.text(), employer == null ? null : employer.text(),
                location == null ? null : location.text(), date.start(), end, date.current(),
                EntryHeads.description(lines, head.consumed()), provenance);
    }

    private static final java.util.regex.Pattern AT = java.util.regex.Pattern.compile("(?i)\\s+(?:at|chez|@)\\s+");

    /** Two parts of one line joined by "at", "chez" or "@": the title and the employer, in that order. */
    private static EntryHeads.Part[] atPair(List<EntryHeads.Part> others) {
        for (int i = 0; i + 1 < others.size(); i++) {
            EntryHeads.Part a = others.get(i);
            EntryHeads.Part b = others.get(i + 1);
            if (a.line() == b.line() && !a.parenthesized() && !b.parenthesized() && a.to() <= b.from()
                    && AT.matcher(a.line().text.substring(a.to(), b.from())).matches()) {
                return new EntryHeads.Part[] {a, b};
            }
        }
        return null;
    }

    /**
     * A place the gazetteer does not know, printed after the employer ("Cabinet Exemple Audit, Mérignac", "IUT de
     * Valmont" / "Valmont"): a short capitalised part with no title or organisation word, after the title and the
     * employer.
     */
    private EntryHeads.Part trailingPlace(List<EntryHeads.Part> others, EntryHeads.Part title,
            EntryHeads.Part employer) {
        boolean afterEmployer = false;
        for (EntryHeads.Part p : others) {
            if (p == employer) {
                afterEmployer = true;
                continue;
            }
            if (p == title || !afterEmployer) {
                continue;
            }
            if (labelledName(p)) {
                return null; // "Client: BC Hydro" under "Company: Infosys": a name
            }
            String t = p.text();
            if (Texts.fold(t).equals(Texts.fold(employer.text()))) {
                return null; // "Full Stack Developer - Quillby, Quillby": the employer printed twice, no place
            }
            if (Texts.words(t) <= 3 && Texts.digits(t) == 0 && heads.titleScore(t) == 0 && heads.orgScore(t) == 0
                    && Character.isUpperCase(t.codePointAt(0)) && EntryHeads.capitalisedWords(t)
                    && (title == null || title.line() != p.line()
                    || title.from() < p.from() && employer.line() == title.line())) {
                // not the tail of a title line whose employer is on a line of its own: "IAD" / "Développeur
                // back-end – PHP / Symfony"
                return p;
            }
            return null;
        }
        return null;
    }

    /**
     * A title on a line of its own, split at a dash or a comma ("Développeur back-end – PHP / Symfony", "Senior
     * Engineer II, Lead Web Developer") while the employer is on another line: the whole line is the title.
     */
    private EntryHeads.Part wholeTitleLine(EntryHeads.Part title, EntryHeads.Part employer, EntryHeads.Part location,
            List<EntryHeads.Part> others, CvLine anchor) {
        if (title == null || employer == null || employer.line() == title.line() || title.line() == anchor) {
            return title;
        }
        int from = title.from();
        int to = title.to();
        for (EntryHeads.Part p : others) {
            if (p.line() != title.line() || p == title) {
                continue;
            }
            int org = heads.orgScore(p.text());
            int job = heads.titleScore(p.text());
            if (p.from() < title.from() ? job == 0 || org > job : org > 0) {
                return title;
            }
            // "Senior Software Engineer II, Lead Web Developer": two titles held at once, under the employer's line
            from = Math.min(from, p.from());
            to = Math.max(to, p.to());
        }
        if (location != null && location.line() == title.line() || to == title.to() && from == title.from()) {
            return title;
        }
        String text = title.line().text;
        if (to < text.length() && text.charAt(to) == ')' && text.lastIndexOf('(', to) >= from) {
            to++;
        }
        return new EntryHeads.Part(text.substring(from, to), title.line(), from, to, false);
    }

    /** Joins a parenthesised non-location part to the part just before it on the same line. */
    private List<EntryHeads.Part> attachQualifiers(List<EntryHeads.Part> parts, EntryHeads.Part place) {
        boolean knownPlace = place != null;
        List<EntryHeads.Part> out = new ArrayList<>();
        for (EntryHeads.Part p : parts) {
            EntryHeads.Part last = out.isEmpty() ? null : out.get(out.size() - 1);
            boolean qualifier = p != place && p.parenthesized() && !heads.isLocation(p.text(), false)
                    && Texts.words(p.text()) <= 3
                    || !p.parenthesized() && EntryHeads.isQualifier(p) && !heads.isLocation(p.text(), false);
            if (qualifier && last != null && last.line() == p.line() && last.to() <= p.from()
                    && AT.matcher(p.line().text.substring(last.to(), p.from())).matches()) {
                qualifier = false; // "Lead Engineer at defi SOLUTIONS Inc": a name after "at" is the employer
            }
            if (qualifier && last != null && last.line() == p.line() && !last.parenthesized()) {
                int end = p.to();
                if (p.parenthesized() && end < p.line().text.length() && p.line().text.charAt(end) == ')') {
                    end++;
                }
                out.set(out.size() - 1, new EntryHeads.Part(p.line().text.substring(last.from(), end), p.line(),
                        last.from(), end, false));
            } else {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * Months of experience: union of all periods, overlaps counted once, months inclusive.
     */
    static int totalMonths(List<WorkExperience> experience, YearMonth reference) {
        // each period as [first, last] month numbers, at most 1,200 months long; then the length of their union
        long[] periods = new long[experience.size() * 2];
        int count = 0;
        for (WorkExperience e : experience) {
            if (e.start() == null) {
                continue;
            }
            YearMonth from = e.start().earliest();
            YearMonth to = e.current() ? reference : e.end() != null ? e.end().latest() : e.start().latest();
            if (to.isAfter(reference)) {
                to = reference;
            }
            long first = monthNumber(from);
            long last = Math.min(monthNumber(to), first + 1199);
            if (first <= last) {
                periods[2 * count] = first;
                periods[2 * count + 1] = last;
                count++;
            }
        }
        Integer[] order = new Integer[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        long[] p = periods;
        java.util.Arrays.sort(order, (a, b) -> Long.compare(p[2 * a], p[2 * b]));
        long total = 0;
        long coveredTo = Long.MIN_VALUE; // last month already counted
        for (int i : order) {
            long first = Math.max(p[2 * i], coveredTo + 1);
            long last = p[2 * i + 1];
            if (first <= last) {
                total += last - first + 1;
            }
            coveredTo = Math.max(coveredTo, last);
        }
        return (int) total;
    }

    private static long monthNumber(YearMonth month) {
        return month.getYear() * 12L + month.getMonthValue() - 1;
    }
}

package dev.cvmatch.internal.parse;

import dev.cvmatch.cv.SectionType;
import dev.cvmatch.document.Region;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits the prepared lines of a CV into sections by recognising headings, in English and French, whatever their
 * typography: capitals, small caps extracted as {@code "E XPERIENCE"}, bold, larger font, Markdown {@code #},
 * {@code *** X ***}, underlined by a rule, with or without a colon or an icon. A line whose style matches that of
 * the recognised headings but whose words are unknown opens an {@link SectionType#OTHER} section, so that its
 * content is kept. In multi-column PDFs, a column that starts at the top of the first page without a heading starts
 * a new header section. Internal.
 */
final class SectionSplitter {

    private final Lexicons lexicons = Lexicons.get();

    List<Section> split(List<CvLine> lines) {
        SectionType[] known = new SectionType[lines.size()];
        List<CvLine> headingLines = new ArrayList<>();
        for (CvLine line : lines) {
            SectionType type = classify(line);
            if (type != null) {
                known[line.index] = type;
                headingLines.add(line);
            }
        }
        java.util.Set<Integer> furniture = repeatedFurniture(lines);
        List<Section> sections = new ArrayList<>();
        Section current = new Section(SectionType.HEADER, null);
        sections.add(current);
        CvLine previous = null;
        Section footer = null;
        java.util.Map<Region, Section> lastByRegion = new java.util.EnumMap<>(Region.class);
        for (CvLine line : lines) {
            SectionType type = known[line.index];
            SectionType joined = current.heading != null && current.headingTail == null && (current.lines.isEmpty()
                    || (current.heading.wrappedLabel != null || line.labelTail) && current.lines.size() <= 2)
                    ? wrappedHeadingType(current, line) : null;
            if (joined != null) {
                // "INFORMATIONS" / "PERSONNELLES": a heading wrapped over two lines (Europass label column)
                current.type = joined;
                current.headingTail = line;
                previous = line;
                continue;
            }
            if (type == SectionType.LANGUAGES && current.type == SectionType.LANGUAGES && previous != null
                    && !current.lines.isEmpty() && lexicons.language(previous.text.strip()) != null
                    && NATIVE_LEVEL.matcher(Texts.fold(line.text.strip())).matches()) {
                type = null; // "Français" / "Langue maternelle": the level of the language above, not a heading
            }
            if (type == SectionType.SKILLS && current.type == SectionType.EXPERIENCE
                    && EntryHeads.isDetailLabel(line.text) && line.text.strip().endsWith(":")) {
                type = null; // "Technologies:" under each position: the entry's details, not a skills section
            }
            if (type != null && (current.type == SectionType.EDUCATION && coursesOfAnEntry(current, line)
                    || subHeadingOfEntry(current, line, headingLines))) {
                // "Courses" under a school, "Informatique" (the field) above its degree: lines of the entry
                type = null;
            }
            if (type == null) {
                SectionType composed = composed(line);
                // "Leadership Skills" among the items of a skills list is an item, unless set as a heading
                if (composed != null && (composed != current.type || headingStyle(line))) {
                    type = composed;
                }
            }
            // "TEACHING EXPERIENCE", "RELATED EMPLOYMENT": a composed heading before an unknown one
            if (type == null && looksLikeUnknownHeading(line, headingLines) && !titlesAnEntry(lines, line, current)
                    && !documentTitle(line)) {
                type = SectionType.OTHER;
            }
            if (type != null && current.type == SectionType.LANGUAGES && CEFR_GRID.contains(Texts.fold(line.text))) {
                type = null; // "COMPRENDRE | PARLER | ÉCRIRE": the columns of a Europass self-assessment grid
            }
            if (type != null) {
                current = new Section(type, line);
                sections.add(current);
                lastByRegion.put(line.region(), current);
            } else if (current.heading != null && current.headingTail == null && current.lines.isEmpty()
                    && continuesHeading(current, line)) {
                current.headingTail = line;
            } else if (line.region() == Region.FOOTER || furniture.contains(line.index)) {
                // page footers ("Name – CV – page 1") belong to no section
                if (footer == null) {
                    footer = new Section(SectionType.OTHER, null);
                }
                footer.lines.add(line);
            } else {
                if (previous != null && startsNewColumnAtTop(previous, line)) {
                    current = new Section(SectionType.HEADER, null);
                    sections.add(current);
                } else {
                    current = continuedColumn(current, line, lastByRegion);
                }
                current.lines.add(line);
                if (region(current) == line.region()) {
                    lastByRegion.put(line.region(), current);
                }
            }
            previous = line;
        }
        if (footer != null) {
            sections.add(footer);
        }
        sections.removeIf(s -> s.type == SectionType.HEADER && s.lines.isEmpty());
        joinWrappedLabels(sections);
        return sections;
    }

    /**
     * "WORK" beside an entry's first line, "EXPERIENCE" beside its second (a label column whose heading wrapped
     * over the rows of its first entry): two sections of one type whose headings, read together, are that type's
     * heading, the first of them holding no more than those rows, are one section.
     */
    private void joinWrappedLabels(List<Section> sections) {
        for (int i = 0; i + 1 < sections.size(); i++) {
            Section a = sections.get(i);
            Section b = sections.get(i + 1);
            if (a.heading == null || b.heading == null || a.headingTail != null || b.headingTail != null
                    || a.type != b.type || a.lines.size() > 2 || a.heading.region() != b.heading.region()) {
                continue;
            }
            int last = a.lines.isEmpty() ? a.heading.index : a.lines.get(a.lines.size() - 1).index;
            if (b.heading.index == last + 1
                    && lexicons.heading(Texts.fold(a.heading.text + " " + b.heading.text)) == a.type) {
                a.headingTail = b.heading;
                a.lines.addAll(b.lines);
                sections.remove(i + 1);
                i--;
            }
        }
    }

    /** "Page 2 of 3", "p. 2", "2/3"; not a month and year alone on a line ("09/2014", a date cell of a table). */
    private static final java.util.regex.Pattern PAGE_NUMBER = java.util.regex.Pattern.compile(
            "(?i)(?:page|p\\.)\\s*\\d+(?:\\s*(?:/|of|sur)\\s*\\d+)?|\\d{1,2}\\s*(?:/|of|sur)\\s*\\d{1,2}");

    /**
     * Page furniture of text exports, which would otherwise cut an entry in two: page numbers ("Page 2 of 3",
     * "2/3") and the second and later copies of a line that is only a link (a job board repeats the profile link on
     * every page). Indices of those lines.
     */
    private static java.util.Set<Integer> repeatedFurniture(List<CvLine> lines) {
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        java.util.Set<Integer> out = new java.util.HashSet<>();
        for (CvLine line : lines) {
            String text = line.text.strip();
            // both patterns must match the whole text: a page number starts with p, P or a digit 0-9, a link with
            // h, H, w or W (case-insensitive matching of ASCII letters only); other lines skip them
            char first = text.isEmpty() ? ' ' : text.charAt(0);
            boolean pageLike = first == 'p' || first == 'P' || first >= '0' && first <= '9';
            boolean linkLike = first == 'h' || first == 'H' || first == 'w' || first == 'W';
            if (pageLike && PAGE_NUMBER.matcher(text).matches() || linkLike && Parts.URL.matcher(text).matches()
                    && seen.merge(text.toLowerCase(java.util.Locale.ROOT), 1, Integer::sum) > 1) {
                out.add(line.index);
            }
        }
        return out;
    }

    /**
     * A main column that runs on to the next page after a sidebar: the page-1 sidebar's sections ("CONTACT",
     * "SKILLS") were read after the main column, and page 2's main column continues the main column's last section,
     * not the sidebar's.
     */
    private static Section continuedColumn(Section current, CvLine line, java.util.Map<Region, Section> lastByRegion) {
        Region region = line.region();
        if (line.source.box() == null || region != Region.BODY && region != Region.SIDEBAR) {
            return current;
        }
        Section own = lastByRegion.get(region);
        Region currentRegion = region(current);
        if (own == null || own == current || own.heading == null || currentRegion == null || currentRegion == region
                || currentRegion != Region.BODY && currentRegion != Region.SIDEBAR) {
            return current;
        }
        CvLine last = own.lines.isEmpty() ? own.heading : own.lines.get(own.lines.size() - 1);
        return last != null && last.source.page() < line.source.page() ? own : current;
    }

    private static Region region(Section section) {
        if (section.heading != null) {
            return section.heading.region();
        }
        return section.lines.isEmpty() ? null : section.lines.get(0).region();
    }

    private static boolean startsNewColumnAtTop(CvLine previous, CvLine line) {
        if (line.source.box() == null || line.source.page() != 1 || previous.source.block() == line.source.block()) {
            return false;
        }
        boolean columnSwitch = previous.region() != line.region()
                || previous.source.box() != null && previous.source.box().y() > line.source.box().y() + 50;
        return columnSwitch && line.source.box().y() < 200 && (line.region() == Region.BODY
                || line.region() == Region.SIDEBAR);
    }

    /**
     * A short line in capitals that looks like a heading but titles an entry: the first line under a known heading
     * ("EDUCATION" / "SENECA COLLEGE"), a line right above a date range ("SMTS" / "Oracle India - Bengaluru -" /
     * "January 2014 to Present"), or, in an experience or education section, right above a date ("IFSI DE LILLE" /
     * "Diplôme d'État infirmier" / "2014"). Not when a word of it is a heading of its own ("STUDENT TEACHING
     * EXPERIENCE", "ACADEMIC PROJECTS").
     */
    private boolean titlesAnEntry(List<CvLine> lines, CvLine line, Section current) {
        for (String word : Texts.fold(line.text).split(" ")) {
            if (lexicons.heading(word) != null) {
                return false;
            }
        }
        if (current.heading != null && current.lines.isEmpty() && current.type != SectionType.OTHER) {
            return true;
        }
        boolean entries = current.type == SectionType.EXPERIENCE || current.type == SectionType.EDUCATION;
        for (int i = line.index + 1; i <= line.index + 3 && i < lines.size(); i++) {
            String text = lines.get(i).text;
            if (Dates.range(text) != null || entries && Dates.any(text) != null) {
                return true;
            }
        }
        return false;
    }

    /** Headings of an education entry's course list ("Courses", "Cours", "Modules", "Coursework"). */
    private static final java.util.Set<String> COURSE_LIST_HEADINGS = java.util.Set.of("courses", "course",
            "cours", "coursework", "modules", "key courses", "main courses", "relevant courses", "cours suivis",
            "matieres", "enseignements");

    /**
     * A course-list heading inside an education section, printed as a sub-heading: under at least one line of an
     * entry, in a smaller font than the section's heading or in lower case under a heading in capitals (résumé
     * themes print an entry's "Courses" this way, then the next school). A "Courses" heading set like the
     * section's own heading is a section of its own.
     */
    private static boolean coursesOfAnEntry(Section current, CvLine line) {
        if (current.heading == null || current.lines.isEmpty()) {
            return false;
        }
        String folded = Texts.fold(line.text.strip().replaceFirst(":$", ""));
        if (!COURSE_LIST_HEADINGS.contains(folded)) {
            return false;
        }
        return setBelow(line, current.heading);
    }

    /**
     * Printed below a heading: in a smaller font, or in lower case under a heading in capitals in no larger a font
     * (fonts compared only when both sizes are known).
     */
    private static boolean setBelow(CvLine line, CvLine heading) {
        float size = line.fontSize();
        float headingSize = heading.fontSize();
        boolean sized = size > 0 && headingSize > 0;
        return sized && size < headingSize - 0.5f
                || heading.allCaps() && !line.allCaps() && (!sized || size < headingSize + 0.5f);
    }

    /**
     * A heading's word printed inside an entry of an experience or education section in a weaker style than the
     * document's headings: a smaller font than the section's heading, or lower case under a heading in capitals in
     * no larger a font, where at least two other headings are set like the section's heading (a résumé theme's field
     * of study "Informatique" or "Courses" under a school). Only with font sizes (PDF, DOCX), never in plain text.
     */
    private static boolean subHeadingOfEntry(Section current, CvLine line, List<CvLine> headingLines) {
        if (current.heading == null || current.lines.isEmpty()
                || current.type != SectionType.EDUCATION && current.type != SectionType.EXPERIENCE) {
            return false;
        }
        CvLine heading = current.heading;
        float headingSize = heading.fontSize();
        if (line.fontSize() <= 0 || headingSize <= 0 || line.source.style().isOcr() || !setBelow(line, heading)) {
            return false;
        }
        int siblings = 0;
        for (CvLine h : headingLines) {
            if (h != heading && h.fontSize() > 0 && Math.abs(h.fontSize() - headingSize) < 0.6f
                    && h.allCaps() == heading.allCaps() && h.bold() == heading.bold()) {
                siblings++;
            }
        }
        return siblings >= 2;
    }

    /**
     * Whether a line right after a heading is the rest of it, wrapped: short, in capitals like the heading, and
     * together with it a known heading of the same type ("COMPÉTENCES" + "TECHNIQUES").
     */
    private boolean continuesHeading(Section section, CvLine line) {
        if (!line.allCaps() || !section.heading.allCaps() || Texts.words(line.text) > 2 || line.text.length() > 30) {
            return false;
        }
        String joined = Texts.fold(section.heading.text + " " + line.text);
        return lexicons.heading(joined) == section.type;
    }

    /**
     * The type of a heading and the next line read as one, when the next line is short, in capitals like the
     * heading, and the two together are a known heading, whatever the first line alone said
     * ("INFORMATIONS" + "PERSONNELLES", "COMPÉTENCES" + "PERSONNELLES"); {@code null} otherwise.
     */
    private SectionType wrappedHeadingType(Section section, CvLine line) {
        if (!line.allCaps() || !section.heading.allCaps() || Texts.words(line.text) > 2 || line.text.length() > 30) {
            return null;
        }
        SectionType type = lexicons.heading(Texts.fold(section.heading.text + " " + line.text));
        return type;
    }

    /**
     * The section type a line announces, or {@code null} when it is not a recognised heading.
     */
    SectionType classify(CvLine line) {
        if (line.wrappedLabel != null) {
            return line.wrappedLabel;
        }
        String text = line.text;
        // OCR reads the rules and icons that decorate headings as "-" or "•": a bulleted OCR line may be a heading
        boolean ocr = line.source.style().isOcr();
        if (line.bullet && !line.decoratedHeading && !line.iconLed && !ocr || text.length() > 60) {
            return null;
        }
        String body = text;
        if (body.endsWith(":")) {
            body = body.substring(0, body.length() - 1);
        } else if (body.indexOf(':') > 0) {
            return null; // "Skills: Java, SQL" is content, not a heading
        }
        String folded = Texts.fold(body);
        if (folded.isEmpty() || Texts.digits(folded) > 0) {
            return null;
        }
        String[] words = folded.split(" ");
        if (words.length > lexicons.maxHeadingWords + 3) {
            return null;
        }
        if (documentTitle(line)) {
            return null; // "RESUME", "Curriculum Vitae" atop the page: the document's title, not a summary heading
        }
        SectionType exact = lexicons.heading(folded);
        if (exact == null) {
            exact = lexicons.heading(folded.replace(" ", ""));
        }
        if (exact != null) {
            return exact;
        }
        // "Work experience & internships", "Formation et certifications": a heading followed by a few words
        if (!headingStyle(line)) {
            return null;
        }
        for (int n = Math.min(words.length - 1, lexicons.maxHeadingWords); n >= 1; n--) {
            String prefix = String.join(" ", java.util.Arrays.copyOfRange(words, 0, n));
            SectionType type = lexicons.heading(prefix);
            if (type != null && words.length - n <= 3) {
                return type;
            }
        }
        return null;
    }

    /**
     * Words that qualify a heading's head word without making it something else: "Teaching Experience", "Key
     * Skills and Competencies", "Summary of Qualifications", "Highlights of Employment", "Compétences
     * informatiques". With the words of the known headings, they are the only words a composed heading may hold.
     */
    private static final java.util.Set<String> QUALIFIERS = java.util.Set.of(
            "of", "and", "the", "my", "in", "for", "de", "d", "des", "du", "en", "et", "la", "le", "les", "mes",
            "teaching", "research", "related", "educational", "computer", "early", "selected", "other", "recent",
            "previous", "industry", "international", "leadership", "management", "military", "language", "software",
            "programming", "functional", "soft", "interpersonal", "employment", "job", "main", "major", "general",
            "it", "business", "clinical", "sales", "volunteer", "community", "extracurricular", "undertaken", "set",
            "detailed", "brief", "highlights", "areas", "background", "record", "relevant", "key", "core",
            "technical", "professional", "personal", "additional", "academic", "history", "summary", "notable",
            "significant", "techniques", "informatiques", "professionnelles", "professionnels", "professionnel",
            "professionnelle", "linguistiques", "personnelles", "complementaires", "continue", "academiques",
            "universitaires", "annexes", "diverses", "cles", "transverses", "comportementales", "etrangeres",
            "principales", "autres", "extra", "scolaires", "associatives", "associatif", "centres", "interet",
            "journal", "conference", "invited", "peer", "reviewed", "open", "source", "side");

    /** Headings that also say a language's level: native ("Langue maternelle", "Mother tongue"). */
    private static final java.util.regex.Pattern NATIVE_LEVEL = java.util.regex.Pattern.compile(
            "(?:langues? maternelles?|mother tongues?|native(?: language| speaker)?|langue natale)\\s*:?");

    /** Words that join two headings into one ("Education and Experience"). */
    private static final java.util.Set<String> CONJUNCTIONS = java.util.Set.of("and", "et", "or", "with");

    /** Words that end a heading of two words naming a kind of experience. */
    private static final java.util.Set<String> EXPERIENCE_HEADS = java.util.Set.of("experience", "experiences",
            "employment");

    /** Head words a composed heading may rest on beyond the known one-word headings. */
    private static final java.util.Map<String, SectionType> COMPOSED_HEADS = java.util.Map.of(
            "skill", SectionType.SKILLS, "strengths", SectionType.SKILLS, "educational", SectionType.EDUCATION,
            "affiliations", SectionType.OTHER, "memberships", SectionType.OTHER, "organizations", SectionType.OTHER,
            "interet", SectionType.INTERESTS, "articles", SectionType.PUBLICATIONS, "presentations",
            SectionType.PUBLICATIONS, "talks", SectionType.PUBLICATIONS);

    /**
     * One-word headings that also end the names of companies and products ("Infosys Technologies", "Dev Tools"):
     * a heading only on their own or with a known heading's words, never composed; "Main activities and
     * responsibilities" (Europass) are an entry's duties, not interests.
     */
    private static final java.util.Set<String> NOT_COMPOSED = java.util.Set.of("technologies", "tools", "work",
            "courses", "contact", "contacts", "links", "location", "infos", "resume", "about", "other", "informatique",
            "presentation", "parcours", "activities", "activites");

    /**
     * A heading composed of a section's head word and qualifiers, whatever its typography (plain text has none):
     * "Career Experience/Job History", "Summary of Qualification", "Technical Skill Set", "Key Projects
     * Undertaken", "Educational Background". Every word is a head word of a known heading or a qualifier, at
     * most six words, not led by a function word, no digit, no sentence punctuation at the end, starting with a
     * capital; the first head word gives the type.
     */
    SectionType composed(CvLine line) {
        String text = line.text.strip();
        if (text.endsWith(":") || text.endsWith(".") && Texts.isAllCaps(text) && Texts.words(text) <= 4) {
            text = text.substring(0, text.length() - 1).strip(); // "PARALEGAL EXPERIENCE:", "ATTORNEY EXPERIENCE."
        }
        if (line.bullet && !line.decoratedHeading && !line.iconLed || text.length() > 60 || text.isEmpty()
                || text.indexOf(':') >= 0 || text.endsWith(".") || text.endsWith(",") || Texts.digits(text) > 0
                || !capitalisedAsHeading(text)) {
            return null;
        }
        String[] words = Texts.fold(text).split(" ");
        if (words.length < 2 || words.length > 6 || QUALIFIERS.contains(words[0]) && words[0].length() <= 3) {
            return null;
        }
        if (words.length == 2 && EXPERIENCE_HEADS.contains(words[1]) && lexicons.heading(words[0]) == null
                && !NOT_COMPOSED.contains(words[0]) && (Texts.isAllCaps(text) || line.text.strip().endsWith(":"))) {
            return SectionType.EXPERIENCE; // "CLASSROOM EXPERIENCE", "Coaching experience:": one kind of it
        }
        if (words.length <= 4 && EXPERIENCE_HEADS.contains(words[words.length - 1]) && Texts.isAllCaps(text)
                && text.indexOf('&') < 0 && text.indexOf('/') < 0
                && java.util.Arrays.stream(words).noneMatch(CONJUNCTIONS::contains)) {
            // "HIGHER EDUCATION EXPERIENCE", "OTHER EMPLOYMENT", "PROFESSIONAL WORK EXPERIENCE": a kind of
            // experience, whatever field it names ("EDUCATION AND EXPERIENCE" names two sections, not one)
            return SectionType.EXPERIENCE;
        }
        SectionType type = null;
        int occupationWords = 0;
        for (String word : words) {
            SectionType head = NOT_COMPOSED.contains(word) ? null : lexicons.heading(word);
            if (head == null) {
                head = COMPOSED_HEADS.get(word);
            }
            if (head != null) {
                if (type == null) {
                    type = head;
                }
            } else if (lexicons.titleWords.contains(word) && !QUALIFIERS.contains(word)) {
                occupationWords++; // "Attorney Experience", "Nursing Experience": an occupation's experience
            } else if (!QUALIFIERS.contains(word) && !(word.length() > 3 && lexicons.headingWords.contains(word)
                    && !NOT_COMPOSED.contains(word))) {
                return null;
            }
        }
        if (occupationWords > 0 && (type != SectionType.EXPERIENCE || occupationWords > 2)) {
            return null;
        }
        return type;
    }

    /** Starts with a capital letter (sentence case, title case or capitals), not a sentence's wrapped middle. */
    private static boolean capitalisedAsHeading(String text) {
        int first = text.codePointAt(0);
        return Character.isUpperCase(first) || !Character.isLetter(first) && text.codePoints()
                .filter(Character::isLetter).findFirst().stream().allMatch(Character::isUpperCase);
    }

    /** "RESUME", "SAMPLE RESUME" atop the document: its title, part of the header, not a section's heading. */
    private static boolean documentTitle(CvLine line) {
        String t = line.text.strip();
        return line.index == 0 && DOCUMENT_TITLE.matcher(Texts.fold(t.endsWith(":") ? t.substring(0, t.length() - 1)
                : t)).matches();
    }

    private static final java.util.regex.Pattern DOCUMENT_TITLE = java.util.regex.Pattern.compile(
            "(?:sample |my )?(?:resume|cv|curriculum vitae)(?: of| de)?");

    /**
     * The column labels of the Europass language self-assessment grid, English and French, folded: in a word
     * processor's table each is a paragraph of its own, in capitals like the CV's headings.
     */
    private static final java.util.Set<String> CEFR_GRID = java.util.Set.of("understanding", "speaking", "writing",
            "listening", "reading", "spoken interaction", "spoken production", "comprendre", "parler", "ecrire",
            "ecouter", "lire", "prendre part a une conversation", "s exprimer oralement en continu",
            "expression orale en continu", "interaction orale", "comprehension", "expression ecrite",
            "comprehension de l oral", "comprehension de l ecrit", "production orale", "production ecrite");

    private static boolean headingStyle(CvLine line) {
        return line.allCaps() || line.bold() || line.decoratedHeading || line.text.endsWith(":");
    }

    private static boolean looksLikeUnknownHeading(CvLine line, List<CvLine> headings) {
        if (headings.size() < 2 || line.bullet && !line.decoratedHeading && !line.iconLed) {
            return false;
        }
        String text = line.text;
        if (Texts.words(text) > 4 || Texts.letters(text) < 4 || Texts.digits(text) > 0 || text.contains("@")
                || text.contains(",") || Parts.isLink(text.strip().toLowerCase(java.util.Locale.ROOT))) {
            return false; // "CREDITCHECKPLUS.CO.UK": a site an entry names, in capitals like the headings
        }
        int sameStyle = 0;
        for (CvLine h : headings) {
            boolean size = h.fontSize() == 0 ? line.fontSize() == 0 : Math.abs(h.fontSize() - line.fontSize()) < 0.6f;
            if (size && h.bold() == line.bold() && h.allCaps() == line.allCaps() && h.region() == line.region()
                    && h.decoratedHeading == line.decoratedHeading
                    && (line.allCaps() || line.bold() || line.decoratedHeading || line.fontSize() > 0)) {
                sameStyle++;
            }
        }
        return sameStyle * 2 > headings.size() && line.allCaps();
    }
}

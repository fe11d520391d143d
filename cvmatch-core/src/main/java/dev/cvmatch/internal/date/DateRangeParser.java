package dev.cvmatch.internal.date;

import dev.cvmatch.cv.PartialDate;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates and date ranges in one line of CV text, in English or French. Internal.
 *
 * <p>Matching is case- and accent-insensitive and tolerant of dots on abbreviations. The line is
 * first <em>folded</em> one character for one character (lower case, accents removed, every dash
 * turned into {@code -}, every apostrophe into {@code '}, every space into a plain space), so the
 * offsets found in the folded text are offsets in the original line.
 *
 * <p>Single dates ("tokens") recognised:
 * <ul>
 *   <li>month name and year: {@code Jan 2020}, {@code janv. 2020}, {@code Sept. 2018},
 *       {@code 1er mars 2021}, {@code May 15, 2020}, {@code Jan-2020};</li>
 *   <li>numeric month and year: {@code 01/2020}, {@code 1/2020}, {@code 03.2019}, {@code 03-2019},
 *       also with a day ({@code 15/03/2019}; {@code 12/25/2020} is read month-first because 25
 *       cannot be a month);</li>
 *   <li>ISO: {@code 2020-01}, {@code 2020-01-15}, and year first with slashes: {@code 2022/03},
 *       {@code 2022/03/25};</li>
 *   <li>a year alone: {@code 2019}.</li>
 * </ul>
 * Years must be within 1950-2100. A bare year is ignored when it is glued to a letter or
 * digit, part of a decimal or grouped number ({@code 150,000}, {@code 1.2020}), follows a colon
 * ({@code ISO 9001:2015}), a slash or a currency sign, or is followed by a slash and digits
 * ({@code 2019/2021}, deliberately not read as a range: it is too ambiguous) or by a percent or
 * currency sign.
 *
 * <p>Ranges recognised:
 * <ul>
 *   <li>two dates joined by a separator ({@code -}, {@code –}, {@code —}, {@code ‑}, {@code ->},
 *       {@code to}, {@code until}, {@code till}, {@code through}, {@code à}, {@code au},
 *       {@code jusqu'à}, {@code jusqu'au}, {@code jusqu'en}; {@code and}/{@code et} only after
 *       {@code between}/{@code entre}), the first not later than the second;</li>
 *   <li>a date, a separator and a word meaning "now" (present, current, currently, now, today,
 *       ongoing, to date, date, aujourd'hui, à ce jour, ce jour, à nos jours, en cours, actuel,
 *       actuelle, actuellement, présent, maintenant): an open, current range;</li>
 *   <li>{@code depuis}, {@code since} or {@code dès} followed by a date: an open, current range;</li>
 *   <li>a month without its year before a month and year ({@code Jan – Aug 2011}, {@code November to
 *       December 2007}): the start takes the end's year, or the year before when its month is later;</li>
 *   <li>two years, or a year and {@code present}/{@code current}/{@code now}, glued together where flattened
 *       text lost the dash ({@code 20072013}, {@code 2016present}); eight digits are read so only when the
 *       second year is not earlier than the first nor more than 50 years later.</li>
 * </ul>
 * A leading {@code from}, {@code de}, {@code du}, {@code d'}, {@code between}, {@code entre},
 * {@code depuis}, {@code since} or {@code dès} is part of the range's span, and so are brackets
 * enclosing exactly the date expression ({@code (2021 – 2024)}), so that cutting the span out of
 * the line leaves the title and employer.
 *
 * <p>Stateless and thread-safe: all patterns are compiled once.
 */
public final class DateRangeParser {

    /**
     * A date range, or a single date, found in a line.
     *
     * @param start the first date, never {@code null}
     * @param end the last date; {@code null} when the range is open ({@link #current()}) or when
     *     only a single date was found
     * @param current whether the range runs to the present ("present", "depuis", ...)
     * @param spanStart offset in the line of the first character of the date expression
     * @param spanEnd offset in the line just past the last character of the date expression
     */
    public record DateRange(PartialDate start, PartialDate end, boolean current, int spanStart, int spanEnd) {

        /**
         * Validates the range.
         *
         * @throws NullPointerException if {@code start} is null
         * @throws IllegalArgumentException if the range is both current and closed, or the span is
         *     negative or reversed
         */
        public DateRange {
            Objects.requireNonNull(start, "start");
            if (current && end != null) {
                throw new IllegalArgumentException("a current range has no end");
            }
            if (spanStart < 0 || spanEnd < spanStart) {
                throw new IllegalArgumentException("bad span: " + spanStart + ".." + spanEnd);
            }
        }

        /**
         * Whether this is a range (closed or open) rather than a single date.
         *
         * @return {@code current || end != null}
         */
        public boolean isRange() {
            return current || end != null;
        }
    }

    /** Folded month names (and abbreviations) to month numbers. */
    private static final Map<String, Integer> MONTHS = months();

    private static final String YEAR = "(?:19[5-9]\\d|20\\d\\d|2100)";

    private static final List<String> MONTH_NAME_LIST = MONTHS.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
            .toList();

    private static final String MONTH_NAMES = String.join("|", MONTH_NAME_LIST);

    /**
     * The month names and abbreviations this parser reads, English and French, accent-folded and lower-cased,
     * longest first (for alternations in other patterns).
     *
     * @return the names
     */
    public static List<String> monthNames() {
        return MONTH_NAME_LIST;
    }

    /** "Jan 2020", "janv. 2020", "1er mars 2021", "May 15, 2020". */
    private static final String TEXTUAL = "(?<![\\p{L}\\d])(?:\\d{1,2}(?:er|st|nd|rd|th)?\\s+)?"
            + "(?<tmon>" + MONTH_NAMES + ")(?!\\p{L})\\.?"
            + "(?:\\s*\\d{1,2}(?:st|nd|rd|th)?\\s*,)?"
            + "(?:\\s*,?\\s*|[-/])"
            + "(?<tyear>" + YEAR + ")(?!\\d)";

    /** "01/2020", "1/2020", "03.2019", "03-2019", "15/03/2019". */
    private static final String NUMERIC = "(?<![\\d/.,])(?:(?<nday>\\d{1,2})[/.-])?"
            + "(?<nmon>\\d{1,2})(?<nsep>\\s?[/.]\\s?|-)"
            + "(?<nyear>" + YEAR + ")(?!\\d)(?![/.,]\\d)";

    /** "2020-01", "2020-01-15", and year first with slashes: "2022/03", "2022/03/25". */
    private static final String ISO = "(?<![\\d/.,])(?<iyear>" + YEAR + ")(?<isep>[-/])(?<imon>0[1-9]|1[0-2])"
            + "(?:\\k<isep>(?:0[1-9]|[12]\\d|3[01]))?(?!\\d)(?!/\\d)";

    /** "2019", but not "9001:2015", "150,000", "2019/2021", "2000 €", "20%". */
    private static final String BARE_YEAR = "(?<![\\p{L}\\d.,:/$\\u20AC\\u00A3+#])(?<year>" + YEAR + ")"
            + "(?![\\d\\p{L}])(?![/.,:]\\d)(?!\\s*[%$\\u20AC\\u00A3])";

    /**
     * "20072013", "2016present": a range whose dash was lost when the text was flattened, the two years (or the
     * year and its "now" word) glued together. Read as a range only: the first year is its start, and the second
     * (group {@code gend}) must not be earlier, nor more than 50 years later.
     */
    private static final String GLUED = "(?<![\\p{L}\\d.,:/$\\u20AC\\u00A3+#])(?<gyear>" + YEAR + ")"
            + "(?:(?<gend>" + YEAR + ")(?![\\d\\p{L}])|(?=(?:present|current|now|till date|to date)(?![\\p{L}'])))";

    /**
     * "7/95", "11/91": month and two-digit year, US job-board style. Read only as an end of a range ("7/95 to
     * present", "11/91 to 3/92"), never alone: "8/10" is a mark.
     */
    private static final String SHORT = "(?<![\\d/.,])(?<smon>0?[1-9]|1[0-2])/(?<syear>\\d{2})(?![\\d/.,%])";

    /** Two-digit years up to this one (next year's) are of this century, later ones of the previous. */
    private static final int PIVOT = java.time.Year.now().getValue() % 100 + 1;

    static final Pattern TOKEN =
            Pattern.compile(TEXTUAL + "|" + NUMERIC + "|" + ISO + "|" + BARE_YEAR + "|" + GLUED + "|" + SHORT);

    /** The first characters of the month names, where a {@link #TEXTUAL} token without a day may start. */
    private static final String MONTH_FIRST_CHARS = MONTH_NAME_LIST.stream().map(name -> name.substring(0, 1))
            .distinct().collect(java.util.stream.Collectors.joining());

    /**
     * A month without its year, then a separator, just before a month and year: "Jan — Aug 2011", "November to
     * December 2007". The start takes the end's year (the year before when its month is later).
     */
    private static final Pattern LEADING_MONTH = Pattern.compile("(?<![\\p{L}\\d'])(?<lmon>" + MONTH_NAMES
            + ")\\.?\\s*(?:-{1,2}|to|through|thru|until|till|a|au)\\s*$");

    /** A "now" word glued to the year before it ("2016present"). */
    private static final Pattern GLUED_PRESENT = Pattern.compile("(?:present|current|now|till date|to date)");

    private static final String SEPARATOR =
            "(?:-{1,2}>?|\\u2192|~|to|until|till|through|thru|jusqu'(?:a|au|en)|au|a)";

    /** The whole gap between two dates of a range. */
    private static final Pattern GAP = Pattern.compile("\\s*" + SEPARATOR + "\\s*");

    /** The gap between two dates after "between"/"entre". */
    private static final Pattern GAP_BETWEEN = Pattern.compile("\\s*(?:" + SEPARATOR + "|and|et)\\s*");

    private static final String PRESENT_WORDS = "aujourd'?\\s?hui|a ce jour|ce jour|a nos jours|nos jours"
            + "|en cours|actuellement|actuelle|actuel|maintenant|present|currently|current|ongoing"
            + "|to date|date|today|now";

    /** Separator and "now" word after the start date of an open range. */
    private static final Pattern PRESENT = Pattern.compile(
            "\\s*(?:" + SEPARATOR + "\\s*){1,2}(?:" + PRESENT_WORDS + ")(?![\\p{L}'])");

    /** A word introducing a range, just before its first date. */
    private static final Pattern PREFIX = Pattern.compile(
            "(?<![\\p{L}'])(?<kw>depuis|since|des|from|between|entre|de|du|d')\\s*(?:(?:le|the)\\s+)?$");

    /** How far back before a date {@link #PREFIX} may start. */
    private static final int PREFIX_WINDOW = 24;

    private DateRangeParser() {
    }

    /**
     * Finds the first date range in a line: two dates joined by a separator ("Jan 2020 – Dec 2021",
     * "2017 à 2019"), a date followed by a "now" word ("2019 - en cours"), or "depuis"/"since"
     * and a date. Single dates elsewhere on the line are skipped.
     *
     * @param line one line of CV text; {@code null} is treated as empty
     * @return the first range, or empty if the line has none
     */
    public static Optional<DateRange> findRange(String line) {
        List<DateRange> ranges = scan(line, 1);
        return ranges.isEmpty() ? Optional.empty() : Optional.of(ranges.get(0));
    }

    /**
     * Finds all date ranges in a line, left to right, without overlap.
     *
     * @param line one line of CV text; {@code null} is treated as empty
     * @return the ranges, unmodifiable, possibly empty
     * @see #findRange(String)
     */
    public static List<DateRange> findAllRanges(String line) {
        return Collections.unmodifiableList(scan(line, Integer.MAX_VALUE));
    }

    /**
     * Finds a date in a line, for education or certification entries ("09/2014", "Juil. 2024",
     * "Graduated May 2020"). If the line has a range, the first range is returned as is;
     * otherwise the first single date, with {@code end == null} and {@code current == false}.
     *
     * @param line one line of CV text; {@code null} is treated as empty
     * @return the range or date, or empty if the line has none
     */
    public static Optional<DateRange> findDate(String line) {
        if (line == null || line.isEmpty()) {
            return Optional.empty();
        }
        String folded = fold(line);
        List<Token> tokens = tokens(folded);
        List<DateRange> ranges = scan(folded, tokens, 1);
        if (!ranges.isEmpty()) {
            return Optional.of(ranges.get(0));
        }
        Token t = tokens.stream().filter(k -> !k.shortYear).findFirst().orElse(null);
        if (t == null) {
            return Optional.empty();
        }
        int[] span = widenToBrackets(folded, t.start, t.end);
        return Optional.of(new DateRange(t.date, null, false, span[0], span[1]));
    }

    // ------------------------------------------------------------------------------------------

    /** A single date found in the folded line. */
    private record Token(PartialDate date, int start, int end, boolean shortYear, boolean glued) {
        Token(PartialDate date, int start, int end, boolean shortYear) {
            this(date, start, end, shortYear, false);
        }
    }

    private static List<DateRange> scan(String line, int limit) {
        if (line == null || line.isEmpty()) {
            return new ArrayList<>();
        }
        String folded = fold(line);
        return scan(folded, tokens(folded), limit);
    }

    private static List<DateRange> scan(String folded, List<Token> tokens, int limit) {
        List<DateRange> ranges = new ArrayList<>();
        int i = 0;
        while (i < tokens.size() && ranges.size() < limit) {
            Token first = tokens.get(i);
            String keyword = null;
            int start = first.start;
            Matcher prefix = PREFIX.matcher(folded)
                    .region(Math.max(0, first.start - PREFIX_WINDOW), first.start)
                    .useTransparentBounds(true);
            if (prefix.find()) {
                keyword = prefix.group("kw");
                start = prefix.start();
            }
            boolean between = "between".equals(keyword) || "entre".equals(keyword);

            if (i + 1 < tokens.size()) {
                Token second = tokens.get(i + 1);
                Matcher gap = (between ? GAP_BETWEEN : GAP).matcher(folded).region(first.end, second.start);
                boolean glued = first.glued && second.glued && first.end == second.start;
                if ((glued || gap.matches()) && first.date.compareTo(second.date) <= 0
                        && first.shortYear == second.shortYear) {
                    ranges.add(range(folded, first.date, second.date, false, start, second.end));
                    i += 2;
                    continue;
                }
            }
            Matcher lead = LEADING_MONTH.matcher(folded).region(Math.max(0, first.start - PREFIX_WINDOW), first.start)
                    .useTransparentBounds(true);
            if (first.date.hasMonth() && !first.shortYear && !first.glued && lead.find()) {
                // "Jan — Aug 2011": the start's year is the end's
                int month = MONTHS.get(lead.group("lmon"));
                int year = first.date.year() - (month > first.date.month() ? 1 : 0);
                ranges.add(range(folded, PartialDate.of(year, month), first.date, false, lead.start(), first.end));
                i++;
                continue;
            }
            Matcher present = PRESENT.matcher(folded).region(first.end, folded.length());
            Matcher gluedPresent = GLUED_PRESENT.matcher(folded).region(first.end, folded.length());
            if (present.lookingAt()) {
                ranges.add(range(folded, first.date, null, true, start, present.end()));
            } else if (first.glued && gluedPresent.lookingAt()) {
                ranges.add(range(folded, first.date, null, true, start, gluedPresent.end()));
            } else if ("depuis".equals(keyword) || "since".equals(keyword) || "des".equals(keyword)) {
                ranges.add(range(folded, first.date, null, true, start, first.end));
            }
            i++;
        }
        return ranges;
    }

    private static DateRange range(String folded, PartialDate from, PartialDate to, boolean current,
            int start, int end) {
        int[] span = widenToBrackets(folded, start, end);
        return new DateRange(from, to, current, span[0], span[1]);
    }

    /** Widens a span to brackets that enclose exactly it (spaces allowed inside). */
    private static int[] widenToBrackets(String folded, int start, int end) {
        int before = start;
        while (before > 0 && folded.charAt(before - 1) == ' ') {
            before--;
        }
        int after = end;
        while (after < folded.length() && folded.charAt(after) == ' ') {
            after++;
        }
        if (before > 0 && after < folded.length()) {
            char open = folded.charAt(before - 1);
            char close = folded.charAt(after);
            if (open == '(' && close == ')' || open == '[' && close == ']' || open == '{' && close == '}') {
                return new int[] {before - 1, after + 1};
            }
        }
        return new int[] {start, end};
    }

    private static List<Token> tokens(String folded) {
        List<Token> tokens = new ArrayList<>();
        if (!mayHoldToken(folded)) {
            return tokens;
        }
        Matcher m = TOKEN.matcher(folded).useTransparentBounds(true);
        int next = 0;
        while (findToken(m, folded, next)) {
            next = m.end();
            if (m.group("gyear") != null) {
                // "20072013": two tokens, glued; "2016present": the year, glued to its "now" word
                int from = Integer.parseInt(m.group("gyear"));
                PartialDate start = PartialDate.ofYear(from);
                if (m.group("gend") == null) {
                    tokens.add(new Token(start, m.start(), m.end(), false, true));
                    continue;
                }
                int to = Integer.parseInt(m.group("gend"));
                if (to >= from && to - from <= 50) {
                    tokens.add(new Token(start, m.start(), m.start() + 4, false, true));
                    tokens.add(new Token(PartialDate.ofYear(to), m.start() + 4, m.end(), false, true));
                }
                continue;
            }
            PartialDate date = toDate(m);
            if (date != null) {
                tokens.add(new Token(date, m.start(), m.end(), m.group("smon") != null));
            }
        }
        return tokens;
    }

    /** The date a token match denotes, or {@code null} if its numbers are not a valid date. */
    private static PartialDate toDate(Matcher m) {
        if (m.group("tmon") != null) {
            return PartialDate.of(Integer.parseInt(m.group("tyear")), MONTHS.get(m.group("tmon")));
        }
        if (m.group("nmon") != null) {
            int year = Integer.parseInt(m.group("nyear"));
            String monthText = m.group("nmon");
            int month = Integer.parseInt(monthText);
            String dayText = m.group("nday");
            if (dayText != null) {
                int day = Integer.parseInt(dayText);
                if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
                    return PartialDate.of(year, month);
                }
                if (day >= 1 && day <= 12 && month >= 13 && month <= 31) {
                    return PartialDate.of(year, day); // month first, US style
                }
                return null;
            }
            boolean slash = m.group("nsep").trim().equals("/");
            if (month < 1 || month > 12 || !slash && monthText.length() != 2) {
                return null;
            }
            return PartialDate.of(year, month);
        }
        if (m.group("smon") != null) {
            int yy = Integer.parseInt(m.group("syear"));
            return PartialDate.of(yy <= PIVOT ? 2000 + yy : 1900 + yy, Integer.parseInt(m.group("smon")));
        }
        if (m.group("iyear") != null) {
            return PartialDate.of(Integer.parseInt(m.group("iyear")), Integer.parseInt(m.group("imon")));
        }
        return PartialDate.ofYear(Integer.parseInt(m.group("year")));
    }

    /**
     * {@code m.find()} from {@code from} on, for a matcher of {@link #TOKEN} over {@code folded} with transparent
     * bounds: the pattern is tried (with {@code lookingAt}) only where a token can start, an ASCII digit or the first
     * letter of a month name not preceded by an ASCII letter or digit (every alternative starts with a digit but
     * {@link #TEXTUAL}, which starts with a month name after no letter or digit). Searching with {@code find} tried
     * the month-name alternation at every character of every line with a year: a twentieth of the parse. The first
     * position that matches is the one {@code find} returns, with the same match.
     *
     * @param m a matcher of {@link #TOKEN} over {@code folded}, with transparent bounds
     * @param folded the text
     * @param from where to start
     * @return whether a token was found; {@code m} holds it then
     */
    static boolean findToken(Matcher m, String folded, int from) {
        int n = folded.length();
        for (int p = from; p < n; p++) {
            char c = folded.charAt(p);
            if (isAsciiDigit(c) || MONTH_FIRST_CHARS.indexOf(c) >= 0 && (p == 0
                    || !isAsciiLetterOrDigit(folded.charAt(p - 1)))) {
                m.region(p, n);
                if (m.lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /**
     * Whether {@link #TOKEN} may match: every alternative holds a {@link #YEAR} (four digits 0-9) but
     * {@link #SHORT}, which holds a digit, a slash and two digits. Lines with figures but no year (a phone number, a
     * post code of three digits, "Bac+5") skip the pattern, whose search tries five alternatives at every position.
     */
    private static boolean mayHoldToken(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++run == 4) {
                    return true;
                }
            } else {
                if (c == '/' && run > 0 && i + 2 < text.length() && isAsciiDigit(text.charAt(i + 1))
                        && isAsciiDigit(text.charAt(i + 2))) {
                    return true;
                }
                run = 0;
            }
        }
        return false;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * Folds a line one char for one char: lower case, no accents, dashes as {@code -}, apostrophes
     * as {@code '}, spaces as a plain space. Offsets are preserved.
     */
    static String fold(String line) {
        char[] out = new char[line.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = foldChar(line.charAt(i));
        }
        return new String(out);
    }

    private static char foldChar(char c) {
        switch (c) {
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE58', '\uFE63',
                    '\uFF0D' -> {
                return '-';
            }
            case '\u2018', '\u2019', '\u02BC', '\u00B4', '`', '\uFF07' -> {
                return '\'';
            }
            default -> {
                // folded below
            }
        }
        if (c < 0x80) {
            return Character.isWhitespace(c) ? ' ' : Character.toLowerCase(c);
        }
        char folded = FOLDED[c];
        if (folded == 0) {
            folded = foldOther(c);
            FOLDED[c] = folded; // racy but benign: every thread computes the same character
        }
        return folded;
    }

    /** {@link #foldChar} of characters from U+0080 on, computed once each (0: not yet). */
    private static final char[] FOLDED = new char[0x10000];

    private static char foldOther(char c) {
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return ' ';
        }
        if (Character.isSurrogate(c)) {
            return c;
        }
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        return Character.toLowerCase(decomposed.charAt(0));
    }

    private static Map<String, Integer> months() {
        Map<String, Integer> m = new LinkedHashMap<>();
        put(m, 1, "janvier", "janv", "jan", "january");
        put(m, 2, "fevrier", "fevr", "fev", "february", "feb");
        put(m, 3, "mars", "mar", "march");
        put(m, 4, "avril", "avr", "april", "apr");
        put(m, 5, "mai", "may");
        put(m, 6, "juin", "june", "jun");
        put(m, 7, "juillet", "juill", "juil", "july", "jul");
        put(m, 8, "aout", "august", "aug");
        put(m, 9, "septembre", "september", "sept", "sep");
        put(m, 10, "octobre", "october", "oct");
        put(m, 11, "novembre", "november", "nov");
        put(m, 12, "decembre", "december", "dec");
        return Collections.unmodifiableMap(m);
    }

    private static void put(Map<String, Integer> m, int month, String... names) {
        for (String name : names) {
            m.put(name, month);
        }
    }
}
